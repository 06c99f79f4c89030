/// A Trusted Advisor check (`support describe-trusted-advisor-checks`).
public struct TrustedAdvisorCheck: Sendable, Hashable {
    /// The check id.
    public var id: String
    /// The check's name.
    public var name: String
    /// `cost_optimizing`, `security`, `fault_tolerance`, `performance` or `service_limits`.
    public var category: String

    /// Creates a `TrustedAdvisorCheck` from its parts.
    public init(
        id: String,
        name: String,
        category: String
    ) {
        self.id = id
        self.name = name
        self.category = category
    }
}

extension TrustedAdvisorCheck: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case name = "name"
        case category = "category"
    }

    /// Decodes a `TrustedAdvisorCheck` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        category = try container.decode(String.self, forKey: .category)
    }
}

/// AWS Support for the account: the support plan and Trusted Advisor.
public struct SupportResources: Sendable, Hashable {
    /// Whether the account has a Business, Enterprise On-Ramp or Enterprise plan: `false` when the Support API answers `SubscriptionRequiredException`.
    public var premiumSupport: Observed<Bool>
    /// The Trusted Advisor checks available.
    public var trustedAdvisorChecks: Observed<[TrustedAdvisorCheck]>

    /// Creates a `SupportResources` from its parts.
    public init(
        premiumSupport: Observed<Bool> = .notConfigured,
        trustedAdvisorChecks: Observed<[TrustedAdvisorCheck]> = .notConfigured
    ) {
        self.premiumSupport = premiumSupport
        self.trustedAdvisorChecks = trustedAdvisorChecks
    }
}
