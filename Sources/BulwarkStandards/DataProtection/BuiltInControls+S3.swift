import BulwarkControls
import BulwarkIAM
import BulwarkModels

// Practices: S3 public access (account and bucket Block Public Access), TLS in transit
// (aws:SecureTransport), encryption at rest, versioning and MFA delete, ACLs, cross-account grants.

extension BuiltInControls {
    /// DP-041: the account's S3 Block Public Access is fully on.
    static let accountPublicAccessBlock: Control = Control(
        id: "DP-041",
        title: "S3 Block Public Access is fully enabled for the account",
        domain: .dataProtection,
        severity: .high,
        references: [.cis5("2.1.4"), .cis7("3.1.4"), .fsbp("S3.1")],
        rationale: "Practice: S3 public access. The account-level setting overrides every bucket's policy and ACL "
            + "and protects buckets created later.",
        remediation: Remediation(
            "Turn on all four account-level Block Public Access settings.",
            cli: "aws s3control put-public-access-block --account-id <account> --public-access-block-configuration "
                + "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true"
        )
    ) { context in
        expect(context.snapshot.s3.accountPublicAccessBlock, "the account's S3 Block Public Access is not fully on") {
            $0.blocksAllPublicAccess
        }
    }

    /// DP-004: every bucket is covered by Block Public Access.
    static let bucketPublicAccessBlock: Control = Control(
        id: "DP-004",
        title: "Every S3 bucket is covered by all four Block Public Access settings (account or bucket)",
        domain: .dataProtection,
        severity: .high,
        references: [.cis5("2.1.4"), .cis7("3.1.4"), .fsbp("S3.8")],
        rationale: "Practice: S3 public access. A setting on either the account or the bucket applies; "
            + "the bucket is covered when each of the four is on at one of the two levels.",
        remediation: Remediation(
            "Turn on Block Public Access for the bucket.",
            cli: "aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration "
                + "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true"
        ),
        over: \.s3.buckets
    ) { bucket, context in
        let account = context.snapshot.s3.accountPublicAccessBlock
        let settings: [KeyPath<PublicAccessBlockConfiguration, Bool>] = [
            \.blockPublicAcls, \.ignorePublicAcls, \.blockPublicPolicy, \.restrictPublicBuckets,
        ]
        let values = settings.map { blockSetting(account, bucket.publicAccessBlock, $0) }
        if values.allSatisfy({ $0 == true }) {
            pass()
        } else if values.contains(false) {
            fail("\(bucket.name) is not covered by every Block Public Access setting")
        } else {
            unknown(
                account.unreadable ?? bucket.publicAccessBlock.unreadable ?? .failed("s3api get-public-access-block")
            )
        }
    }

    /// DP-006: no bucket is public.
    static let bucketNotPublicControl: Control = Control(
        id: "DP-006",
        title: "No S3 bucket is publicly readable or writable through its policy or ACL",
        domain: .dataProtection,
        severity: .critical,
        references: [.cis7("2.21"), .fsbp("S3.2"), .fsbp("S3.3")],
        rationale: "Practice: resource policy is not public. The IAM evaluator asks whether an anonymous caller "
            + "may read, write or list the bucket, after the account and bucket Block Public Access settings.",
        remediation: Remediation(
            "Remove the public statement or ACL grant, and turn on Block Public Access.",
            cli:
                "aws s3api delete-bucket-policy --bucket <bucket> && aws s3api put-bucket-acl --bucket <bucket> --acl private"
        ),
        over: \.s3.buckets
    ) { bucket, context in
        bucketNotPublic(bucket, context)
    }

    /// DP-007: bucket policies deny requests without TLS.
    static let bucketSecureTransport: Control = Control(
        id: "DP-007",
        title: "S3 bucket policies deny requests that do not use TLS",
        domain: .dataProtection,
        severity: .medium,
        references: [.cis5("2.1.1"), .cis7("3.1.1"), .fsbp("S3.5")],
        rationale: "Practice: TLS in transit (S3 SecureTransport). The evaluator asks whether a fully "
            + "privileged principal of the account is explicitly denied s3:GetObject when aws:SecureTransport is false.",
        remediation: Remediation(
            "Add a Deny statement for all principals and actions when aws:SecureTransport is false.",
            cli: "aws s3api put-bucket-policy --bucket <bucket> --policy file://deny-insecure-transport.json"
        ),
        over: \.s3.buckets
    ) { bucket, context in
        let arn = bucket.arn(partition: context.partition)
        expect(bucket.policy, "\(bucket.name) does not deny requests without TLS") { policy in
            guard case .success(let document) = policy.parsed,
                let request = try? AuthorizationRequest(
                    principal: "arn:\(context.partition):iam::\(context.accountID):role/bulwark-probe",
                    action: "s3:GetObject",
                    resource: "\(arn)/probe",
                    resourceAccount: context.accountID,
                    context: ["aws:SecureTransport": false]
                )
            else { return false }
            let set = PolicySet(identityPolicies: [PolicyDocument.allowAll], resourcePolicy: document)
            return set.decision(for: request) == .explicitDeny
        }
    }

