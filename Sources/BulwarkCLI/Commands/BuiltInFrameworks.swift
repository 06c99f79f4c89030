import Bulwark

/// The frameworks `scan` and `controls` offer, made from the built-in controls: `all`, the
/// standards the controls reference, and one per domain.
enum BuiltInFrameworks {
    /// Every framework, `all` first.
    static var all: [Framework] {
        let controls = BuiltInControls.all
        var frameworks = [
            Framework(
                id: "all",
                title: "Every built-in control",
                entries: controls.map { FrameworkEntry(control: $0) }
            ),
            Framework.referencing(
                Reference.fsbpFramework,
                title: "AWS Foundational Security Best Practices",
                in: controls
            ),
            Framework.referencing(Reference.cis5Framework, title: "CIS AWS Foundations Benchmark v5.0", in: controls),
            Framework.referencing(Reference.cis7Framework, title: "CIS AWS Foundations Benchmark v7.0", in: controls),
        ]
        frameworks += Domain.allCases.map { Framework.domain($0, in: controls) }
        return frameworks
    }

    /// The framework with `id`, or a usage error listing the ids.
    static func named(_ id: String) throws -> Framework {
        let frameworks = all
        guard let framework = frameworks.first(where: { $0.id == id }) else {
            throw UsageError(
                "unknown framework '\(id)'; choose one of \(frameworks.map(\.id).joined(separator: ", "))"
            )
        }
        return framework
    }
}
