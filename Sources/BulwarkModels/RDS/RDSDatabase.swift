public import BulwarkIAM

/// An RDS DB instance (`rds describe-db-instances`).
public struct DBInstance: Sendable, Hashable {
    /// The instance identifier.
    public var dbInstanceIdentifier: String
    /// The instance's ARN.
    public var dbInstanceARN: ARN?
    /// The instance class.
    public var dbInstanceClass: String?
    /// The engine, such as `postgres`.
    public var engine: String?
    /// The engine version.
    public var engineVersion: String?
    /// The cluster, for Aurora instances.
    public var dbClusterIdentifier: String?
    /// Whether the instance has a public endpoint.
    public var publiclyAccessible: Bool
    /// Whether storage is encrypted.
    public var storageEncrypted: Bool
    /// The KMS key.
    public var kmsKeyID: String?
    /// Whether the instance is Multi-AZ.
    public var multiAZ: Bool
    /// Whether minor upgrades apply automatically.
    public var autoMinorVersionUpgrade: Bool
    /// Whether deletion protection is on.
    public var deletionProtection: Bool
    /// Days automated backups are kept (0 = off).
    public var backupRetentionPeriod: Int
    /// Whether IAM authentication is on.
    public var iamDatabaseAuthenticationEnabled: Bool
    /// Logs exported to CloudWatch.
    public var enabledCloudwatchLogsExports: [String]
    /// Whether tags are copied to snapshots.
    public var copyTagsToSnapshot: Bool
    /// The master user name.
    public var masterUsername: String?

    /// Creates a `DBInstance` from its parts.
    public init(
        dbInstanceIdentifier: String,
        dbInstanceARN: ARN? = nil,
        dbInstanceClass: String? = nil,
        engine: String? = nil,
        engineVersion: String? = nil,
        dbClusterIdentifier: String? = nil,
        publiclyAccessible: Bool = false,
        storageEncrypted: Bool = false,
        kmsKeyID: String? = nil,
        multiAZ: Bool = false,
        autoMinorVersionUpgrade: Bool = false,
        deletionProtection: Bool = false,
        backupRetentionPeriod: Int = 0,
        iamDatabaseAuthenticationEnabled: Bool = false,
        enabledCloudwatchLogsExports: [String] = [],
        copyTagsToSnapshot: Bool = false,
        masterUsername: String? = nil
    ) {
        self.dbInstanceIdentifier = dbInstanceIdentifier
        self.dbInstanceARN = dbInstanceARN
        self.dbInstanceClass = dbInstanceClass
        self.engine = engine
        self.engineVersion = engineVersion
        self.dbClusterIdentifier = dbClusterIdentifier
        self.publiclyAccessible = publiclyAccessible
        self.storageEncrypted = storageEncrypted
        self.kmsKeyID = kmsKeyID
        self.multiAZ = multiAZ
        self.autoMinorVersionUpgrade = autoMinorVersionUpgrade
        self.deletionProtection = deletionProtection
        self.backupRetentionPeriod = backupRetentionPeriod
        self.iamDatabaseAuthenticationEnabled = iamDatabaseAuthenticationEnabled
        self.enabledCloudwatchLogsExports = enabledCloudwatchLogsExports
        self.copyTagsToSnapshot = copyTagsToSnapshot
        self.masterUsername = masterUsername
    }
}

extension DBInstance: Decodable {
    private enum CodingKeys: String, CodingKey {
        case dbInstanceIdentifier = "DBInstanceIdentifier"
        case dbInstanceARN = "DBInstanceArn"
        case dbInstanceClass = "DBInstanceClass"
        case engine = "Engine"
        case engineVersion = "EngineVersion"
        case dbClusterIdentifier = "DBClusterIdentifier"
        case publiclyAccessible = "PubliclyAccessible"
        case storageEncrypted = "StorageEncrypted"
        case kmsKeyID = "KmsKeyId"
        case multiAZ = "MultiAZ"
        case autoMinorVersionUpgrade = "AutoMinorVersionUpgrade"
        case deletionProtection = "DeletionProtection"
        case backupRetentionPeriod = "BackupRetentionPeriod"
        case iamDatabaseAuthenticationEnabled = "IAMDatabaseAuthenticationEnabled"
        case enabledCloudwatchLogsExports = "EnabledCloudwatchLogsExports"
        case copyTagsToSnapshot = "CopyTagsToSnapshot"
        case masterUsername = "MasterUsername"
    }

