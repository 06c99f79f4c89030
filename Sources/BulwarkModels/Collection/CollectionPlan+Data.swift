extension CollectionPlan {
    /// KMS, Secrets Manager, RDS, EFS, DynamoDB, Backup.
    static let dataCalls: [CallTemplate] = [
        .list(
            "kms",
            "list-keys",
            each: "Keys[].KeyId",
            [
                CallTemplate("kms", "describe-key", ["--key-id", "{id}"]),
                CallTemplate("kms", "get-key-rotation-status", ["--key-id", "{id}"]),
                CallTemplate("kms", "get-key-policy", ["--key-id", "{id}", "--policy-name", "default"]),
            ]
        ),
        CallTemplate("kms", "list-aliases"),
        .list(
            "secretsmanager",
            "list-secrets",
            each: "SecretList[].ARN",
            [
                CallTemplate("secretsmanager", "describe-secret", ["--secret-id", "{id}"]),
                CallTemplate("secretsmanager", "get-resource-policy", ["--secret-id", "{id}"]),
            ]
        ),
        CallTemplate("rds", "describe-db-instances"),
        CallTemplate("rds", "describe-db-clusters"),
        .list(
            "rds",
            "describe-db-snapshots",
            each: "DBSnapshots[].DBSnapshotIdentifier",
            [CallTemplate("rds", "describe-db-snapshot-attributes", ["--db-snapshot-identifier", "{id}"])]
        ),
        .list(
            "rds",
            "describe-db-cluster-snapshots",
            each: "DBClusterSnapshots[].DBClusterSnapshotIdentifier",
            [
                CallTemplate(
                    "rds",
                    "describe-db-cluster-snapshot-attributes",
                    ["--db-cluster-snapshot-identifier", "{id}"]
                )
            ]
        ),
        .list(
            "efs",
            "describe-file-systems",
            each: "FileSystems[].FileSystemId",
            [
                CallTemplate("efs", "describe-file-system-policy", ["--file-system-id", "{id}"]),
                CallTemplate("efs", "describe-backup-policy", ["--file-system-id", "{id}"]),
            ]
        ),
        CallTemplate("efs", "describe-access-points"),
        .list(
            "dynamodb",
            "list-tables",
            each: "TableNames[]",
            [
                CallTemplate("dynamodb", "describe-table", ["--table-name", "{id}"]),
                CallTemplate("dynamodb", "describe-continuous-backups", ["--table-name", "{id}"]),
            ]
        ),
        .list(
            "backup",
            "list-backup-plans",
            each: "BackupPlansList[].BackupPlanId",
            [
                CallTemplate("backup", "get-backup-plan", ["--backup-plan-id", "{id}"]),
                CallTemplate("backup", "list-backup-selections", ["--backup-plan-id", "{id}"]),
            ]
        ),
        CallTemplate("backup", "list-backup-vaults"),
        CallTemplate("backup", "list-protected-resources"),
    ]
}