    /// DP-008: buckets encrypt with SSE-KMS.
    static let bucketKMSEncryption: Control = Control(
        id: "DP-008",
        title: "S3 buckets encrypt new objects with SSE-KMS by default",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("S3.17")],
        rationale: "Practice: encryption at rest (S3). SSE-KMS puts a key policy and CloudTrail records in front "
            + "of every object read.",
        remediation: Remediation(
            "Set SSE-KMS as the bucket's default encryption.",
            cli: "aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration "
                + "'{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":\"<key>\"},\"BucketKeyEnabled\":true}]}'"
        ),
        over: \.s3.buckets
    ) { bucket, _ in
        expect(bucket.encryption, "\(bucket.name) does not default to SSE-KMS") { encryption in
            encryption.rules.contains { rule in
                let algorithm = rule.applyServerSideEncryptionByDefault?.sseAlgorithm
                return algorithm == .awsKMS || algorithm == .awsKMSDSSE
            }
        }
    }

    /// DP-009: buckets keep old versions.
    static let bucketVersioningControl: Control = Control(
        id: "DP-009",
        title: "S3 buckets have versioning enabled",
        domain: .dataProtection,
        severity: .low,
        references: [.fsbp("S3.14")],
        rationale: "Practice: backups (S3 versioning). Versioning recovers objects that were overwritten or "
            + "deleted by mistake or by ransomware.",
        remediation: Remediation(
            "Enable versioning.",
            cli: "aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled"
        ),
        over: \.s3.buckets
    ) { bucket, _ in
        expect(bucket.versioning, "\(bucket.name) does not keep old versions") { $0.status == .enabled }
    }

    /// DP-042: buckets require MFA to delete versions.
    static let bucketMFADelete: Control = Control(
        id: "DP-042",
        title: "S3 buckets require MFA to delete object versions",
        domain: .dataProtection,
        severity: .low,
        references: [.cis5("2.1.2"), .cis7("3.1.2"), .fsbp("S3.20")],
        rationale: "Practice: immutable backups. MFA delete stops stolen credentials alone from destroying "
            + "version history.",
        remediation: Remediation(
            "As the root user with its MFA device, enable MFA delete.",
            cli: "aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration "
                + "Status=Enabled,MFADelete=Enabled --mfa '<serial> <code>'"
        ),
        over: \.s3.buckets
    ) { bucket, _ in
        expect(bucket.versioning, "\(bucket.name) does not require MFA to delete versions") {
            $0.status == .enabled && $0.mfaDelete == .enabled
        }
    }

    /// DP-010: bucket ACLs are disabled.
    static let bucketOwnerEnforced: Control = Control(
        id: "DP-010",
        title: "S3 bucket ACLs are disabled (Object Ownership is BucketOwnerEnforced)",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("S3.12")],
        rationale: "Practice: access control on data. With ACLs disabled, only policies (which the evaluator "
            + "can judge) decide access.",
        remediation: Remediation(
            "Set Object Ownership to BucketOwnerEnforced.",
            cli: "aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls "
                + "Rules=[{ObjectOwnership=BucketOwnerEnforced}]"
        ),
        over: \.s3.buckets
    ) { bucket, _ in
        expect(bucket.ownershipControls, "\(bucket.name) still honours ACLs") { $0 == .bucketOwnerEnforced }
    }

    /// The bucket actions other accounts must not be allowed.
    static let crossAccountBucketActions = Parameter(
        "actions",
        default: [
            "s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutBucketPolicy", "s3:PutEncryptionConfiguration",
            "s3:PutObjectAcl",
        ],
        "Actions on the bucket that no other account may be allowed"
    )

    /// DP-011: bucket policies do not give other accounts control of the bucket.
    static let bucketCrossAccount: Control = Control(
        id: "DP-011",
        title: "S3 bucket policies do not let other accounts change the bucket's access or encryption",
        domain: .dataProtection,
        severity: .high,
        references: [.fsbp("S3.6")],
        rationale: "Practice: resource policy is not cross-account. The evaluator asks whether any other account "
            + "(and each external account the policy names) may change the bucket's policy, ACLs or encryption; "
            + "aws:PrincipalOrgID conditions make the unrelated account deny.",
        remediation: Remediation(
            "Remove the cross-account statement for these actions.",
            cli: "aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json"
        ),
        parameters: [crossAccountBucketActions],
        over: \.s3.buckets
    ) { bucket, context in
        let arn = bucket.arn(partition: context.partition)
        for action in context[crossAccountBucketActions] {
            denies(
                .anyOtherAccount,
                action,
                on: action == "s3:PutObjectAcl" ? "\(arn)/*" : arn,
                policy: bucket.policy,
                in: context
            )
        }
    }
}

extension PolicyDocument {
    /// `Allow * on *`, the identity policy of a fully privileged probe principal.
    static let allowAll = PolicyDocument(
        statements: [PolicyStatement(effect: .allow, action: .action(["*"]), resource: .resource(["*"]))]
    )
}
