import BulwarkControls
import BulwarkIAM
import BulwarkModels

// Practices: CloudTrail bucket not public, centralized logging to an immutable bucket, access logs.

extension BuiltInControls {
    /// DET-005: the CloudTrail bucket is not public.
    static let trailBucketNotPublic: Control = Control(
        id: "DET-005",
        title: "The S3 bucket CloudTrail delivers to is not publicly accessible",
        domain: .detectiveControls,
        severity: .critical,
        references: [.fsbp("CloudTrail.6")],
        rationale: "Practice: CloudTrail bucket not public. Public audit logs reveal the account's resources and "
            + "activity to attackers. Judged by the IAM evaluator after account and bucket Block Public Access.",
        remediation: Remediation(
            "Turn on Block Public Access for the bucket and remove public statements and ACL grants.",
            cli: "aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration "
                + "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true"
        ),
        over: \.cloudTrail.trails
    ) { trail, context in
        inHomeRegion(trail, context) {
            withBucket(named: trail.s3BucketName, context, what: "trail \(trail.name)") { bucket in
                bucketNotPublic(bucket, context)
            }
        }
    }

    /// DET-006: the CloudTrail bucket has server access logging.
    static let trailBucketAccessLogging: Control = Control(
        id: "DET-006",
        title: "The S3 bucket CloudTrail delivers to has server access logging",
        domain: .detectiveControls,
        severity: .low,
        references: [.cis5("3.4"), .cis7("4.4"), .fsbp("CloudTrail.7")],
        rationale: "Practice: centralized logging. Access logs on the log bucket show who read or deleted the "
            + "audit trail itself.",
        remediation: Remediation(
            "Enable server access logging on the trail's bucket.",
            cli: "aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status "
                + "'{\"LoggingEnabled\":{\"TargetBucket\":\"<log-bucket>\",\"TargetPrefix\":\"cloudtrail/\"}}'"
        ),
        over: \.cloudTrail.trails
    ) { trail, context in
        inHomeRegion(trail, context) {
            withBucket(named: trail.s3BucketName, context, what: "trail \(trail.name)") { bucket in
                expect(bucket.logging, "\(bucket.name) has no server access logging") { _ in true }
            }
        }
    }

    /// The Object Lock mode the log archive must use.
    static let objectLockMode = Parameter(
        "objectLockMode",
        default: "COMPLIANCE",
        "Object Lock retention mode required"
    )
    /// The shortest default retention of the log archive, in days.
    static let objectLockDays = Parameter(
        "minimumRetentionDays",
        default: 365,
        "Shortest Object Lock default retention"
    )

    /// DET-020: the CloudTrail bucket is immutable.
    static let immutableLogArchive: Control = Control(
        id: "DET-020",
        title: "CloudTrail delivers to an immutable bucket (Object Lock, or versioning with MFA delete)",
        domain: .detectiveControls,
        severity: .medium,
        references: [.documentation("https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html")],
        rationale: "Practice: centralized logging to an immutable bucket. An attacker with the account's "
            + "credentials deletes the logs first; Object Lock in compliance mode (or MFA delete) stops that.",
        remediation: Remediation(
            "Deliver to a log-archive bucket with Object Lock in compliance mode and a default retention.",
            cli: "aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration "
                + "'{\"ObjectLockEnabled\":\"Enabled\",\"Rule\":{\"DefaultRetention\":{\"Mode\":\"COMPLIANCE\",\"Days\":365}}}'"
        ),
        parameters: [objectLockMode, objectLockDays],
        over: \.cloudTrail.trails
    ) { trail, context in
        inHomeRegion(trail, context) {
            withBucket(named: trail.s3BucketName, context, what: "trail \(trail.name)") { bucket in
                let mfaDelete = bucket.versioning.valueIfPresent.map {
                    $0.status == .enabled && $0.mfaDelete == .enabled
                }
                if mfaDelete == true {
                    pass()
                } else {
                    expect(
                        bucket.objectLock,
                        "\(bucket.name) has neither Object Lock in \(context[objectLockMode]) "
                            + "mode for \(context[objectLockDays]) days nor versioning with MFA delete"
                    ) { lock in
                        let retention = lock.rule?.defaultRetention
                        let days = (retention?.days ?? 0) + (retention?.years ?? 0) * 365
                        return lock.objectLockEnabled == "Enabled" && retention?.mode == context[objectLockMode]
                            && days >= context[objectLockDays]
                    }
                }
            }
        }
    }

    /// DET-021: buckets have server access logging.
    static let bucketAccessLogging: Control = Control(
        id: "DET-021",
        title: "S3 buckets have server access logging enabled",
        domain: .detectiveControls,
        severity: .medium,
        references: [.fsbp("S3.9")],
        rationale: "Practice: centralized logging. Server access logs record requests that CloudTrail data "
            + "events may not (and cost nothing extra to enable).",
        remediation: Remediation(
            "Enable server access logging to a central log bucket.",
            cli: "aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status "
                + "'{\"LoggingEnabled\":{\"TargetBucket\":\"<log-bucket>\",\"TargetPrefix\":\"<bucket>/\"}}'"
        ),
        over: \.s3.buckets
    ) { bucket, _ in
        expect(bucket.logging, "\(bucket.name) has no server access logging") { _ in true }
    }

    /// DET-015: load balancers write access logs.
    static let loadBalancerAccessLogs: Control = Control(
        id: "DET-015",
        title: "Application and Network Load Balancers write access logs",
        domain: .detectiveControls,
        severity: .medium,
        references: [.cis7("4.10"), .fsbp("ELB.5")],
        rationale: "Practice: centralized logging of web front-ends. Access logs are the record of who called "
            + "an internet-facing service.",
        remediation: Remediation(
            "Enable access logs on the load balancer.",
            cli: "aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes "
                + "Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>"
        ),
        over: \.elbv2.loadBalancers
    ) { balancer, _ in
        if balancer.type == "gateway" {
            notApplicable("gateway load balancers have no access logs")
        } else {
            expect(balancer.attributes, "\(balancer.loadBalancerName) writes no access logs") {
                $0["access_logs.s3.enabled"] == "true"
            }
        }
    }

    /// DET-024: CloudFront distributions write access logs.
    static let distributionAccessLogs: Control = Control(
        id: "DET-024",
        title: "CloudFront distributions write standard access logs",
        domain: .detectiveControls,
        severity: .medium,
        references: [.fsbp("CloudFront.5")],
        rationale: "Practice: centralized logging of web front-ends.",
        remediation: Remediation(
            "Enable standard logging on the distribution.",
            console: "CloudFront › Distributions › <id> › General › Settings › Standard logging"
        ),
        over: \.cloudFront.distributions
    ) { distribution, _ in
        expect(distribution.config, "distribution \(distribution.id) writes no access logs") { $0.loggingEnabled }
    }

    /// DET-018: log groups are encrypted with KMS.
    static let logGroupEncryption: Control = Control(
        id: "DET-018",
        title: "CloudWatch Logs log groups are encrypted with a KMS key",
        domain: .detectiveControls,
        severity: .medium,
        references: [
            .documentation("https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html")
        ],
        rationale: "Practice: encryption of logs. Logs carry secrets by accident; a customer key adds a key "
            + "policy between readers and the content.",
        remediation: Remediation(
            "Associate a KMS key with the log group.",
            cli: "aws logs associate-kms-key --log-group-name <group> --kms-key-id <key-arn>"
        ),
        over: \.logs.logGroups
    ) { group, _ in
        expect(group.kmsKeyID != nil, "\(group.logGroupName) is not encrypted with a KMS key")
    }
}
