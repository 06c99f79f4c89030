public import BulwarkIAM
public import Foundation

/// AWS Shield Advanced for the account: the subscription and the protected resources.
public struct ShieldResources: Sendable, Hashable {
    /// The Shield Advanced subscription (`shield describe-subscription`); `.notConfigured` when the
    /// account is not subscribed.
    public var subscription: Observed<ShieldSubscription>
    /// The resources Shield Advanced protects (`shield list-protections`).
    public var protections: Observed<[ShieldProtection]>

    /// Creates a `ShieldResources` from its parts.
    public init(
        subscription: Observed<ShieldSubscription> = .notConfigured,
        protections: Observed<[ShieldProtection]> = .notConfigured
    ) {
        self.subscription = subscription
        self.protections = protections
    }

    /// Whether `resource` has a Shield Advanced protection: unknown when protections could not be read.
    public func protects(_ resource: ARN) -> Observed<Bool> {
        guard let protections = protections.elements else { return protections.map { _ in false } }
        return .value(protections.contains { $0.resourceARN == resource })
    }
}

/// A Shield Advanced subscription.
public struct ShieldSubscription: Sendable, Hashable {
    /// When the subscription started.
    public var startTime: Date?
    /// When it ends.
    public var endTime: Date?
    /// `ENABLED` or `DISABLED`.
    public var autoRenew: String?

    /// Creates a `ShieldSubscription` from its parts.
    public init(startTime: Date? = nil, endTime: Date? = nil, autoRenew: String? = nil) {
        self.startTime = startTime
        self.endTime = endTime
        self.autoRenew = autoRenew
    }
}

extension ShieldSubscription: Decodable {
    private enum CodingKeys: String, CodingKey {
        case startTime = "StartTime"
        case endTime = "EndTime"
        case autoRenew = "AutoRenew"
    }

    /// Decodes a `ShieldSubscription` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        startTime = try container.decodeIfPresent(Date.self, forKey: .startTime)
        endTime = try container.decodeIfPresent(Date.self, forKey: .endTime)
        autoRenew = try container.decodeIfPresent(String.self, forKey: .autoRenew)
    }
}

/// A Shield Advanced protection of one resource.
public struct ShieldProtection: Sendable, Hashable {
    /// The protection's name.
    public var name: String
    /// The protected resource.
    public var resourceARN: ARN

    /// Creates a `ShieldProtection` from its parts.
    public init(name: String, resourceARN: ARN) {
        self.name = name
        self.resourceARN = resourceARN
    }
}

extension ShieldProtection: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case resourceARN = "ResourceArn"
    }

    /// Decodes a `ShieldProtection` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        resourceARN = try container.decodeARN(forKey: .resourceARN)
    }
}

extension ShieldResources {
    /// Reads `shield describe-subscription` and `shield list-protections`.
    static func load(from reader: SnapshotReader) -> ShieldResources {
        ShieldResources(
            subscription: reader.member(
                ShieldSubscription.self,
                .global("shield", "describe-subscription"),
                key: "Subscription"
            ),
            protections: reader.list(ShieldProtection.self, .global("shield", "list-protections"), key: "Protections")
        )
    }
}
