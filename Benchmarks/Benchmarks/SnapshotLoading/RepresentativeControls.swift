import Bulwark

// Controls of every shape over the resource kinds the generated snapshot holds, so the scan benchmark
// measures the DSL and the evaluator even before many built-in controls exist: collections global
// and regional, nested observations, loops, and policy questions answered by the IAM evaluator.

let representativeControls: [Control] = [
    Control(id: "B-S3-1", title: "Buckets keep versions", domain: .dataProtection, severity: .low, over: \.s3.buckets) {
        bucket,
        _ in
        expect(bucket.versioning, "\(bucket.name) has no versioning") { $0.status == .enabled }
    },
    Control(
        id: "B-S3-2",
        title: "Buckets are private",
        domain: .dataProtection,
        severity: .critical,
        over: \.s3.buckets
    ) {
        bucket,
        context in
        denies(.anonymous, "s3:GetObject", on: "arn:aws:s3:::\(bucket.name)/*", policy: bucket.policy, in: context)
        denies(
            .anyOtherAccount,
            "s3:PutObject",
            on: "arn:aws:s3:::\(bucket.name)/*",
            policy: bucket.policy,
            in: context
        )
    },
    Control(id: "B-S3-3", title: "Buckets encrypt", domain: .dataProtection, severity: .medium, over: \.s3.buckets) {
        bucket,
        _ in
        require(bucket.encryption, "\(bucket.name) has no default encryption")
        ifConfigured(bucket.publicAccessBlock) { block in
            expect(block.blockPublicPolicy, "\(bucket.name) does not block public policies")
        }
    },
    Control(
        id: "B-IAM-1",
        title: "Users have no inline policies",
        domain: .identityAndAccess,
        severity: .low,
        over: \.iam.users
    ) {
        user,
        _ in
        expect(user.userPolicyList.isEmpty, "\(user.userName) has inline policies")
    },
    Control(
        id: "B-EC2-1",
        title: "Volumes are encrypted",
        domain: .dataProtection,
        severity: .medium,
        over: \.ec2.volumes
    ) {
        volume,
        _ in
        expect(volume.encrypted, "\(volume.volumeID) is not encrypted")
    },
    Control(
        id: "B-EC2-2",
        title: "Groups allow nothing from everywhere",
        domain: .infrastructureProtection,
        severity: .high,
        over: \.ec2.securityGroups
    ) { group, _ in
        for permission in group.ipPermissions {
            expect(
                !permission.ipRanges.contains { $0.cidrIP == "0.0.0.0/0" },
                "\(group.groupID) allows \(permission.ipProtocol) from 0.0.0.0/0"
            )
        }
    },
    Control(
        id: "B-EC2-3",
        title: "Instances use IMDSv2",
        domain: .infrastructureProtection,
        severity: .medium,
        over: \.ec2.instances
    ) {
        instance,
        _ in
        expect(instance.metadataOptions?.httpTokens?.rawValue == "required", "\(instance.instanceID) allows IMDSv1")
    },
    Control(id: "B-KMS-1", title: "Keys rotate", domain: .dataProtection, severity: .medium, over: \.kms.keys) {
        key,
        _ in
        expect(key.rotation, "\(key.keyID) does not rotate") { $0.keyRotationEnabled }
    },
    Control(
        id: "B-LAMBDA-1",
        title: "Functions are private",
        domain: .dataProtection,
        severity: .high,
        over: \.lambda.functions
    ) {
        function,
        context in
        denies(.anonymous, "lambda:InvokeFunction", on: function.functionARN, policy: function.policy, in: context)
    },
    Control(
        id: "B-SQS-1",
        title: "Queues are encrypted",
        domain: .dataProtection,
        severity: .medium,
        over: \.sqs.queues
    ) {
        queue,
        _ in
        expect(queue.attributes, "\(queue.queueURL) is not encrypted") { $0.isEncrypted }
    },
]
