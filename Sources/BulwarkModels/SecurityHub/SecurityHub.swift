public import BulwarkIAM

public import Foundation

/// Security Hub in a region (`securityhub describe-hub`).
public struct SecurityHub: Sendable, Hashable {
    /// The hub's ARN.
    public var hubARN: ARN
    /// When Security Hub was enabled.
    public var subscribedAt: Date?
    /// Whether new controls are enabled automatically.
    public var autoEnableControls: Bool

    /// Creates a `SecurityHub` from its parts.
    public init(
        hubARN: ARN,
        subscribedAt: Date? = nil,
        autoEnableControls: Bool = false
    ) {
        self.hubARN = hubARN
        self.subscribedAt = subscribedAt
        self.autoEnableControls = autoEnableControls
    }
}

extension SecurityHub: Decodable {
    private enum CodingKeys: String, CodingKey {
        case hubARN = "HubArn"
        case subscribedAt = "SubscribedAt"
        case autoEnableControls = "AutoEnableControls"
    }

    /// Decodes a `SecurityHub` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hubARN = try container.decodeARN(forKey: .hubARN)
        subscribedAt = (try? container.decodeIfPresent(Date.self, forKey: .subscribedAt)) ?? nil
        autoEnableControls = try container.decodeIfPresent(Bool.self, forKey: .autoEnableControls) ?? false
    }
}

/// A Security Hub standard enabled in a region (`securityhub get-enabled-standards`).
public struct StandardsSubscription: Sendable, Hashable {
    /// The standard, such as the FSBP or CIS standard.
    public var standardsARN: ARN
    /// The subscription.
    public var standardsSubscriptionARN: ARN?
    /// `READY`, `PENDING`, `INCOMPLETE`, and others.
    public var standardsStatus: String?

    /// Creates a `StandardsSubscription` from its parts.
    public init(
        standardsARN: ARN,
        standardsSubscriptionARN: ARN? = nil,
        standardsStatus: String? = nil
    ) {
        self.standardsARN = standardsARN
        self.standardsSubscriptionARN = standardsSubscriptionARN
        self.standardsStatus = standardsStatus
    }
}

extension StandardsSubscription: Decodable {
    private enum CodingKeys: String, CodingKey {
        case standardsARN = "StandardsArn"
        case standardsSubscriptionARN = "StandardsSubscriptionArn"
        case standardsStatus = "StandardsStatus"
    }

    /// Decodes a `StandardsSubscription` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        standardsARN = try container.decodeARN(forKey: .standardsARN)
        standardsSubscriptionARN = try container.decodeARNIfPresent(forKey: .standardsSubscriptionARN)
        standardsStatus = try container.decodeIfPresent(String.self, forKey: .standardsStatus)
    }
}
