/// Where a control comes from: a recommendation in a standard, or a documentation page.
///
/// ```swift
/// references: [.fsbp("S3.8"), .cis5("2.1.4"), .cis7("2.1.4"), .documentation("https://docs.aws.amazon.com/…")]
/// ```
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The standard's id (`fsbp`, `cis-aws-foundations-5.0`), or `documentation` for a page.
    public var framework: String
    /// The recommendation's id in that standard (`S3.8`, `2.1.4`), or the page's URL.
    public var id: String

    /// Creates a reference to recommendation `id` of `framework`.
    public init(framework: String, id: String) {
        self.framework = framework
        self.id = id
    }

    /// The framework id of AWS Foundational Security Best Practices.
    public static let fsbpFramework = "fsbp"
    /// The framework id of CIS Amazon Web Services Foundations Benchmark v5.0.
    public static let cis5Framework = "cis-aws-foundations-5.0"
    /// The framework id of CIS Amazon Web Services Foundations Benchmark v7.0.
    public static let cis7Framework = "cis-aws-foundations-7.0"
    /// The pseudo-framework of documentation links.
    public static let documentationFramework = "documentation"

    /// A Security Hub AWS Foundational Security Best Practices control, such as `S3.8`.
    public static func fsbp(_ id: String) -> Reference { Reference(framework: fsbpFramework, id: id) }
    /// A recommendation of the CIS AWS Foundations Benchmark v5.0, such as `2.1.4`.
    public static func cis5(_ id: String) -> Reference { Reference(framework: cis5Framework, id: id) }
    /// A recommendation of the CIS AWS Foundations Benchmark v7.0, such as `2.1.4`.
    public static func cis7(_ id: String) -> Reference { Reference(framework: cis7Framework, id: id) }
    /// A documentation page.
    public static func documentation(_ url: String) -> Reference {
        Reference(framework: documentationFramework, id: url)
    }

    /// `framework id`, such as `fsbp S3.8`.
    public var description: String { "\(framework) \(id)" }
}
