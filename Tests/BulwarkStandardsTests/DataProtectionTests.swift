import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@testable import BulwarkStandards

private typealias C = BuiltInControls

private func buckets(_ list: S3Bucket..., accountBlock: Observed<PublicAccessBlockConfiguration> = .notConfigured)
    -> AccountSnapshot
{
    snapshot(s3: S3Resources(buckets: .value(list), accountPublicAccessBlock: accountBlock))
}

private let allBlocked = PublicAccessBlockConfiguration(
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true
)

private func bucketPolicy(_ json: String) -> Observed<EmbeddedPolicy> { .value(policy(json, kind: .resource)) }

private let publicRead = allow("\"s3:GetObject\"", on: "\"arn:aws:s3:::data/*\"", principal: "\"*\"")

private let denyInsecure = """
    {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
      "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
    """

private let unreadableBuckets = snapshot(s3: S3Resources(buckets: .unknown(denied("s3api list-buckets"))))

private func key(
    manager: KeyManagerType = .customer,
    state: KeyState = .enabled,
    rotation: Observed<KeyRotationStatus> = .value(KeyRotationStatus(keyRotationEnabled: true)),
    policy json: String? = nil
) -> AccountSnapshot {
    regional {
        $0.kms.keys = .value([
            KMSKey(
                keyID: "k1",
                keyARN: arn("arn:aws:kms:us-east-1:\(account):key/k1"),
                metadata: .value(KMSKeyMetadata(keyID: "k1", keyManager: manager, keyState: state)),
                rotation: rotation,
                policy: json.map { .value(policy($0, kind: .resource)) } ?? .notConfigured
            )
        ])
    }
}

private let unreadableKeys = regional { $0.kms.keys = .unknown(denied("kms list-keys")) }

private func secret(
    rotated: Date? = daysAgo(10),
    enabled: Bool = true,
    accessed: Date? = daysAgo(1),
    kms: String? = "arn:aws:kms:us-east-1:\(account):key/k1",
    policy json: String? = nil
) -> AccountSnapshot {
    regional {
        $0.secretsManager.secrets = .value([
            Secret(
                arn: arn("arn:aws:secretsmanager:us-east-1:\(account):secret:db-AbCdEf"),
                name: "db",
                kmsKeyID: kms,
                rotationEnabled: enabled,
                lastRotatedDate: rotated,
                lastAccessedDate: accessed,
                createdDate: daysAgo(400),
                resourcePolicy: json.map { .value(policy($0, kind: .resource)) } ?? .notConfigured
            )
        ])
    }
}

private let unreadableSecrets = regional { $0.secretsManager.secrets = .unknown(denied("secretsmanager list-secrets")) }

private let topicARN = "arn:aws:sns:us-east-1:\(account):alerts"

private func topic(_ attributes: Observed<TopicAttributes>) -> AccountSnapshot {
    regional { $0.sns.topics = .value([SNSTopic(topicARN: arn(topicARN), attributes: attributes)]) }
}

private func queue(_ attributes: Observed<QueueAttributes>) -> AccountSnapshot {
    regional {
        $0.sqs.queues = .value([
            SQSQueue(queueURL: "https://sqs.us-east-1.amazonaws.com/\(account)/jobs", attributes: attributes)
        ])
    }
}

private let queueARN = "arn:aws:sqs:us-east-1:\(account):jobs"

private func fileSystem(
    encrypted: Bool = true,
    backup: Observed<String> = .value("ENABLED"),
    policy json: String? = nil
) -> AccountSnapshot {
    regional {
        $0.efs.fileSystems = .value([
            EFSFileSystem(
                fileSystemID: "fs-1",
                fileSystemARN: arn("arn:aws:elasticfilesystem:us-east-1:\(account):file-system/fs-1"),
                encrypted: encrypted,
                policy: json.map { .value(policy($0, kind: .resource)) } ?? .notConfigured,
                backupPolicyStatus: backup
            )
        ])
    }
}

