import BulwarkControls
import BulwarkModels

// Example controls used across the tests: one per kind of control (account-level, per region,
// over a global collection, over a regional collection, with a policy question).

let minimumLength = Parameter("minimumPasswordLength", default: 14, "Shortest password IAM accepts")

let passwordLength = Control(
    id: "TEST-IAM-1",
    title: "The IAM password policy requires long passwords",
    domain: .identityAndAccess,
    severity: .medium,
    references: [.cis5("1.8"), .fsbp("IAM.15")],
    rationale: "Long passwords resist guessing.",
    remediation: Remediation(
        "Set a minimum password length.",
        cli: "aws iam update-account-password-policy --minimum-password-length 14"
    ),
    parameters: [minimumLength]
) { context in
    expect(
        context.snapshot.iam.passwordPolicy,
        "no password policy, or passwords shorter than \(context[minimumLength])"
    ) {
        ($0.minimumPasswordLength ?? 0) >= context[minimumLength]
    }
}

let bucketVersioning = Control(
    id: "TEST-S3-1",
    title: "S3 buckets keep old versions of objects",
    domain: .dataProtection,
    severity: .low,
    remediation: "Enable versioning.",
    over: \.s3.buckets
) { bucket, _ in
    expect(bucket.versioning, "\(bucket.name) does not keep old versions") { $0.status == .enabled }
}

let bucketNotPublic = Control(
    id: "TEST-S3-2",
    title: "S3 buckets are not readable by anonymous callers",
    domain: .dataProtection,
    severity: .critical,
    over: \.s3.buckets
) { bucket, context in
    denies(.anonymous, "s3:GetObject", on: "arn:aws:s3:::\(bucket.name)/*", policy: bucket.policy, in: context)
    denies(.anyOtherAccount, "s3:PutObject", on: "arn:aws:s3:::\(bucket.name)/*", policy: bucket.policy, in: context)
}

let ebsDefaultEncryption = Control(
    id: "TEST-EC2-1",
    title: "EBS encrypts new volumes by default",
    domain: .dataProtection,
    severity: .medium,
    in: .everyRegion
) { region, _ in
    expect(region.ec2.ebsEncryptionByDefault, "EBS default encryption is off in \(region.name)") { $0 }
}

let noDefaultSecurityGroupRules = Control(
    id: "TEST-EC2-2",
    title: "Security groups named default allow no traffic",
    domain: .infrastructureProtection,
    severity: .high,
    over: \.ec2.securityGroups
) { group, _ in
    if group.groupName == "default" {
        expect(group.ipPermissions.isEmpty, "\(group.groupID) allows inbound traffic")
    } else {
        notApplicable("not a default security group")
    }
}

let guardDutyEnabled = Control(
    id: "TEST-GD-1",
    title: "GuardDuty detectors are enabled",
    domain: .detectiveControls,
    severity: .medium,
    over: \.guardDuty.detectors
) { detector, _ in
    expect(detector.status == .enabled, "detector \(detector.detectorID) is disabled")
}
