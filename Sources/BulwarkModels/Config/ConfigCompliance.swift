public import BulwarkIAM

/// AWS Config's compliance view in one region: rule compliance, conformance packs and aggregators.
public struct ConfigCompliance: Sendable, Hashable {
    /// The compliance of each rule (`configservice describe-compliance-by-config-rule`), by rule name:
    /// `COMPLIANT`, `NON_COMPLIANT`, `NOT_APPLICABLE` or `INSUFFICIENT_DATA`.
    public var ruleCompliance: Observed<[String: String]>
    /// The conformance packs with their non-compliant rules.
    public var conformancePacks: Observed<[ConformancePack]>
    /// The configuration aggregators (`configservice describe-configuration-aggregators`).
    public var aggregators: Observed<[ConfigurationAggregator]>

    /// Creates a `ConfigCompliance` from its parts.
    public init(
        ruleCompliance: Observed<[String: String]> = .notConfigured,
        conformancePacks: Observed<[ConformancePack]> = .notConfigured,
        aggregators: Observed<[ConfigurationAggregator]> = .notConfigured
    ) {
        self.ruleCompliance = ruleCompliance
        self.conformancePacks = conformancePacks
        self.aggregators = aggregators
    }
}

/// An AWS Config conformance pack (`configservice describe-conformance-packs`).
public struct ConformancePack: Sendable, Hashable {
    /// The pack's name.
    public var name: String
    /// The pack's ARN.
    public var arn: ARN
    /// The pack's rules that are `NON_COMPLIANT` (`configservice describe-conformance-pack-compliance`).
    public var nonCompliantRules: Observed<[String]>

    /// Creates a `ConformancePack` from its parts.
    public init(name: String, arn: ARN, nonCompliantRules: Observed<[String]> = .value([])) {
        self.name = name
        self.arn = arn
        self.nonCompliantRules = nonCompliantRules
    }
}

extension ConformancePack: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "ConformancePackName"
        case arn = "ConformancePackArn"
    }

    /// Decodes a `ConformancePack` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        arn = try container.decodeARN(forKey: .arn)
        nonCompliantRules = .value([])
    }
}

/// An AWS Config configuration aggregator.
public struct ConfigurationAggregator: Sendable, Hashable {
    /// The aggregator's name.
    public var name: String
    /// The aggregator's ARN.
    public var arn: ARN
    /// Whether it aggregates the whole organization (rather than listed accounts).
    public var isOrganizationAggregator: Bool
    /// Whether it aggregates every region, including regions AWS adds later.
    public var allRegions: Bool

    /// Creates a `ConfigurationAggregator` from its parts.
    public init(name: String, arn: ARN, isOrganizationAggregator: Bool, allRegions: Bool) {
        self.name = name
        self.arn = arn
        self.isOrganizationAggregator = isOrganizationAggregator
        self.allRegions = allRegions
    }
}

extension ConfigurationAggregator: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "ConfigurationAggregatorName"
        case arn = "ConfigurationAggregatorArn"
        case organization = "OrganizationAggregationSource"
        case accounts = "AccountAggregationSources"
    }

    private struct Source: Decodable {
        var allAwsRegions: Bool?
        private enum CodingKeys: String, CodingKey { case allAwsRegions = "AllAwsRegions" }
    }

    /// Decodes a `ConfigurationAggregator` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        arn = try container.decodeARN(forKey: .arn)
        let organization = try container.decodeIfPresent(Source.self, forKey: .organization)
        let accounts = try container.decodeIfPresent([Source].self, forKey: .accounts) ?? []
        isOrganizationAggregator = organization != nil
        allRegions = organization?.allAwsRegions ?? accounts.contains { $0.allAwsRegions == true }
    }
}

/// One rule of `describe-compliance-by-config-rule` or `describe-conformance-pack-compliance`.
struct RuleComplianceEntry: Decodable, Sendable {
    var configRuleName: String
    var complianceType: String

    private enum CodingKeys: String, CodingKey {
        case configRuleName = "ConfigRuleName"
        case compliance = "Compliance"
        case complianceType = "ComplianceType"
    }

    private struct Compliance: Decodable {
        var complianceType: String?
        private enum CodingKeys: String, CodingKey { case complianceType = "ComplianceType" }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configRuleName = try container.decode(String.self, forKey: .configRuleName)
        complianceType =
            try container.decodeIfPresent(String.self, forKey: .complianceType)
            ?? container.decodeIfPresent(Compliance.self, forKey: .compliance)?.complianceType ?? "INSUFFICIENT_DATA"
    }
}

extension ConfigCompliance {
    /// Reads rule compliance, conformance packs with their compliance, and aggregators.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> ConfigCompliance {
        func call(_ operation: String, _ id: String? = nil) -> SnapshotCall {
            .call(scope, "configservice", operation, id)
        }
        let packs = reader.list(ConformancePack.self, call("describe-conformance-packs"), key: "ConformancePackDetails")
            .map { packs in
                packs.map { pack in
                    var pack = pack
                    pack.nonCompliantRules =
                        reader.list(
                            RuleComplianceEntry.self,
                            call("describe-conformance-pack-compliance", pack.name),
                            key: "ConformancePackRuleComplianceList"
                        )
                        .map { $0.filter { $0.complianceType == "NON_COMPLIANT" }.map(\.configRuleName) }
                    return pack
                }
            }
        return ConfigCompliance(
            ruleCompliance:
                reader.list(
                    RuleComplianceEntry.self,
                    call("describe-compliance-by-config-rule"),
                    key: "ComplianceByConfigRules"
                )
                .map { entries in
                    Dictionary(entries.map { ($0.configRuleName, $0.complianceType) }) { first, _ in first }
                },
            conformancePacks: packs,
            aggregators: reader.list(
                ConfigurationAggregator.self,
                call("describe-configuration-aggregators"),
                key: "ConfigurationAggregators"
            )
        )
    }
}