private let unreadableFileSystems = regional { $0.efs.fileSystems = .unknown(denied("efs describe-file-systems")) }

private func table(pitr: Observed<String> = .value("ENABLED"), description: Observed<TableDescription>)
    -> AccountSnapshot
{
    regional {
        $0.dynamoDB.tables = .value([
            DynamoDBTable(tableName: "orders", description: description, pointInTimeRecoveryStatus: pitr)
        ])
    }
}

private func balancer(_ listeners: Observed<[Listener]>) -> AccountSnapshot {
    regional {
        $0.elbv2.loadBalancers = .value([
            LoadBalancer(
                loadBalancerARN: arn("arn:aws:elasticloadbalancing:us-east-1:\(account):loadbalancer/app/web/1"),
                loadBalancerName: "web",
                type: "application",
                listeners: listeners
            )
        ])
    }
}

private func distribution(_ config: Observed<DistributionConfig>) -> AccountSnapshot {
    snapshot(
        cloudFront: CloudFrontResources(
            distributions: .value([
                Distribution(id: "E1", arn: arn("arn:aws:cloudfront::\(account):distribution/E1"), config: config)
            ])
        )
    )
}

private let customCertificate = ViewerCertificate(
    acmCertificateARN: arn("arn:aws:acm:us-east-1:\(account):certificate/c"),
    minimumProtocolVersion: "TLSv1.2_2021",
    sslSupportMethod: "sni-only"
)

enum DataCases {
    static var all: [ControlCase] { s3 + blockStorage + stores + transit }

