// Ten typical controls in one file: Scripts/ci-dsl-diagnostics.sh type-checks it with
// -debug-time-function-bodies and -debug-time-expression-type-checking and reports the slowest.
import BulwarkControls
import BulwarkModels

let maximumAge = Parameter("maximumAgeDays", default: 90, "Days before a key must be rotated")

let c1 = Control(id: "T-1", title: "Buckets keep versions", domain: .dataProtection, severity: .low, over: \.s3.buckets)
{
    bucket,
    _ in
    expect(bucket.versioning, "\(bucket.name) has no versioning") { $0.status == .enabled }
}

let c2 = Control(
    id: "T-2",
    title: "Buckets are private",
    domain: .dataProtection,
    severity: .critical,
    over: \.s3.buckets
) {
    bucket,
    context in
    denies(.anonymous, "s3:GetObject", on: "arn:aws:s3:::\(bucket.name)/*", policy: bucket.policy, in: context)
    denies(.anyOtherAccount, "s3:PutObject", on: "arn:aws:s3:::\(bucket.name)/*", policy: bucket.policy, in: context)
}

let c3 = Control(id: "T-3", title: "Buckets encrypt", domain: .dataProtection, severity: .medium, over: \.s3.buckets) {
    bucket,
    _ in
    require(bucket.encryption, "\(bucket.name) has no default encryption")
}

let c4 = Control(id: "T-4", title: "Password length", domain: .identityAndAccess, severity: .medium) { context in
    require(context.snapshot.iam.passwordPolicy, "no password policy") { policy in
        expect((policy.minimumPasswordLength ?? 0) >= 14, "passwords are short")
        expect(policy.requireSymbols, "symbols are not required")
    }
}

let c5 = Control(
    id: "T-5",
    title: "Keys rotate",
    domain: .identityAndAccess,
    severity: .medium,
    parameters: [maximumAge],
    over: \.iam.users
) { user, context in
    ifConfigured(user.accessKeys) { keys in
        for key in keys where key.status == .active {
            let days = key.createDate.map { context.now.timeIntervalSince($0) / 86_400 } ?? .infinity
            expect(days <= Double(context[maximumAge]), "\(key.accessKeyID) is \(Int(days)) days old")
        }
    }
}

let c6 = Control(
    id: "T-6",
    title: "EBS default encryption",
    domain: .dataProtection,
    severity: .medium,
    in: .everyRegion
) {
    region,
    _ in
    expect(region.ec2.ebsEncryptionByDefault, "off in \(region.name)") { $0 }
}

let c7 = Control(
    id: "T-7",
    title: "Security groups allow no inbound traffic from everywhere",
    domain: .infrastructureProtection,
    severity: .high,
    over: \.ec2.securityGroups
) { group, _ in
    for permission in group.ipPermissions {
        let open = permission.ipRanges.contains { $0.cidrIP == "0.0.0.0/0" }
        expect(!open, "\(group.groupID) allows \(permission.ipProtocol) from 0.0.0.0/0")
    }
}

let c8 = Control(id: "T-8", title: "KMS keys are enabled", domain: .dataProtection, severity: .low, over: \.kms.keys) {
    key,
    _ in
    switch key.metadata {
    case .value(let metadata): expect(metadata.enabled, "\(key.keyID) is disabled")
    case .notConfigured: notApplicable("no metadata")
    case .unknown(let reason): unknown(reason)
    }
}

let c9 = Control(
    id: "T-9",
    title: "GuardDuty is on",
    domain: .detectiveControls,
    severity: .high,
    over: \.guardDuty.detectors
) { detector, _ in
    expect(detector.status == .enabled, "\(detector.detectorID) is disabled")
}

let c10 = Control(
    id: "T-10",
    title: "Trails log every region",
    domain: .detectiveControls,
    severity: .high,
    over: \.cloudTrail.trails
) {
    trail,
    _ in
    switch trail.isMultiRegionTrail {
    case true: pass()
    case false: fail("\(trail.name) logs one region")
    }
}
