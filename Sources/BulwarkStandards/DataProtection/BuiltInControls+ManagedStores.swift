import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation

// Practices: encryption at rest (EFS, DynamoDB, SNS, SQS, Secrets), backups (EFS, DynamoDB PITR),
// Secrets Manager rotation, KMS rotation, Macie.

extension BuiltInControls {
    /// DP-015: EFS file systems are encrypted.
    static let efsEncryption: Control = Control(
        id: "DP-015",
        title: "EFS file systems are encrypted at rest",
        domain: .dataProtection,
        severity: .medium,
        references: [.cis5("2.3.1"), .cis7("3.3.1"), .fsbp("EFS.1"), .fsbp("EFS.8")],
        rationale: "Practice: encryption at rest (EFS). Encryption can only be chosen when the file system is created.",
        remediation: Remediation(
            "Create an encrypted file system and copy the data (AWS DataSync).",
            cli: "aws efs create-file-system --encrypted --kms-key-id <key>"
        ),
        over: \.efs.fileSystems
    ) { system, _ in
        expect(system.encrypted, "\(system.fileSystemID) is not encrypted")
    }

    /// DP-030: EFS automatic backups are on.
    static let efsBackups: Control = Control(
        id: "DP-030",
        title: "EFS file systems have automatic backups enabled",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("EFS.7")],
        rationale: "Practice: backups (EFS). Automatic backups put the file system in AWS Backup's default plan.",
        remediation: Remediation(
            "Turn on automatic backups.",
            cli: "aws efs put-backup-policy --file-system-id <fs> --backup-policy Status=ENABLED"
        ),
        over: \.efs.fileSystems
    ) { system, _ in
        expect(system.backupPolicyStatus, "\(system.fileSystemID) has no automatic backups") { $0 == "ENABLED" }
    }

    /// DP-016: DynamoDB tables have PITR and deletion protection.
    static let dynamoDBRecovery: Control = Control(
        id: "DP-016",
        title: "DynamoDB tables have point-in-time recovery and deletion protection",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("DynamoDB.2"), .fsbp("DynamoDB.6")],
        rationale: "Practice: backups (DynamoDB PITR). Point-in-time recovery restores any second of the last "
            + "35 days; deletion protection stops a single call from dropping the table.",
        remediation: Remediation(
            "Enable point-in-time recovery and deletion protection.",
            cli: "aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification "
                + "PointInTimeRecoveryEnabled=true && aws dynamodb update-table --table-name <table> --deletion-protection-enabled"
        ),
        over: \.dynamoDB.tables
    ) { table, _ in
        expect(table.pointInTimeRecoveryStatus, "\(table.tableName) has no point-in-time recovery") { $0 == "ENABLED" }
        expect(table.description, "\(table.tableName) has no deletion protection") { $0.deletionProtectionEnabled }
    }

    /// DP-029: DynamoDB tables use a KMS key the account manages.
    static let dynamoDBKMS: Control = Control(
        id: "DP-029",
        title: "DynamoDB tables are encrypted with a KMS key (not the DynamoDB-owned key)",
        domain: .dataProtection,
        severity: .medium,
        references: [
            .documentation("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html")
        ],
        rationale: "Practice: encryption at rest (DynamoDB). With a KMS key, reads are governed by a key policy "
            + "and logged in CloudTrail.",
        remediation: Remediation(
            "Switch the table to a KMS key.",
            cli:
                "aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>"
        ),
        over: \.dynamoDB.tables
    ) { table, _ in
        expect(table.description, "\(table.tableName) uses the DynamoDB-owned key") {
            $0.sseDescription?.sseType == "KMS" && $0.sseDescription?.status != "DISABLED"
        }
    }

    /// DP-017: customer managed keys rotate.
    static let kmsRotation: Control = Control(
        id: "DP-017",
        title: "Customer managed symmetric KMS keys rotate automatically",
        domain: .dataProtection,
        severity: .medium,
        references: [.cis5("3.6"), .cis7("4.6"), .fsbp("KMS.4")],
        rationale: "Practice: KMS rotation. Rotation limits how much data one key version protects.",
        remediation: Remediation("Enable automatic rotation.", cli: "aws kms enable-key-rotation --key-id <key>"),
        over: \.kms.keys
    ) { key, _ in
        require(key.metadata, "the metadata of \(key.keyID) is missing") { metadata in
            if metadata.keyManager != .customer || !metadata.isSymmetricEncryptionKey || metadata.keyState != "Enabled"
            {
                notApplicable("not an enabled customer managed symmetric key")
            } else {
                expect(key.rotation, "\(key.keyID) does not rotate") { $0.keyRotationEnabled }
            }
        }
    }

    /// DP-018: no key is pending deletion.
    static let kmsPendingDeletion: Control = Control(
        id: "DP-018",
        title: "No customer managed KMS key is scheduled for deletion",
        domain: .dataProtection,
        severity: .critical,
        references: [.fsbp("KMS.3")],
        rationale: "Practice: key management. Data encrypted under a deleted key is lost for good; a scheduled "
            + "deletion should be a deliberate, reviewed act.",
        remediation: Remediation(
            "Cancel the deletion if it was not intended.",
            cli: "aws kms cancel-key-deletion --key-id <key>"
        ),
        over: \.kms.keys
    ) { key, _ in
        expect(key.metadata, "\(key.keyID) is scheduled for deletion") { $0.keyState != "PendingDeletion" }
    }

    /// Days within which a secret must have been rotated.
    static let secretRotationDays = Parameter(
        "maximumDaysSinceRotation",
        default: 90,
        "Days a secret may go without rotation"
    )

    /// DP-020: secrets rotate.
    static let secretRotation: Control = Control(
        id: "DP-020",
        title: "Secrets Manager secrets rotate automatically, and did so within 90 days",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("SecretsManager.1"), .fsbp("SecretsManager.2"), .fsbp("SecretsManager.4")],
        rationale: "Practice: Secrets Manager rotation. A rotated credential limits how long a leaked one works.",
        remediation: Remediation(
            "Configure rotation with a rotation function.",
            cli: "aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <fn> "
                + "--rotation-rules AutomaticallyAfterDays=30"
        ),
        parameters: [secretRotationDays],
        over: \.secretsManager.secrets
    ) { secret, context in
        expect(secret.rotationEnabled, "\(secret.name) does not rotate automatically")
        let last = secret.lastRotatedDate ?? secret.createdDate
        expect(
            last.map { context.now.timeIntervalSince($0) <= Double(context[secretRotationDays]) * 86_400 } ?? false,
            "\(secret.name) has not been rotated in \(context[secretRotationDays]) days"
        )
    }

    /// Days a secret may go unread.
    static let unusedSecretDays = Parameter(
        "unusedDays",
        default: 90,
        "Days without access before a secret counts as unused"
    )

    /// DP-021: unused secrets are removed.
    static let unusedSecrets: Control = Control(
        id: "DP-021",
        title: "Secrets not accessed for 90 days are removed",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("SecretsManager.3")],
        rationale: "Practice: unused credentials. An unused secret is a credential nobody would miss, and nobody "
            + "would notice being used.",
        remediation: Remediation(
            "Delete the secret after confirming nothing uses it.",
            cli: "aws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30"
        ),
        parameters: [unusedSecretDays],
        over: \.secretsManager.secrets
    ) { secret, context in
        let last = secret.lastAccessedDate ?? secret.createdDate
        if let last {
            expect(
                context.now.timeIntervalSince(last) <= Double(context[unusedSecretDays]) * 86_400,
                "\(secret.name) has not been accessed in \(context[unusedSecretDays]) days"
            )
        } else {
            unknown(
                code: Unreadable.notCollected.rawValue,
                "neither the last access nor the creation date of \(secret.name) is known"
            )
        }
    }

    /// DP-038: secrets use a customer managed key.
    static let secretKMS: Control = Control(
        id: "DP-038",
        title: "Secrets Manager secrets are encrypted with a customer managed KMS key",
        domain: .dataProtection,
        severity: .medium,
        references: [
            .documentation("https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html")
        ],
        rationale: "Practice: encryption at rest (Secrets). With the AWS managed key, any principal of the account "
            + "allowed GetSecretValue can decrypt; a customer key adds a key policy.",
        remediation: Remediation(
            "Re-encrypt the secret with a customer managed key.",
            cli: "aws secretsmanager update-secret --secret-id <secret> --kms-key-id <key>"
        ),
        over: \.secretsManager.secrets
    ) { secret, _ in
        expect(
            secret.kmsKeyID.map { !$0.hasSuffix("alias/aws/secretsmanager") } ?? false,
            "\(secret.name) uses the AWS managed key"
        )
    }

    /// DP-022-SNS: SNS topics are encrypted.
    static let snsEncryption: Control = Control(
        id: "DP-022-SNS",
        title: "SNS topics are encrypted at rest with KMS",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("SNS.1")],
        rationale: "Practice: encryption at rest (SNS).",
        remediation: Remediation(
            "Set a KMS key on the topic.",
            cli:
                "aws sns set-topic-attributes --topic-arn <arn> --attribute-name KmsMasterKeyId --attribute-value <key>"
        ),
        over: \.sns.topics
    ) { topic, _ in
        expect(topic.attributes, "\(topic.topicARN) is not encrypted") { ($0.kmsMasterKeyID ?? "").isEmpty == false }
    }

    /// DP-022-SQS: SQS queues are encrypted.
    static let sqsEncryption: Control = Control(
        id: "DP-022-SQS",
        title: "SQS queues are encrypted at rest",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("SQS.1")],
        rationale: "Practice: encryption at rest (SQS). SSE-SQS or SSE-KMS both qualify.",
        remediation: Remediation(
            "Enable SSE-SQS (or SSE-KMS).",
            cli: "aws sqs set-queue-attributes --queue-url <url> --attributes SqsManagedSseEnabled=true"
        ),
        over: \.sqs.queues
    ) { queue, _ in
        expect(queue.attributes, "\(queue.queueURL) is not encrypted") { $0.isEncrypted }
    }

    /// DP-026: Macie is enabled in every region.
    static let macieEnabled: Control = Control(
        id: "DP-026",
        title: "Amazon Macie is enabled in every region",
        domain: .dataProtection,
        severity: .medium,
        references: [.cis5("2.1.3"), .cis7("3.1.3"), .fsbp("Macie.1")],
        rationale: "Practice: Macie and data classification. Macie finds sensitive data and public buckets; it "
            + "is regional.",
        remediation: Remediation("Enable Macie in the region.", cli: "aws macie2 enable-macie --region <region>"),
        in: .everyRegion
    ) { region, _ in
        expect(region.macie.session, "Macie is not enabled in \(region.name)") { $0.status == "ENABLED" }
    }
}
