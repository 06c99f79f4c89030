import BulwarkIAM
extension RegionSnapshot {
    /// Reads every regional call of `region`, services in parallel.
    ///
    /// The region is filled in field by field after every child task has finished, rather than through one
    /// initialiser call whose arguments interleave with suspension points.
    static func load(from reader: SnapshotReader, region: Region) async -> RegionSnapshot {
        let scope = SnapshotScope.region(region)
        async let ec2 = EC2Resources.load(from: reader, scope: scope)
        async let cloudTrail = CloudTrailResources.load(from: reader, region: region)
        async let kms = KMSResources.load(from: reader, scope: scope)
        async let rds = RDSResources.load(from: reader, scope: scope)
        async let lambda = LambdaResources.load(from: reader, scope: scope)
        async let ecs = ECSResources.load(from: reader, scope: scope)
        async let codeBuild = CodeBuildResources.load(from: reader, scope: scope)
        async let secretsManager = SecretsManagerResources.load(from: reader, scope: scope)
        async let efs = EFSResources.load(from: reader, scope: scope)
        async let elbv2 = ELBv2Resources.load(from: reader, scope: scope)
        async let codePipeline = CodePipelineResources.load(from: reader, scope: scope)
        async let sageMaker = SageMakerResources.load(from: reader, scope: scope)
        async let ecr = ECRResources.load(from: reader, scope: scope)
        async let ssm = SSMResources.load(from: reader, scope: scope)
        async let eventBridge = EventBridgeResources.load(from: reader, scope: scope)
        async let sns = SNSResources.load(from: reader, scope: scope)
        async let sqs = SQSResources.load(from: reader, scope: scope)
        async let dynamoDB = DynamoDBResources.load(from: reader, scope: scope)
        async let glacier = GlacierResources.load(from: reader, scope: scope)
        async let openSearch = OpenSearchResources.load(from: reader, scope: scope)
        var snapshot = RegionSnapshot(name: region)
        snapshot.config = ConfigResources.load(from: reader, scope: scope)
        snapshot.guardDuty = GuardDutyResources.load(from: reader, scope: scope)
        snapshot.securityHub = SecurityHubResources.load(from: reader, scope: scope)
        snapshot.inspector2 = Inspector2Resources.load(from: reader, scope: scope)
        snapshot.macie = MacieResources.load(from: reader, scope: scope)
        snapshot.accessAnalyzer = AccessAnalyzerResources.load(from: reader, scope: scope)
        snapshot.backup = BackupResources.load(from: reader, scope: scope)
        snapshot.logs = LogsResources.load(from: reader, scope: scope)
        snapshot.cloudWatch = CloudWatchResources.load(from: reader, scope: scope)
        snapshot.wafv2 = WAFv2Resources.load(from: reader, scope: scope)
        snapshot.cloudFormation = CloudFormationResources.load(from: reader, scope: scope)
        snapshot.glue = GlueResources.load(from: reader, scope: scope)
        snapshot.apiGateway = APIGatewayResources.load(from: reader, scope: scope, region: region.rawValue)
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
        snapshot.glacier = await glacier
        snapshot.openSearch = await openSearch
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

    /// A per-resource call whose resource is identified by its ARN.
    static func call(_ scope: SnapshotScope, _ service: String, _ operation: String, _ arn: ARN) -> SnapshotCall {
        call(scope, service, operation, arn.description)
    }
}