    // Amazon S3 User Guide, "Security best practices for Amazon S3".
    static let s3: [ControlCase] = [
        ControlCase(C.accountPublicAccessBlock, "all four on", .pass, buckets(accountBlock: .value(allBlocked))),
        ControlCase(C.accountPublicAccessBlock, "not configured", .fail, buckets()),
        ControlCase(
            C.accountPublicAccessBlock,
            "unreadable",
            .unknown,
            buckets(accountBlock: .unknown(denied("s3control get-public-access-block")))
        ),
        ControlCase(
            C.bucketPublicAccessBlock,
            "account blocks all",
            .pass,
            buckets(S3Bucket(name: "data"), accountBlock: .value(allBlocked))
        ),
        ControlCase(
            C.bucketPublicAccessBlock,
            "bucket blocks all",
            .pass,
            buckets(S3Bucket(name: "data", publicAccessBlock: .value(allBlocked)))
        ),
        ControlCase(C.bucketPublicAccessBlock, "neither", .fail, buckets(S3Bucket(name: "data"))),
        ControlCase(
            C.bucketPublicAccessBlock,
            "account setting unreadable",
            .unknown,
            buckets(S3Bucket(name: "data"), accountBlock: .unknown(denied("s3control get-public-access-block")))
        ),
        ControlCase(
            C.bucketNotPublicControl,
            "no policy, private ACL",
            .pass,
            buckets(S3Bucket(name: "data", acl: .value(BucketACL())))
        ),
        ControlCase(
            C.bucketNotPublicControl,
            "public policy, but the account restricts public buckets",
            .pass,
            buckets(
                S3Bucket(name: "data", policy: bucketPolicy(publicRead), acl: .value(BucketACL())),
                accountBlock: .value(allBlocked)
            )
        ),
        ControlCase(
            C.bucketNotPublicControl,
            "public only from one VPC endpoint",
            .pass,
            buckets(
                S3Bucket(
                    name: "data",
                    policy: bucketPolicy(
                        allow(
                            "\"s3:GetObject\"",
                            on: "\"arn:aws:s3:::data/*\"",
                            principal: "\"*\"",
                            condition: "{\"StringEquals\": {\"aws:SourceVpce\": \"vpce-1\"}}"
                        )
                    ),
                    acl: .value(BucketACL())
                )
            )
        ),
        ControlCase(
            C.bucketNotPublicControl,
            "public read policy",
            .fail,
            buckets(S3Bucket(name: "data", policy: bucketPolicy(publicRead), acl: .value(BucketACL())))
        ),
        ControlCase(
            C.bucketNotPublicControl,
            "AllUsers ACL grant",
            .fail,
            buckets(
                S3Bucket(
                    name: "data",
                    acl: .value(
                        BucketACL(grants: [
                            Grant(grantee: Grantee(type: "Group", uri: Grantee.allUsersURI), permission: .read)
                        ])
                    )
                )
            )
        ),
        ControlCase(
            C.bucketNotPublicControl,
            "public policy, account setting unreadable",
            .unknown,
            buckets(
                S3Bucket(name: "data", policy: bucketPolicy(publicRead), acl: .value(BucketACL())),
                accountBlock: .unknown(denied("s3control get-public-access-block"))
            )
        ),
        ControlCase(
            C.bucketSecureTransport,
            "denies insecure transport",
            .pass,
            buckets(S3Bucket(name: "data", policy: bucketPolicy(denyInsecure)))
        ),
        ControlCase(C.bucketSecureTransport, "no policy", .fail, buckets(S3Bucket(name: "data"))),
        ControlCase(
            C.bucketSecureTransport,
            "policy unreadable",
            .unknown,
            buckets(S3Bucket(name: "data", policy: .unknown(denied("s3api get-bucket-policy"))))
        ),
        ControlCase(
            C.bucketKMSEncryption,
            "SSE-KMS",
            .pass,
            buckets(
                S3Bucket(
                    name: "data",
                    encryption: .value(
                        BucketEncryption(rules: [
                            BucketEncryptionRule(
                                applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault(sseAlgorithm: .awsKMS)
                            )
                        ])
                    )
                )
            )
        ),
        ControlCase(
            C.bucketKMSEncryption,
            "SSE-S3",
            .fail,
            buckets(
                S3Bucket(
                    name: "data",
                    encryption: .value(
                        BucketEncryption(rules: [
                            BucketEncryptionRule(
                                applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault(sseAlgorithm: .aes256)
                            )
                        ])
                    )
                )
            )
        ),
        ControlCase(C.bucketKMSEncryption, "buckets unreadable", .unknown, unreadableBuckets),
        ControlCase(
            C.bucketVersioningControl,
            "enabled",
            .pass,
            buckets(S3Bucket(name: "data", versioning: .value(BucketVersioning(status: .enabled))))
        ),
        ControlCase(
            C.bucketVersioningControl,
            "suspended",
            .fail,
            buckets(S3Bucket(name: "data", versioning: .value(BucketVersioning(status: .suspended))))
        ),
        ControlCase(
            C.bucketVersioningControl,
            "unreadable",
            .unknown,
            buckets(S3Bucket(name: "data", versioning: .unknown(denied("s3api get-bucket-versioning"))))
        ),
        ControlCase(
            C.bucketMFADelete,
            "MFA delete on",
            .pass,
            buckets(S3Bucket(name: "data", versioning: .value(BucketVersioning(status: .enabled, mfaDelete: .enabled))))
        ),
        ControlCase(
            C.bucketMFADelete,
            "versioning only",
            .fail,
            buckets(S3Bucket(name: "data", versioning: .value(BucketVersioning(status: .enabled))))
        ),
        ControlCase(
            C.bucketMFADelete,
            "unreadable",
            .unknown,
            buckets(S3Bucket(name: "data", versioning: .unknown(denied("s3api get-bucket-versioning"))))
        ),
        ControlCase(
            C.bucketOwnerEnforced,
            "ACLs disabled",
            .pass,
            buckets(S3Bucket(name: "data", ownershipControls: .value(.bucketOwnerEnforced)))
        ),
        ControlCase(
            C.bucketOwnerEnforced,
            "object writer",
            .fail,
            buckets(S3Bucket(name: "data", ownershipControls: .value(.objectWriter)))
        ),
        ControlCase(C.bucketOwnerEnforced, "buckets unreadable", .unknown, unreadableBuckets),
        ControlCase(
            C.bucketCrossAccount,
            "organization-only statement",
            .pass,
            buckets(
                S3Bucket(
                    name: "data",
                    policy: bucketPolicy(
                        allow(
                            "\"s3:PutBucketPolicy\"",
                            on: "\"arn:aws:s3:::data\"",
                            principal: "\"*\"",
                            condition: "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}"
                        )
                    )
                )
            )
        ),
        ControlCase(
            C.bucketCrossAccount,
            "another account may rewrite the policy",
            .fail,
            buckets(
                S3Bucket(
                    name: "data",
                    policy: bucketPolicy(
                        allow(
                            "\"s3:PutBucketPolicy\"",
                            on: "\"arn:aws:s3:::data\"",
                            principal: "{\"AWS\": \"444455556666\"}"
                        )
                    )
                )
            )
        ),
        ControlCase(
            C.bucketCrossAccount,
            "policy unreadable",
            .unknown,
            buckets(S3Bucket(name: "data", policy: .unknown(denied("s3api get-bucket-policy"))))
        ),
    ]

