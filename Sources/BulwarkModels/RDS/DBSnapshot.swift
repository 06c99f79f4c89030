public import BulwarkIAM

/// An RDS DB snapshot or DB cluster snapshot, with who may restore it.
public struct DBSnapshot: Sendable, Hashable {
    /// The snapshot identifier.
    public var identifier: String
    /// The snapshot's ARN.
    public var arn: ARN?
    /// The DB instance (or cluster) it was taken from.
    public var sourceIdentifier: String?
    /// `manual`, `automated`, `shared`, and others.
    public var snapshotType: String?
    /// Whether the snapshot is encrypted.
    public var encrypted: Bool
    /// The KMS key.
    public var kmsKeyID: String?
    /// Whether this is a DB cluster snapshot.
    public var isClusterSnapshot: Bool
    /// Accounts allowed to restore it, `all` for public (`rds describe-db-snapshot-attributes`); filled in by the loader.
    public var restoreAttributeValues: Observed<[String]>

    /// Creates a `DBSnapshot` from its parts.
    public init(
        identifier: String,
        arn: ARN? = nil,
        sourceIdentifier: String? = nil,
        snapshotType: String? = nil,
        encrypted: Bool = false,
        kmsKeyID: String? = nil,
        isClusterSnapshot: Bool = false,
        restoreAttributeValues: Observed<[String]> = .notConfigured
    ) {
        self.identifier = identifier
        self.arn = arn
        self.sourceIdentifier = sourceIdentifier
        self.snapshotType = snapshotType
        self.encrypted = encrypted
        self.kmsKeyID = kmsKeyID
        self.isClusterSnapshot = isClusterSnapshot
        self.restoreAttributeValues = restoreAttributeValues
    }

    /// Whether anyone may restore the snapshot, when known.
    public var isPublic: Bool? { restoreAttributeValues.elements.map { $0.contains("all") } }
}

extension DBSnapshot: Decodable {
    private enum CodingKeys: String, CodingKey {
        case identifier = "DBSnapshotIdentifier"
        case arn = "DBSnapshotArn"
        case sourceIdentifier = "DBInstanceIdentifier"
        case snapshotType = "SnapshotType"
        case encrypted = "Encrypted"
        case kmsKeyID = "KmsKeyId"
    }

    /// Decodes a `DBSnapshot` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identifier = try container.decode(String.self, forKey: .identifier)
        arn = try container.decodeARNIfPresent(forKey: .arn)
        sourceIdentifier = try container.decodeIfPresent(String.self, forKey: .sourceIdentifier)
        snapshotType = try container.decodeIfPresent(String.self, forKey: .snapshotType)
        encrypted = try container.decodeIfPresent(Bool.self, forKey: .encrypted) ?? false
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        isClusterSnapshot = false
        restoreAttributeValues = .notConfigured
    }
}
