extension RegionSnapshot {
    /// Reads every regional call of `region`, services in parallel.
    ///
    /// The region is filled in field by field after every child task has finished, rather than through one
    /// initialiser call whose arguments interleave with suspension points.
    static func load(from reader: SnapshotReader, region: String) async -> RegionSnapshot {
        let scope = SnapshotScope.region(region)
        async let ec2 = EC2Snapshot.load(from: reader, scope: scope)
        async let cloudTrail = CloudTrailSnapshot.load(from: reader, region: region)
        async let kms = KMSSnapshot.load(from: reader, scope: scope)
        async let rds = RDSSnapshot.load(from: reader, scope: scope)
        async let lambda = LambdaSnapshot.load(from: reader, scope: scope)
        async let ecs = ECSSnapshot.load(from: reader, scope: scope)
        async let codeBuild = CodeBuildSnapshot.load(from: reader, scope: scope)
        async let secretsManager = SecretsManagerSnapshot.load(from: reader, scope: scope)
        async let efs = EFSSnapshot.load(from: reader, scope: scope)
        async let elbv2 = ELBv2Snapshot.load(from: reader, scope: scope)
        async let codePipeline = CodePipelineSnapshot.load(from: reader, scope: scope)
        async let sageMaker = SageMakerSnapshot.load(from: reader, scope: scope)
        async let ecr = ECRResources.load(from: reader, scope: scope)
        async let ssm = SSMResources.load(from: reader, scope: scope)
        async let eventBridge = EventBridgeResources.load(from: reader, scope: scope)
        async let sns = SNSSnapshot.load(from: reader, scope: scope)
        async let sqs = SQSSnapshot.load(from: reader, scope: scope)
        async let dynamoDB = DynamoDBSnapshot.load(from: reader, scope: scope)
        var snapshot = RegionSnapshot(name: region)
        snapshot.config = ConfigSnapshot.load(from: reader, scope: scope)
        snapshot.guardDuty = GuardDutySnapshot.load(from: reader, scope: scope)
        snapshot.securityHub = SecurityHubSnapshot.load(from: reader, scope: scope)
        snapshot.inspector2 = Inspector2Snapshot.load(from: reader, scope: scope)
        snapshot.macie = MacieSnapshot.load(from: reader, scope: scope)
        snapshot.accessAnalyzer = AccessAnalyzerSnapshot.load(from: reader, scope: scope)
        snapshot.backup = BackupSnapshot.load(from: reader, scope: scope)
        snapshot.logs = LogsSnapshot.load(from: reader, scope: scope)
        snapshot.cloudWatch = CloudWatchSnapshot.load(from: reader, scope: scope)
        snapshot.wafv2 = WAFv2Snapshot.load(from: reader, scope: scope)
        snapshot.cloudFormation = CloudFormationResources.load(from: reader, scope: scope)
        snapshot.apiGateway = APIGatewayResources.load(from: reader, scope: scope, region: region)
        snapshot.eks = EKSResources.load(from: reader, scope: scope)
        snapshot.firewallManager = FirewallManagerResources.load(from: reader, scope: scope)
        snapshot.incidentManager = IncidentManagerResources.load(from: reader, scope: scope)
        snapshot.wellArchitected = WellArchitectedResources.load(from: reader, scope: scope)
        snapshot.configCompliance = ConfigCompliance.load(from: reader, scope: scope)
        snapshot.ec2 = await ec2
        snapshot.cloudTrail = await cloudTrail
        snapshot.kms = await kms
        snapshot.rds = await rds
        snapshot.lambda = await lambda
        snapshot.ecs = await ecs
        snapshot.codeBuild = await codeBuild
        snapshot.secretsManager = await secretsManager
        snapshot.efs = await efs
        snapshot.elbv2 = await elbv2
        snapshot.codePipeline = await codePipeline
        snapshot.sageMaker = await sageMaker
        snapshot.ecr = await ecr
        snapshot.ssm = await ssm
        snapshot.eventBridge = await eventBridge
        snapshot.sns = await sns
        snapshot.sqs = await sqs
        snapshot.dynamoDB = await dynamoDB
        return snapshot
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