    // EC2 and RDS user guides: encryption at rest, snapshot sharing, backups.
    static let blockStorage: [ControlCase] = [
        ControlCase(C.ebsDefaultEncryption, "on", .pass, regional { $0.ec2.ebsEncryptionByDefault = .value(true) }),
        ControlCase(C.ebsDefaultEncryption, "off", .fail, regional { $0.ec2.ebsEncryptionByDefault = .value(false) }),
        ControlCase(
            C.ebsDefaultEncryption,
            "unreadable",
            .unknown,
            regional { $0.ec2.ebsEncryptionByDefault = .unknown(denied("ec2 get-ebs-encryption-by-default")) }
        ),
        ControlCase(
            C.ebsVolumeEncryption,
            "encrypted",
            .pass,
            regional {
                $0.ec2.volumes = .value([
                    EBSVolume(volumeID: "vol-1", encrypted: true, attachments: [VolumeAttachment(instanceID: "i-1")])
                ])
            }
        ),
        ControlCase(
            C.ebsVolumeEncryption,
            "unencrypted",
            .fail,
            regional {
                $0.ec2.volumes = .value([
                    EBSVolume(volumeID: "vol-1", attachments: [VolumeAttachment(instanceID: "i-1")])
                ])
            }
        ),
        ControlCase(
            C.ebsVolumeEncryption,
            "volumes unreadable",
            .unknown,
            regional { $0.ec2.volumes = .unknown(denied("ec2 describe-volumes")) }
        ),
        ControlCase(
            C.ebsSnapshotsPrivate,
            "private",
            .pass,
            regional {
                $0.ec2.snapshots = .value([EBSSnapshot(snapshotID: "snap-1", createVolumePermissions: .value([]))])
            }
        ),
        ControlCase(
            C.ebsSnapshotsPrivate,
            "shared with all",
            .fail,
            regional {
                $0.ec2.snapshots = .value([
                    EBSSnapshot(
                        snapshotID: "snap-1",
                        createVolumePermissions: .value([CreateVolumePermission(group: "all")])
                    )
                ])
            }
        ),
        ControlCase(
            C.ebsSnapshotsPrivate,
            "permissions unreadable",
            .unknown,
            regional {
                $0.ec2.snapshots = .value([
                    EBSSnapshot(
                        snapshotID: "snap-1",
                        createVolumePermissions: .unknown(denied("ec2 describe-snapshot-attribute"))
                    )
                ])
            }
        ),
        ControlCase(
            C.rdsInstanceEncryption,
            "encrypted",
            .pass,
            regional { $0.rds.dbInstances = .value([DBInstance(dbInstanceIdentifier: "db", storageEncrypted: true)]) }
        ),
        ControlCase(
            C.rdsInstanceEncryption,
            "unencrypted",
            .fail,
            regional { $0.rds.dbInstances = .value([DBInstance(dbInstanceIdentifier: "db")]) }
        ),
        ControlCase(
            C.rdsInstanceEncryption,
            "unreadable",
            .unknown,
            regional { $0.rds.dbInstances = .unknown(denied("rds describe-db-instances")) }
        ),
        ControlCase(
            C.rdsClusterEncryption,
            "encrypted",
            .pass,
            regional { $0.rds.dbClusters = .value([DBCluster(dbClusterIdentifier: "c", storageEncrypted: true)]) }
        ),
        ControlCase(
            C.rdsClusterEncryption,
            "unencrypted",
            .fail,
            regional { $0.rds.dbClusters = .value([DBCluster(dbClusterIdentifier: "c")]) }
        ),
        ControlCase(
            C.rdsClusterEncryption,
            "unreadable",
            .unknown,
            regional { $0.rds.dbClusters = .unknown(denied("rds describe-db-clusters")) }
        ),
        ControlCase(
            C.rdsSnapshots,
            "private and encrypted",
            .pass,
            regional {
                $0.rds.dbSnapshots = .value([
                    DBSnapshot(identifier: "s", encrypted: true, restoreAttributeValues: .value([]))
                ])
            }
        ),
        ControlCase(
            C.rdsSnapshots,
            "public",
            .fail,
            regional {
                $0.rds.dbSnapshots = .value([
                    DBSnapshot(identifier: "s", encrypted: true, restoreAttributeValues: .value(["all"]))
                ])
            }
        ),
        ControlCase(
            C.rdsSnapshots,
            "sharing unreadable",
            .unknown,
            regional {
                $0.rds.dbSnapshots = .value([
                    DBSnapshot(
                        identifier: "s",
                        encrypted: true,
                        restoreAttributeValues: .unknown(denied("rds describe-db-snapshot-attributes"))
                    )
                ])
            }
        ),
        ControlCase(
            C.rdsBackups,
            "7 days",
            .pass,
            regional { $0.rds.dbInstances = .value([DBInstance(dbInstanceIdentifier: "db", backupRetentionPeriod: 7)]) }
        ),
        ControlCase(
            C.rdsBackups,
            "1 day",
            .fail,
            regional { $0.rds.dbInstances = .value([DBInstance(dbInstanceIdentifier: "db", backupRetentionPeriod: 1)]) }
        ),
        ControlCase(
            C.rdsBackups,
            "unreadable",
            .unknown,
            regional { $0.rds.dbInstances = .unknown(denied("rds describe-db-instances")) }
        ),
        ControlCase(
            C.backupPlans,
            "volume and a plan",
            .pass,
            regional {
                $0.ec2.volumes = .value([EBSVolume(volumeID: "vol-1")])
                $0.backup.plans = .value([BackupPlan(backupPlanID: "p1")])
            }
        ),
        ControlCase(
            C.backupPlans,
            "volume and no plan",
            .fail,
            regional {
                $0.ec2.volumes = .value([EBSVolume(volumeID: "vol-1")])
                $0.backup.plans = .value([])
            }
        ),
        ControlCase(
            C.backupPlans,
            "plans unreadable",
            .unknown,
            regional {
                $0.ec2.volumes = .value([EBSVolume(volumeID: "vol-1")])
                $0.backup.plans = .unknown(denied("backup list-backup-plans"))
            }
        ),
        ControlCase(
            C.backupVaultLock,
            "locked",
            .pass,
            regional { $0.backup.vaults = .value([BackupVault(backupVaultName: "v", locked: true)]) }
        ),
        ControlCase(
            C.backupVaultLock,
            "unlocked",
            .fail,
            regional { $0.backup.vaults = .value([BackupVault(backupVaultName: "v")]) }
        ),
        ControlCase(
            C.backupVaultLock,
            "unreadable",
            .unknown,
            regional { $0.backup.vaults = .unknown(denied("backup list-backup-vaults")) }
        ),
    ]

