import BulwarkControls
import BulwarkModels

// Practices: encryption at rest (EBS + default, RDS), snapshots not public, RDS backups, AWS Backup.

extension BuiltInControls {
    /// DP-001: EBS encrypts new volumes by default in every region.
    static let ebsDefaultEncryption: Control = Control(
        id: "DP-001",
        title: "EBS encryption by default is enabled in every region",
        domain: .dataProtection,
        severity: .medium,
        references: [.cis5("5.1.1"), .cis7("6.1.1"), .fsbp("EC2.7")],
        rationale: "Practice: encryption at rest (EBS default). The setting is regional; with it on, no volume "
            + "or snapshot in the region can be created unencrypted.",
        remediation: Remediation(
            "Enable EBS encryption by default in the region.",
            cli: "aws ec2 enable-ebs-encryption-by-default --region <region>"
        ),
        in: .everyRegion
    ) { region, _ in
        expect(region.ec2.ebsEncryptionByDefault, "EBS encryption by default is off in \(region.name)") { $0 }
    }

    /// DP-002: attached volumes are encrypted.
    static let ebsVolumeEncryption: Control = Control(
        id: "DP-002",
        title: "Attached EBS volumes are encrypted",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("EC2.3")],
        rationale: "Practice: encryption at rest (EBS). Unencrypted volumes and their snapshots expose data to "
            + "anyone who can copy them.",
        remediation: Remediation(
            "Snapshot the volume, copy the snapshot with --encrypted, and replace the volume.",
            cli:
                "aws ec2 copy-snapshot --source-snapshot-id <snap> --source-region <region> --encrypted --kms-key-id <key>"
        ),
        over: \.ec2.volumes
    ) { volume, _ in
        if volume.attachments.isEmpty {
            notApplicable("the volume is not attached")
        } else {
            expect(volume.encrypted, "\(volume.volumeID) is not encrypted")
        }
    }

    /// DP-003: EBS snapshots are not public.
    static let ebsSnapshotsPrivate: Control = Control(
        id: "DP-003",
        title: "EBS snapshots are not publicly restorable",
        domain: .dataProtection,
        severity: .critical,
        references: [.fsbp("EC2.1")],
        rationale: "Practice: data not public. Anyone can create a volume from a public snapshot and read it.",
        remediation: Remediation(
            "Remove the all-users create-volume permission.",
            cli: "aws ec2 modify-snapshot-attribute --snapshot-id <snap> --attribute createVolumePermission "
                + "--operation-type remove --group-names all"
        ),
        over: \.ec2.snapshots
    ) { snapshot, _ in
        expect(snapshot.createVolumePermissions, "\(snapshot.snapshotID) is public") { permissions in
            !permissions.contains { $0.group == "all" }
        }
    }

    /// DP-012: RDS instances are encrypted.
    static let rdsInstanceEncryption: Control = Control(
        id: "DP-012",
        title: "RDS DB instances are encrypted at rest",
        domain: .dataProtection,
        severity: .medium,
        references: [.cis5("2.2.1"), .cis7("3.2.1"), .fsbp("RDS.3")],
        rationale: "Practice: encryption at rest (RDS). Encryption covers the storage, automated backups, "
            + "read replicas and snapshots.",
        remediation: Remediation(
            "Restore an encrypted copy of the instance from an encrypted snapshot and switch over.",
            cli:
                "aws rds copy-db-snapshot --source-db-snapshot-identifier <snap> --target-db-snapshot-identifier <enc> --kms-key-id <key>"
        ),
        over: \.rds.dbInstances
    ) { instance, _ in
        if instance.dbClusterIdentifier != nil {
            notApplicable("a cluster member (see DP-045)")
        } else {
            expect(instance.storageEncrypted, "\(instance.dbInstanceIdentifier) is not encrypted at rest")
        }
    }

    /// DP-045: RDS clusters are encrypted.
    static let rdsClusterEncryption: Control = Control(
        id: "DP-045",
        title: "RDS DB clusters are encrypted at rest",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("RDS.27")],
        rationale: "Practice: encryption at rest (RDS clusters).",
        remediation: Remediation(
            "Restore the cluster from an encrypted snapshot.",
            cli:
                "aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new> --snapshot-identifier <enc> --engine <engine> --kms-key-id <key>"
        ),
        over: \.rds.dbClusters
    ) { cluster, _ in
        expect(cluster.storageEncrypted, "\(cluster.dbClusterIdentifier) is not encrypted at rest")
    }

    /// DP-013: RDS snapshots are private and encrypted.
    static let rdsSnapshots: Control = Control(
        id: "DP-013",
        title: "RDS snapshots are private and encrypted",
        domain: .dataProtection,
        severity: .critical,
        references: [.fsbp("RDS.1"), .fsbp("RDS.4")],
        rationale: "Practice: backups and data not public. A public snapshot can be restored by anyone; an "
            + "unencrypted one by anyone it is shared with.",
        remediation: Remediation(
            "Remove 'all' from the snapshot's restore attribute, and copy it encrypted.",
            cli: "aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snap> --attribute-name restore "
                + "--values-to-remove all"
        ),
        over: \.rds.dbSnapshots
    ) { snapshot, _ in
        expect(snapshot.encrypted, "\(snapshot.identifier) is not encrypted")
        ifConfigured(snapshot.restoreAttributeValues) { values in
            expect(!values.contains("all"), "\(snapshot.identifier) is public")
        }
    }

    /// The shortest automated-backup retention, in days.
    static let backupRetention = Parameter(
        "minimumRetentionDays",
        default: 7,
        "Shortest RDS automated-backup retention"
    )

    /// DP-027: RDS instances keep automated backups.
    static let rdsBackups: Control = Control(
        id: "DP-027",
        title: "RDS DB instances keep automated backups for at least 7 days",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("RDS.11")],
        rationale: "Practice: backups (RDS). Automated backups allow point-in-time restore after corruption or "
            + "deletion.",
        remediation: Remediation(
            "Set the backup retention period.",
            cli:
                "aws rds modify-db-instance --db-instance-identifier <db> --backup-retention-period 7 --apply-immediately"
        ),
        parameters: [backupRetention],
        over: \.rds.dbInstances
    ) { instance, context in
        if instance.dbClusterIdentifier != nil {
            notApplicable("a cluster member: the cluster keeps the backups")
        } else {
            expect(
                instance.backupRetentionPeriod >= context[backupRetention],
                "\(instance.dbInstanceIdentifier) keeps backups for \(instance.backupRetentionPeriod) days"
            )
        }
    }

    /// DP-043: every region with data stores has an AWS Backup plan.
    static let backupPlans: Control = Control(
        id: "DP-043",
        title: "Regions with data stores have an AWS Backup plan",
        domain: .dataProtection,
        severity: .medium,
        references: [.documentation("https://docs.aws.amazon.com/aws-backup/latest/devguide/about-backup-plans.html")],
        rationale: "Practice: backups (AWS Backup plans). A plan backs up EBS, RDS, DynamoDB and EFS on a "
            + "schedule, with retention, in one place.",
        remediation: Remediation(
            "Create a backup plan and assign the region's data stores to it.",
            cli: "aws backup create-backup-plan --backup-plan file://plan.json"
        ),
        in: .everyRegion
    ) { region, _ in
        let stores =
            (region.ec2.volumes.elements?.count ?? 0) + (region.rds.dbInstances.elements?.count ?? 0)
            + (region.dynamoDB.tables.elements?.count ?? 0) + (region.efs.fileSystems.elements?.count ?? 0)
        if stores == 0 {
            notApplicable("no data stores in \(region.name)")
        } else {
            expect(region.backup.plans.nonEmpty, "\(region.name) has \(stores) data stores and no AWS Backup plan") {
                _ in true
            }
        }
    }

    /// DP-044: backup vaults are locked.
    static let backupVaultLock: Control = Control(
        id: "DP-044",
        title: "AWS Backup vaults have Vault Lock enabled",
        domain: .dataProtection,
        severity: .medium,
        references: [.documentation("https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html")],
        rationale: "Practice: backups (vault lock). A locked vault keeps recovery points from being deleted "
            + "early, even by an administrator or a ransomware actor.",
        remediation: Remediation(
            "Apply Vault Lock with a minimum retention.",
            cli: "aws backup put-backup-vault-lock-configuration --backup-vault-name <vault> --min-retention-days 7"
        ),
        over: \.backup.vaults
    ) { vault, _ in
        expect(vault.locked, "\(vault.backupVaultName) is not locked")
    }
}
