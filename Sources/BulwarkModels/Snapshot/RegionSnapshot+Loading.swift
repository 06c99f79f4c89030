extension RegionSnapshot {
    /// Reads every regional call of `region`, services in parallel.
    static func load(from reader: SnapshotReader, region: String) async -> RegionSnapshot {
        let scope = SnapshotScope.region(region)
        async let ec2 = EC2Snapshot.load(from: reader, scope: scope)
        async let cloudTrail = CloudTrailSnapshot.load(from: reader, region: region)
        async let kms = KMSSnapshot.load(from: reader, scope: scope)
        async let rds = RDSSnapshot.load(from: reader, scope: scope)
        async let lambda = LambdaSnapshot.load(from: reader, scope: scope)
        async let ecs = ECSSnapshot.load(from: reader, scope: scope)
        async let codeBuild = CodeBuildSnapshot.load(from: reader, scope: scope)
        async let messaging = (
            SecretsManagerSnapshot.load(from: reader, scope: scope),
            SNSSnapshot.load(from: reader, scope: scope),
            SQSSnapshot.load(from: reader, scope: scope)
        )
        async let storage = (
            EFSSnapshot.load(from: reader, scope: scope),
            DynamoDBSnapshot.load(from: reader, scope: scope),
            ELBv2Snapshot.load(from: reader, scope: scope)
        )
        async let builds = (
            CodePipelineSnapshot.load(from: reader, scope: scope),
            SageMakerSnapshot.load(from: reader, scope: scope)
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
        async let glacier = GlacierResources.load(from: reader, scope: scope)
        async let openSearch = OpenSearchResources.load(from: reader, scope: scope)
        return RegionSnapshot(
            name: region,
            ec2: await ec2,
            cloudTrail: await cloudTrail,
            config: ConfigSnapshot.load(from: reader, scope: scope),
            guardDuty: GuardDutySnapshot.load(from: reader, scope: scope),
            securityHub: SecurityHubSnapshot.load(from: reader, scope: scope),
            inspector2: Inspector2Snapshot.load(from: reader, scope: scope),
            macie: MacieSnapshot.load(from: reader, scope: scope),
            accessAnalyzer: AccessAnalyzerSnapshot.load(from: reader, scope: scope),
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
            backup: BackupSnapshot.load(from: reader, scope: scope),
            logs: LogsSnapshot.load(from: reader, scope: scope),
            cloudWatch: CloudWatchSnapshot.load(from: reader, scope: scope),
            wafv2: WAFv2Snapshot.load(from: reader, scope: scope),
            ecr: ecr,
            cloudFormation: CloudFormationResources.load(from: reader, scope: scope),
            ssm: ssm,
            eventBridge: eventBridge,
            glue: GlueResources.load(from: reader, scope: scope),
            glacier: await glacier,
            openSearch: await openSearch
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
}