    // EFS, DynamoDB, KMS, Secrets Manager, SNS, SQS and Macie.
    static let stores: [ControlCase] = [
        ControlCase(C.efsEncryption, "encrypted", .pass, fileSystem()),
        ControlCase(C.efsEncryption, "unencrypted", .fail, fileSystem(encrypted: false)),
        ControlCase(C.efsEncryption, "unreadable", .unknown, unreadableFileSystems),
        ControlCase(C.efsBackups, "enabled", .pass, fileSystem()),
        ControlCase(C.efsBackups, "disabled", .fail, fileSystem(backup: .value("DISABLED"))),
        ControlCase(
            C.efsBackups,
            "backup policy unreadable",
            .unknown,
            fileSystem(backup: .unknown(denied("efs describe-backup-policy")))
        ),
        ControlCase(C.efsPolicy, "no policy", .pass, fileSystem()),
        ControlCase(
            C.efsPolicy,
            "mount from anywhere",
            .fail,
            fileSystem(policy: allow("\"elasticfilesystem:ClientMount\"", principal: "{\"AWS\": \"*\"}"))
        ),
        ControlCase(C.efsPolicy, "unreadable", .unknown, unreadableFileSystems),
        ControlCase(
            C.dynamoDBRecovery,
            "PITR and deletion protection",
            .pass,
            table(description: .value(TableDescription(deletionProtectionEnabled: true)))
        ),
        ControlCase(
            C.dynamoDBRecovery,
            "no PITR",
            .fail,
            table(pitr: .value("DISABLED"), description: .value(TableDescription(deletionProtectionEnabled: true)))
        ),
        ControlCase(
            C.dynamoDBRecovery,
            "PITR unreadable",
            .unknown,
            table(
                pitr: .unknown(denied("dynamodb describe-continuous-backups")),
                description: .value(TableDescription(deletionProtectionEnabled: true))
            )
        ),
        ControlCase(
            C.dynamoDBKMS,
            "KMS key",
            .pass,
            table(
                description: .value(TableDescription(sseDescription: SSEDescription(status: "ENABLED", sseType: "KMS")))
            )
        ),
        ControlCase(C.dynamoDBKMS, "owned key", .fail, table(description: .value(TableDescription()))),
        ControlCase(
            C.dynamoDBKMS,
            "unreadable",
            .unknown,
            table(description: .unknown(denied("dynamodb describe-table")))
        ),
        ControlCase(C.kmsRotation, "rotating", .pass, key()),
        ControlCase(
            C.kmsRotation,
            "not rotating",
            .fail,
            key(rotation: .value(KeyRotationStatus(keyRotationEnabled: false)))
        ),
        ControlCase(
            C.kmsRotation,
            "rotation unreadable",
            .unknown,
            key(rotation: .unknown(denied("kms get-key-rotation-status")))
        ),
        ControlCase(C.kmsPendingDeletion, "enabled", .pass, key()),
        ControlCase(C.kmsPendingDeletion, "pending deletion", .fail, key(state: "PendingDeletion")),
        ControlCase(C.kmsPendingDeletion, "unreadable", .unknown, unreadableKeys),
        ControlCase(
            C.kmsKeyPolicy,
            "account root only",
            .pass,
            key(policy: allow("\"kms:*\"", principal: "{\"AWS\": \"arn:aws:iam::\(account):root\"}"))
        ),
        ControlCase(
            C.kmsKeyPolicy,
            "anyone may decrypt",
            .fail,
            key(policy: allow("\"kms:Decrypt\"", principal: "\"*\""))
        ),
        ControlCase(
            C.kmsKeyPolicy,
            "key policy unreadable",
            .unknown,
            regional {
                $0.kms.keys = .value([
                    KMSKey(
                        keyID: "k1",
                        keyARN: arn("arn:aws:kms:us-east-1:\(account):key/k1"),
                        metadata: .value(KMSKeyMetadata(keyID: "k1", keyManager: .customer)),
                        policy: .unknown(denied("kms get-key-policy"))
                    )
                ])
            }
        ),
        ControlCase(C.secretRotation, "rotated 10 days ago", .pass, secret()),
        ControlCase(C.secretRotation, "rotation off", .fail, secret(enabled: false)),
        ControlCase(C.secretRotation, "secrets unreadable", .unknown, unreadableSecrets),
        ControlCase(C.unusedSecrets, "read yesterday", .pass, secret()),
        ControlCase(C.unusedSecrets, "unread for 200 days", .fail, secret(accessed: daysAgo(200))),
        ControlCase(C.unusedSecrets, "secrets unreadable", .unknown, unreadableSecrets),
        ControlCase(C.secretKMS, "customer key", .pass, secret()),
        ControlCase(C.secretKMS, "AWS managed key", .fail, secret(kms: nil)),
        ControlCase(C.secretKMS, "secrets unreadable", .unknown, unreadableSecrets),
        ControlCase(C.secretPolicy, "no policy", .pass, secret()),
        ControlCase(
            C.secretPolicy,
            "another account may read",
            .fail,
            secret(
                policy: allow(
                    "\"secretsmanager:GetSecretValue\"",
                    principal: "{\"AWS\": \"arn:aws:iam::444455556666:role/reader\"}"
                )
            )
        ),
        ControlCase(C.secretPolicy, "secrets unreadable", .unknown, unreadableSecrets),
        ControlCase(C.snsEncryption, "KMS key", .pass, topic(.value(TopicAttributes(kmsMasterKeyID: "alias/aws/sns")))),
        ControlCase(C.snsEncryption, "no key", .fail, topic(.value(TopicAttributes()))),
        ControlCase(
            C.snsEncryption,
            "attributes unreadable",
            .unknown,
            topic(.unknown(denied("sns get-topic-attributes")))
        ),
        ControlCase(
            C.snsTopicPolicy,
            "publish limited by aws:SourceAccount",
            .pass,
            topic(
                .value(
                    TopicAttributes(
                        policy: policy(
                            allow(
                                "\"sns:Publish\"",
                                on: "\"\(topicARN)\"",
                                principal: "\"*\"",
                                condition: "{\"StringEquals\": {\"aws:SourceAccount\": \"\(account)\"}}"
                            ),
                            kind: .resource
                        )
                    )
                )
            )
        ),
        ControlCase(
            C.snsTopicPolicy,
            "anyone may publish",
            .fail,
            topic(
                .value(
                    TopicAttributes(
                        policy: policy(
                            allow("\"sns:Publish\"", on: "\"\(topicARN)\"", principal: "\"*\""),
                            kind: .resource
                        )
                    )
                )
            )
        ),
        ControlCase(
            C.snsTopicPolicy,
            "attributes unreadable",
            .unknown,
            topic(.unknown(denied("sns get-topic-attributes")))
        ),
        ControlCase(C.sqsEncryption, "SSE-SQS", .pass, queue(.value(QueueAttributes(sqsManagedSSEEnabled: "true")))),
        ControlCase(
            C.sqsEncryption,
            "unencrypted",
            .fail,
            queue(.value(QueueAttributes(sqsManagedSSEEnabled: "false")))
        ),
        ControlCase(
            C.sqsEncryption,
            "attributes unreadable",
            .unknown,
            queue(.unknown(denied("sqs get-queue-attributes")))
        ),
        ControlCase(C.sqsQueuePolicy, "no policy", .pass, queue(.value(QueueAttributes(queueARN: arn(queueARN))))),
        ControlCase(
            C.sqsQueuePolicy,
            "anyone may send",
            .fail,
            queue(
                .value(
                    QueueAttributes(
                        queueARN: arn(queueARN),
                        policy: policy(
                            allow("\"sqs:SendMessage\"", on: "\"\(queueARN)\"", principal: "\"*\""),
                            kind: .resource
                        )
                    )
                )
            )
        ),
        ControlCase(
            C.sqsQueuePolicy,
            "attributes unreadable",
            .unknown,
            queue(.unknown(denied("sqs get-queue-attributes")))
        ),
        ControlCase(
            C.macieEnabled,
            "enabled",
            .pass,
            regional { $0.macie.session = .value(MacieSession(status: "ENABLED")) }
        ),
        ControlCase(C.macieEnabled, "not enabled", .fail, regional { _ in }),
        ControlCase(
            C.macieEnabled,
            "unreadable",
            .unknown,
            regional { $0.macie.session = .unknown(denied("macie2 get-macie-session")) }
        ),
    ]

