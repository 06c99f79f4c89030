public import BulwarkIAM

/// The status of an IAM Access Analyzer analyzer (`status`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct AnalyzerStatus: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ACTIVE`: Analyzing resources.
    public static let active = AnalyzerStatus(rawValue: "ACTIVE")

    /// `CREATING`: Being created.
    public static let creating = AnalyzerStatus(rawValue: "CREATING")

    /// `DISABLED`: Disabled, for example because the organization stopped trusted access.
    public static let disabled = AnalyzerStatus(rawValue: "DISABLED")

    /// `FAILED`: Creation failed.
    public static let failed = AnalyzerStatus(rawValue: "FAILED")
}
