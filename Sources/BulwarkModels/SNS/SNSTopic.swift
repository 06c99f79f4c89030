public import BulwarkIAM

/// An SNS topic with its attributes.
public struct SNSTopic: Sendable, Hashable {
    /// The topic's ARN (from `sns list-topics`).
    public var topicARN: ARN
    /// Its attributes (`sns get-topic-attributes`).
    public var attributes: Observed<TopicAttributes>

    /// Creates a `SNSTopic` from its parts.
    public init(
        topicARN: ARN,
        attributes: Observed<TopicAttributes> = .notConfigured
    ) {
        self.topicARN = topicARN
        self.attributes = attributes
    }
}

/// The attributes of an SNS topic that controls read.
public struct TopicAttributes: Sendable, Hashable {
    /// The topic's access policy.
    public var policy: EmbeddedPolicy?
    /// The KMS key encrypting messages, if any.
    public var kmsMasterKeyID: String?
    /// The owning account.
    public var owner: String?
    /// The display name.
    public var displayName: String?

    /// Creates a `TopicAttributes` from its parts.
    public init(
        policy: EmbeddedPolicy? = nil,
        kmsMasterKeyID: String? = nil,
        owner: String? = nil,
        displayName: String? = nil
    ) {
        self.policy = policy
        self.kmsMasterKeyID = kmsMasterKeyID
        self.owner = owner
        self.displayName = displayName
    }
}

extension TopicAttributes: Decodable {
    private enum CodingKeys: String, CodingKey {
        case policy = "Policy"
        case kmsMasterKeyID = "KmsMasterKeyId"
        case owner = "Owner"
        case displayName = "DisplayName"
    }

    /// Decodes a `TopicAttributes` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        policy = try container.decodeIfPresent(EmbeddedPolicy.self, forKey: .policy)
        kmsMasterKeyID = try container.decodeIfPresent(String.self, forKey: .kmsMasterKeyID)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
    }
}
