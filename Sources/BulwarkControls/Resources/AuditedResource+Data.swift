import BulwarkIAM
public import BulwarkModels

extension S3Bucket: AuditedResource {
    /// `AWS::S3::Bucket`.
    public static var resourceType: String { "AWS::S3::Bucket" }
    /// `arn:aws:s3:::<name>`.
    public func resourceARN(in scope: ResourceScope) -> String { "arn:\(scope.partition):s3:::\(name)" }
}

extension KMSKey: AuditedResource {
    /// `AWS::KMS::Key`.
    public static var resourceType: String { "AWS::KMS::Key" }
    /// The key's ARN.
    public func resourceARN(in scope: ResourceScope) -> String {
        keyARN?.description ?? "arn:\(scope.partition):kms:\(scope.region):\(scope.account):key/\(keyID)"
    }
}

extension DBInstance: AuditedResource {
    /// `AWS::RDS::DBInstance`.
    public static var resourceType: String { "AWS::RDS::DBInstance" }
    /// The instance's ARN, or `arn:aws:rds:<region>:<account>:db:<id>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        dbInstanceARN.map { "\($0)" } ?? scope.arn("rds", "db:\(dbInstanceIdentifier)")
    }
}

extension DBCluster: AuditedResource {
    /// `AWS::RDS::DBCluster`.
    public static var resourceType: String { "AWS::RDS::DBCluster" }
    /// The cluster's ARN, or `arn:aws:rds:<region>:<account>:cluster:<id>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        dbClusterARN.map { "\($0)" } ?? scope.arn("rds", "cluster:\(dbClusterIdentifier)")
    }
}

extension DBSnapshot: AuditedResource {
    /// `AWS::RDS::DBSnapshot`.
    public static var resourceType: String { "AWS::RDS::DBSnapshot" }
    /// The snapshot's ARN, or `arn:aws:rds:<region>:<account>:snapshot:<id>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        arn.map { "\($0)" } ?? scope.arn("rds", "snapshot:\(identifier)")
    }
}

extension DynamoDBTable: AuditedResource {
    /// `AWS::DynamoDB::Table`.
    public static var resourceType: String { "AWS::DynamoDB::Table" }
    /// `arn:aws:dynamodb:<region>:<account>:table/<name>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("dynamodb", "table/\(tableName)") }
}

extension EFSFileSystem: AuditedResource {
    /// `AWS::EFS::FileSystem`.
    public static var resourceType: String { "AWS::EFS::FileSystem" }
    /// The file system's ARN, or `arn:aws:elasticfilesystem:<region>:<account>:file-system/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        fileSystemARN.map { "\($0)" } ?? scope.arn("elasticfilesystem", "file-system/\(fileSystemID)")
    }
}

extension Secret: AuditedResource {
    /// `AWS::SecretsManager::Secret`.
    public static var resourceType: String { "AWS::SecretsManager::Secret" }
    /// The secret's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension BackupVault: AuditedResource {
    /// `AWS::Backup::BackupVault`.
    public static var resourceType: String { "AWS::Backup::BackupVault" }
    /// The vault's ARN, or `arn:aws:backup:<region>:<account>:backup-vault:<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        backupVaultARN.map { "\($0)" } ?? scope.arn("backup", "backup-vault:\(backupVaultName)")
    }
}

extension BackupPlan: AuditedResource {
    /// `AWS::Backup::BackupPlan`.
    public static var resourceType: String { "AWS::Backup::BackupPlan" }
    /// The plan's ARN, or `arn:aws:backup:<region>:<account>:backup-plan:<id>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        backupPlanARN.map { "\($0)" } ?? scope.arn("backup", "backup-plan:\(backupPlanID)")
    }
}

extension SNSTopic: AuditedResource {
    /// `AWS::SNS::Topic`.
    public static var resourceType: String { "AWS::SNS::Topic" }
    /// The topic's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(topicARN)" }
}

extension SQSQueue: AuditedResource {
    /// `AWS::SQS::Queue`.
    public static var resourceType: String { "AWS::SQS::Queue" }
    /// `arn:aws:sqs:<region>:<account>:<name>`, the name being the queue URL's last path component.
    public func resourceARN(in scope: ResourceScope) -> String {
        let name = "\(queueURL)".split(separator: "/").last.map(String.init) ?? "\(queueURL)"
        return scope.arn("sqs", name)
    }
}
