public import BulwarkIAM

/// An SQS queue with its attributes.
public struct SQSQueue: Sendable, Hashable {
    /// The queue's URL (from `sqs list-queues`).
    public var queueURL: String
    /// Its attributes (`sqs get-queue-attributes --attribute-names All`).
    public var attributes: Observed<QueueAttributes>

    /// Creates a `SQSQueue` from its parts.
    public init(
        queueURL: String,
        attributes: Observed<QueueAttributes> = .notConfigured
    ) {
        self.queueURL = queueURL
        self.attributes = attributes
    }
}

/// The attributes of an SQS queue that controls read.
public struct QueueAttributes: Sendable, Hashable {
    /// The queue's ARN.
    public var queueARN: ARN?
    /// The queue's access policy.
    public var policy: EmbeddedPolicy?
    /// The KMS key, for SSE-KMS.
    public var kmsMasterKeyID: String?
    /// `true` when SSE-SQS is on.
    public var sqsManagedSSEEnabled: String?

    /// Creates a `QueueAttributes` from its parts.
    public init(
        queueARN: ARN? = nil,
        policy: EmbeddedPolicy? = nil,
        kmsMasterKeyID: String? = nil,
        sqsManagedSSEEnabled: String? = nil
    ) {
        self.queueARN = queueARN
        self.policy = policy
        self.kmsMasterKeyID = kmsMasterKeyID
        self.sqsManagedSSEEnabled = sqsManagedSSEEnabled
    }

    /// Whether messages are encrypted at rest (SSE-KMS or SSE-SQS).
    public var isEncrypted: Bool { kmsMasterKeyID != nil || sqsManagedSSEEnabled == "true" }
}

extension QueueAttributes: Decodable {
    private enum CodingKeys: String, CodingKey {
        case queueARN = "QueueArn"
        case policy = "Policy"
        case kmsMasterKeyID = "KmsMasterKeyId"
        case sqsManagedSSEEnabled = "SqsManagedSseEnabled"
    }

    /// Decodes a `QueueAttributes` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        queueARN = try container.decodeARNIfPresent(forKey: .queueARN)
        policy = try container.decodeIfPresent(EmbeddedPolicy.self, forKey: .policy)
        kmsMasterKeyID = try container.decodeIfPresent(String.self, forKey: .kmsMasterKeyID)
        sqsManagedSSEEnabled = try container.decodeIfPresent(String.self, forKey: .sqsManagedSSEEnabled)
    }
}
