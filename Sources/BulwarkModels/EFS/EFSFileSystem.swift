public import BulwarkIAM

/// An EFS file system (`efs describe-file-systems`).
public struct EFSFileSystem: Sendable, Hashable {
    /// The file system id.
    public var fileSystemID: String
    /// The file system's ARN.
    public var fileSystemARN: ARN?
    /// The name.
    public var name: String?
    /// Whether it is encrypted at rest.
    public var encrypted: Bool
    /// The KMS key.
    public var kmsKeyID: String?
    /// The file system policy (`efs describe-file-system-policy`); `.notConfigured` for `PolicyNotFound`.
    public var policy: Observed<EmbeddedPolicy>
    /// `ENABLED` or `DISABLED` (`efs describe-backup-policy`).
    public var backupPolicyStatus: Observed<String>

    /// Creates an `EFSFileSystem` from its parts.
    public init(
        fileSystemID: String,
        fileSystemARN: ARN? = nil,
        name: String? = nil,
        encrypted: Bool = false,
        kmsKeyID: String? = nil,
        policy: Observed<EmbeddedPolicy> = .notConfigured,
        backupPolicyStatus: Observed<String> = .notConfigured
    ) {
        self.fileSystemID = fileSystemID
        self.fileSystemARN = fileSystemARN
        self.name = name
        self.encrypted = encrypted
        self.kmsKeyID = kmsKeyID
        self.policy = policy
        self.backupPolicyStatus = backupPolicyStatus
    }
}

extension EFSFileSystem: Decodable {
    private enum CodingKeys: String, CodingKey {
        case fileSystemID = "FileSystemId"
        case fileSystemARN = "FileSystemArn"
        case name = "Name"
        case encrypted = "Encrypted"
        case kmsKeyID = "KmsKeyId"
    }

    /// Decodes an `EFSFileSystem` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fileSystemID = try container.decode(String.self, forKey: .fileSystemID)
        fileSystemARN = try container.decodeARNIfPresent(forKey: .fileSystemARN)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        encrypted = try container.decodeIfPresent(Bool.self, forKey: .encrypted) ?? false
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        policy = .notConfigured
        backupPolicyStatus = .notConfigured
    }
}
