public import BulwarkIAM

/// What an IAM Access Analyzer analyzer looks for, and over which zone of trust (`type`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct AnalyzerType: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ACCOUNT`: External access, with the account as the zone of trust.
    public static let account = AnalyzerType(rawValue: "ACCOUNT")

    /// `ORGANIZATION`: External access, with the organization as the zone of trust.
    public static let organization = AnalyzerType(rawValue: "ORGANIZATION")

    /// `ACCOUNT_UNUSED_ACCESS`: Unused access in the account.
    public static let accountUnusedAccess = AnalyzerType(rawValue: "ACCOUNT_UNUSED_ACCESS")

    /// `ORGANIZATION_UNUSED_ACCESS`: Unused access in the organization.
    public static let organizationUnusedAccess = AnalyzerType(rawValue: "ORGANIZATION_UNUSED_ACCESS")
}