    /// Decodes a `DBInstance` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dbInstanceIdentifier = try container.decode(String.self, forKey: .dbInstanceIdentifier)
        dbInstanceARN = try container.decodeARNIfPresent(forKey: .dbInstanceARN)
        dbInstanceClass = try container.decodeIfPresent(String.self, forKey: .dbInstanceClass)
        engine = try container.decodeIfPresent(String.self, forKey: .engine)
        engineVersion = try container.decodeIfPresent(String.self, forKey: .engineVersion)
        dbClusterIdentifier = try container.decodeIfPresent(String.self, forKey: .dbClusterIdentifier)
        publiclyAccessible = try container.decodeIfPresent(Bool.self, forKey: .publiclyAccessible) ?? false
        storageEncrypted = try container.decodeIfPresent(Bool.self, forKey: .storageEncrypted) ?? false
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        multiAZ = try container.decodeIfPresent(Bool.self, forKey: .multiAZ) ?? false
        autoMinorVersionUpgrade = try container.decodeIfPresent(Bool.self, forKey: .autoMinorVersionUpgrade) ?? false
        deletionProtection = try container.decodeIfPresent(Bool.self, forKey: .deletionProtection) ?? false
        backupRetentionPeriod = try container.decodeIfPresent(Int.self, forKey: .backupRetentionPeriod) ?? 0
        iamDatabaseAuthenticationEnabled =
            try container.decodeIfPresent(Bool.self, forKey: .iamDatabaseAuthenticationEnabled) ?? false
        enabledCloudwatchLogsExports =
            try container.decodeIfPresent([String].self, forKey: .enabledCloudwatchLogsExports) ?? []
        copyTagsToSnapshot = try container.decodeIfPresent(Bool.self, forKey: .copyTagsToSnapshot) ?? false
        masterUsername = try container.decodeIfPresent(String.self, forKey: .masterUsername)
    }
}

/// An RDS (Aurora or Multi-AZ) DB cluster (`rds describe-db-clusters`).
public struct DBCluster: Sendable, Hashable {
    /// The cluster identifier.
    public var dbClusterIdentifier: String
    /// The cluster's ARN.
    public var dbClusterARN: ARN?
    /// The engine.
    public var engine: String?
    /// The engine version.
    public var engineVersion: String?
    /// Whether storage is encrypted.
    public var storageEncrypted: Bool
    /// The KMS key.
    public var kmsKeyID: String?
    /// Whether the cluster spans zones.
    public var multiAZ: Bool
    /// Whether deletion protection is on.
    public var deletionProtection: Bool
    /// Days automated backups are kept.
    public var backupRetentionPeriod: Int
    /// Whether IAM authentication is on.
    public var iamDatabaseAuthenticationEnabled: Bool
    /// Logs exported to CloudWatch.
    public var enabledCloudwatchLogsExports: [String]
    /// Whether tags are copied to snapshots.
    public var copyTagsToSnapshot: Bool

    /// Creates a `DBCluster` from its parts.
    public init(
        dbClusterIdentifier: String,
        dbClusterARN: ARN? = nil,
        engine: String? = nil,
        engineVersion: String? = nil,
        storageEncrypted: Bool = false,
        kmsKeyID: String? = nil,
        multiAZ: Bool = false,
        deletionProtection: Bool = false,
        backupRetentionPeriod: Int = 0,
        iamDatabaseAuthenticationEnabled: Bool = false,
        enabledCloudwatchLogsExports: [String] = [],
        copyTagsToSnapshot: Bool = false
    ) {
        self.dbClusterIdentifier = dbClusterIdentifier
        self.dbClusterARN = dbClusterARN
        self.engine = engine
        self.engineVersion = engineVersion
        self.storageEncrypted = storageEncrypted
        self.kmsKeyID = kmsKeyID
        self.multiAZ = multiAZ
        self.deletionProtection = deletionProtection
        self.backupRetentionPeriod = backupRetentionPeriod
        self.iamDatabaseAuthenticationEnabled = iamDatabaseAuthenticationEnabled
        self.enabledCloudwatchLogsExports = enabledCloudwatchLogsExports
        self.copyTagsToSnapshot = copyTagsToSnapshot
    }
}

extension DBCluster: Decodable {
    private enum CodingKeys: String, CodingKey {
        case dbClusterIdentifier = "DBClusterIdentifier"
        case dbClusterARN = "DBClusterArn"
        case engine = "Engine"
        case engineVersion = "EngineVersion"
        case storageEncrypted = "StorageEncrypted"
        case kmsKeyID = "KmsKeyId"
        case multiAZ = "MultiAZ"
        case deletionProtection = "DeletionProtection"
        case backupRetentionPeriod = "BackupRetentionPeriod"
        case iamDatabaseAuthenticationEnabled = "IAMDatabaseAuthenticationEnabled"
        case enabledCloudwatchLogsExports = "EnabledCloudwatchLogsExports"
        case copyTagsToSnapshot = "CopyTagsToSnapshot"
    }

    /// Decodes a `DBCluster` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dbClusterIdentifier = try container.decode(String.self, forKey: .dbClusterIdentifier)
        dbClusterARN = try container.decodeARNIfPresent(forKey: .dbClusterARN)
        engine = try container.decodeIfPresent(String.self, forKey: .engine)
        engineVersion = try container.decodeIfPresent(String.self, forKey: .engineVersion)
        storageEncrypted = try container.decodeIfPresent(Bool.self, forKey: .storageEncrypted) ?? false
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        multiAZ = try container.decodeIfPresent(Bool.self, forKey: .multiAZ) ?? false
        deletionProtection = try container.decodeIfPresent(Bool.self, forKey: .deletionProtection) ?? false
        backupRetentionPeriod = try container.decodeIfPresent(Int.self, forKey: .backupRetentionPeriod) ?? 0
        iamDatabaseAuthenticationEnabled =
            try container.decodeIfPresent(Bool.self, forKey: .iamDatabaseAuthenticationEnabled) ?? false
        enabledCloudwatchLogsExports =
            try container.decodeIfPresent([String].self, forKey: .enabledCloudwatchLogsExports) ?? []
        copyTagsToSnapshot = try container.decodeIfPresent(Bool.self, forKey: .copyTagsToSnapshot) ?? false
    }
}
