/// The account's IAM entity counts and root-user flags (from `iam get-account-summary`).
public struct AccountSummary: Sendable, Hashable {
    /// Every entry of the `SummaryMap`, by AWS's name (`Users`, `AccountMFAEnabled`, …).
    public var summaryMap: [String: Int]

    /// Creates a summary from its `SummaryMap`.
    public init(summaryMap: [String: Int]) {
        self.summaryMap = summaryMap
    }

    /// Whether the root user has MFA enabled (`AccountMFAEnabled` is 1), or `nil` when absent.
    public var accountMFAEnabled: Bool? { summaryMap["AccountMFAEnabled"].map { $0 == 1 } }

    /// Whether the root user has access keys (`AccountAccessKeysPresent` is 1), or `nil` when absent.
    public var accountAccessKeysPresent: Bool? { summaryMap["AccountAccessKeysPresent"].map { $0 == 1 } }

    /// The number of IAM users.
    public var users: Int? { summaryMap["Users"] }

    /// The number of MFA devices in use.
    public var mfaDevicesInUse: Int? { summaryMap["MFADevicesInUse"] }
}

extension AccountSummary: Decodable {
    private enum CodingKeys: String, CodingKey {
        case summaryMap = "SummaryMap"
    }

    /// Decodes `{"SummaryMap": {...}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        summaryMap = try container.decode([String: Int].self, forKey: .summaryMap)
    }
}
