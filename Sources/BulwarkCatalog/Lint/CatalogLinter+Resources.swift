import BulwarkIAM
import Foundation

extension CatalogLinter {
    /// `Resource` entries that fit the ARN template of none of the statement's actions.
    func checkResources(_ fact: StatementFacts, _ paths: LintPaths) -> [PolicyDiagnostic] {
        guard let resource = fact.statement.resource, !resource.isNegated, let actions = fact.actions,
            !actions.isEmpty
        else { return [] }
        var types: [AWSResourceType] = []
        var seen: Set<String> = []
        for action in actions {
            for entry in action.resourceTypes where seen.insert(action.service + ":" + entry.name).inserted {
                if let type = catalog.resourceType(service: action.service, name: entry.name) { types.append(type) }
            }
        }
        var diagnostics: [PolicyDiagnostic] = []
        for (index, arn) in resource.patterns.enumerated() where arn != "*" && arn.hasPrefix("arn:") {
            let pattern = WildcardPattern(Self.withoutVariables(arn))
            let service = Self.serviceField(arn)
            let fits = types.contains { type in
                if let service, !Self.hasWildcard(service), Self.serviceField(type.arnTemplate) != service.lowercased()
                {
                    return false
                }
                return type.pattern.intersects(pattern)
            }
            guard !fits else { continue }
            let named = actions.prefix(3).map(\.fullName).joined(separator: ", ") + (actions.count > 3 ? ", …" : "")
            let expected = types.prefix(3).map { "\($0.name) (\($0.arnTemplate))" }.joined(separator: "; ")
            diagnostics.append(
                warning(
                    .resourceMatchesNoAction,
                    paths.element(fact.path, resource.elementName, index),
                    "\(arn) fits no resource type of this statement's actions (\(named)), so the statement never "
                        + "applies to it"
                        + (expected.isEmpty
                            ? "; these actions take only \"Resource\": \"*\"" : "; expected \(expected)")
                )
            )
        }
        return diagnostics
    }

    /// The ARN with each `${…}` policy variable replaced by `*` (it may stand for any text).
    static func withoutVariables(_ arn: String) -> String {
        guard arn.contains("${") else { return arn }
        var result = ""
        var rest = Substring(arn)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else { break }
            result += "*"
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// The lowercased service field of an ARN (`s3` in `arn:aws:s3:::b`), or `nil` when it has fewer fields.
    static func serviceField(_ arn: String) -> String? {
        let fields = arn.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        return fields.count > 3 ? fields[2].lowercased() : nil
    }
}