    // Elastic Load Balancing and CloudFront developer guides: TLS in transit.
    static let transit: [ControlCase] = [
        ControlCase(
            C.httpRedirect,
            "HTTP redirects to HTTPS",
            .pass,
            balancer(
                .value([
                    Listener(
                        listenerARN: arn("l1"),
                        port: 80,
                        protocolName: "HTTP",
                        defaultActions: [
                            ListenerAction(type: "redirect", redirectConfig: RedirectConfig(protocolName: "HTTPS"))
                        ]
                    )
                ])
            )
        ),
        ControlCase(
            C.httpRedirect,
            "HTTP forwards",
            .fail,
            balancer(
                .value([
                    Listener(
                        listenerARN: arn("l1"),
                        port: 80,
                        protocolName: "HTTP",
                        defaultActions: [ListenerAction(type: "forward")]
                    )
                ])
            )
        ),
        ControlCase(
            C.httpRedirect,
            "listeners unreadable",
            .unknown,
            balancer(.unknown(denied("elbv2 describe-listeners")))
        ),
        ControlCase(
            C.listenerTLSPolicy,
            "TLS 1.3 policy",
            .pass,
            balancer(
                .value([
                    Listener(
                        listenerARN: arn("l1"),
                        port: 443,
                        protocolName: "HTTPS",
                        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06"
                    )
                ])
            )
        ),
        ControlCase(
            C.listenerTLSPolicy,
            "2016 policy",
            .fail,
            balancer(
                .value([
                    Listener(
                        listenerARN: arn("l1"),
                        port: 443,
                        protocolName: "HTTPS",
                        sslPolicy: "ELBSecurityPolicy-2016-08"
                    )
                ])
            )
        ),
        ControlCase(
            C.listenerTLSPolicy,
            "listeners unreadable",
            .unknown,
            balancer(.unknown(denied("elbv2 describe-listeners")))
        ),
        ControlCase(
            C.distributionHTTPS,
            "redirects viewers, HTTPS to origin",
            .pass,
            distribution(
                .value(
                    DistributionConfig(
                        origins: [
                            CloudFrontOrigin(
                                id: "o",
                                domainName: "api.example.com",
                                originProtocolPolicy: "https-only",
                                originSSLProtocols: ["TLSv1.2"]
                            )
                        ],
                        viewerProtocolPolicies: ["redirect-to-https"]
                    )
                )
            )
        ),
        ControlCase(
            C.distributionHTTPS,
            "allow-all viewers",
            .fail,
            distribution(.value(DistributionConfig(viewerProtocolPolicies: ["allow-all"])))
        ),
        ControlCase(
            C.distributionHTTPS,
            "configuration unreadable",
            .unknown,
            distribution(.unknown(denied("cloudfront get-distribution-config")))
        ),
        ControlCase(
            C.distributionViewerTLS,
            "TLSv1.2_2021 with SNI",
            .pass,
            distribution(.value(DistributionConfig(viewerCertificate: customCertificate)))
        ),
        ControlCase(
            C.distributionViewerTLS,
            "TLSv1 policy",
            .fail,
            distribution(
                .value(
                    DistributionConfig(
                        viewerCertificate: ViewerCertificate(
                            acmCertificateARN: arn("c"),
                            minimumProtocolVersion: "TLSv1",
                            sslSupportMethod: "sni-only"
                        )
                    )
                )
            )
        ),
        ControlCase(
            C.distributionViewerTLS,
            "configuration unreadable",
            .unknown,
            distribution(.unknown(denied("cloudfront get-distribution-config")))
        ),
    ]
}

@Suite struct DataProtectionTests {
    @Test(arguments: DataCases.all)
    func status(_ row: ControlCase) {
        #expect(row.statuses == [row.expected], "\(row.testDescription)")
    }
}
