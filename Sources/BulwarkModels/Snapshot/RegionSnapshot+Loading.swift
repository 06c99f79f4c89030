import BulwarkIAM
extension RegionSnapshot {
    /// Reads every regional call of `region`, services in parallel.
    static func load(from reader: SnapshotReader, region: Region) async -> RegionSnapshot {
        let scope = SnapshotScope.region(region)
        async let ec2 = EC2Resources.load(from: reader, scope: scope)
        async let cloudTrail = CloudTrailResources.load(from: reader, region: region)
        async let kms = KMSResources.load(from: reader, scope: scope)
        async let rds = RDSResources.load(from: reader, scope: scope)
        async let lambda = LambdaResources.load(from: reader, scope: scope)
        async let ecs = ECSResources.load(from: reader, scope: scope)
        async let codeBuild = CodeBuildResources.load(from: reader, scope: scope)
        async let messaging = (
            SecretsManagerResources.load(from: reader, scope: scope),
            SNSResources.load(from: reader, scope: scope),
            SQSResources.load(from: reader, scope: scope)
        )
        async let storage = (
            EFSResources.load(from: reader, scope: scope),
            DynamoDBResources.load(from: reader, scope: scope),
            ELBv2Resources.load(from: reader, scope: scope)
        )
        async let builds = (
            CodePipelineResources.load(from: reader, scope: scope),
            SageMakerResources.load(from: reader, scope: scope)
        )
        let (secretsManager, sns, sqs) = await messaging
        let (efs, dynamoDB, elbv2) = await storage
        let (codePipeline, sageMaker) = await builds
        async let operations = (
            ECRResources.load(from: reader, scope: scope),
            SSMResources.load(from: reader, scope: scope),
            EventBridgeResources.load(from: reader, scope: scope)
        )
        let (ecr, ssm, eventBridge) = await operations
        return RegionSnapshot(
            name: region,
            ec2: await ec2,
            cloudTrail: await cloudTrail,
            config: ConfigResources.load(from: reader, scope: scope),
            guardDuty: GuardDutyResources.load(from: reader, scope: scope),
            securityHub: SecurityHubResources.load(from: reader, scope: scope),
            inspector2: Inspector2Resources.load(from: reader, scope: scope),
            macie: MacieResources.load(from: reader, scope: scope),
            accessAnalyzer: AccessAnalyzerResources.load(from: reader, scope: scope),
            kms: await kms,
            rds: await rds,
            lambda: await lambda,
            ecs: await ecs,
            codeBuild: await codeBuild,
            codePipeline: codePipeline,
            sageMaker: sageMaker,
            secretsManager: secretsManager,
            sns: sns,
            sqs: sqs,
            elbv2: elbv2,
            efs: efs,
            dynamoDB: dynamoDB,
            backup: BackupResources.load(from: reader, scope: scope),
            logs: LogsResources.load(from: reader, scope: scope),
            cloudWatch: CloudWatchResources.load(from: reader, scope: scope),
            wafv2: WAFv2Resources.load(from: reader, scope: scope),
            ecr: ecr,
            cloudFormation: CloudFormationResources.load(from: reader, scope: scope),
            ssm: ssm,
            eventBridge: eventBridge
        )
    }
}

extension SnapshotCall {
    /// A call in `scope`.
    static func call(_ scope: SnapshotScope, _ service: String, _ operation: String, _ id: String? = nil)
        -> SnapshotCall
    {
        SnapshotCall(scope: scope, service: service, operation: operation, resourceID: id)
    }

    /// A per-resource call whose resource is identified by its ARN.
    static func call(_ scope: SnapshotScope, _ service: String, _ operation: String, _ arn: ARN) -> SnapshotCall {
        call(scope, service, operation, arn.description)
    }
}
