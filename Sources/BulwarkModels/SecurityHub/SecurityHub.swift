public import Foundation

/// Security Hub in a region (`securityhub describe-hub`).
public struct SecurityHub: Sendable, Hashable {
    /// The hub's ARN.
    public var hubArn: String
    /// When Security Hub was enabled.
    public var subscribedAt: Date?
    /// Whether new controls are enabled automatically.
    public var autoEnableControls: Bool

    /// Creates a `SecurityHub` from its parts.
    public init(
        hubArn: String,
        subscribedAt: Date? = nil,
        autoEnableControls: Bool = false
    ) {
        self.hubArn = hubArn
        self.subscribedAt = subscribedAt
        self.autoEnableControls = autoEnableControls
    }
}

extension SecurityHub: Decodable {
    private enum CodingKeys: String, CodingKey {
        case hubArn = "HubArn"
        case subscribedAt = "SubscribedAt"
        case autoEnableControls = "AutoEnableControls"
    }

    /// Decodes a `SecurityHub` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hubArn = try container.decode(String.self, forKey: .hubArn)
        subscribedAt = (try? container.decodeIfPresent(Date.self, forKey: .subscribedAt)) ?? nil
        autoEnableControls = try container.decodeIfPresent(Bool.self, forKey: .autoEnableControls) ?? false
    }
}

/// A Security Hub standard enabled in a region (`securityhub get-enabled-standards`).
public struct StandardsSubscription: Sendable, Hashable {
    /// The standard, such as the FSBP or CIS standard.
    public var standardsArn: String
    /// The subscription.
    public var standardsSubscriptionArn: String?
    /// `READY`, `PENDING`, `INCOMPLETE`, and others.
    public var standardsStatus: String?

    /// Creates a `StandardsSubscription` from its parts.
    public init(
        standardsArn: String,
        standardsSubscriptionArn: String? = nil,
        standardsStatus: String? = nil
    ) {
        self.standardsArn = standardsArn
        self.standardsSubscriptionArn = standardsSubscriptionArn
        self.standardsStatus = standardsStatus
    }
}

extension StandardsSubscription: Decodable {
    private enum CodingKeys: String, CodingKey {
        case standardsArn = "StandardsArn"
        case standardsSubscriptionArn = "StandardsSubscriptionArn"
        case standardsStatus = "StandardsStatus"
    }

    /// Decodes a `StandardsSubscription` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        standardsArn = try container.decode(String.self, forKey: .standardsArn)
        standardsSubscriptionArn = try container.decodeIfPresent(String.self, forKey: .standardsSubscriptionArn)
        standardsStatus = try container.decodeIfPresent(String.self, forKey: .standardsStatus)
    }
}
