public import BulwarkIAM

/// An Amazon EventBridge event bus with its resource policy (`events list-event-buses`).
public struct EventBus: Sendable, Hashable {
    /// The bus's name (`default` for the account's default bus).
    public var name: String
    /// The bus's ARN.
    public var arn: ARN
    /// The resource-based policy that lets other accounts or services put events; `nil` when it has none.
    public var policy: EmbeddedPolicy?
    /// The customer managed KMS key encrypting events, when one is set.
    public var kmsKeyIdentifier: String?

    /// Creates an `EventBus` from its parts.
    public init(name: String, arn: ARN, policy: EmbeddedPolicy? = nil, kmsKeyIdentifier: String? = nil) {
        self.name = name
        self.arn = arn
        self.policy = policy
        self.kmsKeyIdentifier = kmsKeyIdentifier
    }

    /// Whether this is the account's default bus (where AWS services deliver their events).
    public var isDefault: Bool { name == "default" }
}

extension EventBus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case arn = "Arn"
        case policy = "Policy"
        case kmsKeyIdentifier = "KmsKeyIdentifier"
    }

    /// Decodes an `EventBus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        arn = try container.decodeARN(forKey: .arn)
        policy = try container.decodeIfPresent(EmbeddedPolicy.self, forKey: .policy)
        kmsKeyIdentifier = try container.decodeIfPresent(String.self, forKey: .kmsKeyIdentifier)
    }
}
