/// Everything a snapshot holds about one region, service by service.
public struct RegionSnapshot: Sendable, Hashable {
    /// The region's name, such as `us-east-1`.
    public var name: String
    /// EC2 and VPC: networks, security groups, instances, volumes and snapshots.
    public var ec2: EC2Snapshot
    /// CloudTrail trails.
    public var cloudTrail: CloudTrailSnapshot
    /// AWS Config recorders, delivery channels and rules.
    public var config: ConfigSnapshot
    /// GuardDuty detectors.
    public var guardDuty: GuardDutySnapshot
    /// Security Hub and its standards.
    public var securityHub: SecurityHubSnapshot
    /// Amazon Inspector.
    public var inspector2: Inspector2Snapshot
    /// Amazon Macie.
    public var macie: MacieSnapshot
    /// IAM Access Analyzer analyzers.
    public var accessAnalyzer: AccessAnalyzerSnapshot
    /// KMS keys and aliases.
    public var kms: KMSSnapshot
    /// RDS instances, clusters and snapshots.
    public var rds: RDSSnapshot
    /// Lambda functions.
    public var lambda: LambdaSnapshot
    /// ECS clusters, services and task definitions.
    public var ecs: ECSSnapshot
    /// CodeBuild projects.
    public var codeBuild: CodeBuildSnapshot
    /// CodePipeline pipelines.
    public var codePipeline: CodePipelineSnapshot
    /// SageMaker notebook instances.
    public var sageMaker: SageMakerSnapshot
    /// Secrets Manager secrets.
    public var secretsManager: SecretsManagerSnapshot
    /// SNS topics.
    public var sns: SNSSnapshot
    /// SQS queues.
    public var sqs: SQSSnapshot
    /// Application, Network and Gateway Load Balancers.
    public var elbv2: ELBv2Snapshot
    /// EFS file systems.
    public var efs: EFSSnapshot
    /// DynamoDB tables.
    public var dynamoDB: DynamoDBSnapshot
    /// AWS Backup plans and vaults.
    public var backup: BackupSnapshot
    /// CloudWatch Logs groups and metric filters.
    public var logs: LogsSnapshot
    /// CloudWatch metric alarms.
    public var cloudWatch: CloudWatchSnapshot
    /// WAFv2 web ACLs with the regional scope.
    public var wafv2: WAFv2Snapshot
    /// Amazon ECR repositories and the registry scanning configuration.
    public var ecr: ECRResources
    /// CloudFormation stacks.
    public var cloudFormation: CloudFormationResources
    /// Systems Manager: managed nodes, compliance, patch states and documents.
    public var ssm: SSMResources
    /// EventBridge buses and the default bus's rules.
    public var eventBridge: EventBridgeResources
    /// API Gateway REST, HTTP and WebSocket APIs.
    public var apiGateway: APIGatewayResources
    /// EKS clusters.
    public var eks: EKSResources
    /// Firewall Manager administrator and policies.
    public var firewallManager: FirewallManagerResources
    /// Incident Manager replication set, response plans and contacts.
    public var incidentManager: IncidentManagerResources
    /// Well-Architected Tool workloads.
    public var wellArchitected: WellArchitectedResources
    /// AWS Config rule compliance, conformance packs and aggregators.
    public var configCompliance: ConfigCompliance

    /// Creates a `RegionSnapshot` from its parts.
    public init(
        name: String,
        ec2: EC2Snapshot = EC2Snapshot(),
        cloudTrail: CloudTrailSnapshot = CloudTrailSnapshot(),
        config: ConfigSnapshot = ConfigSnapshot(),
        guardDuty: GuardDutySnapshot = GuardDutySnapshot(),
        securityHub: SecurityHubSnapshot = SecurityHubSnapshot(),
        inspector2: Inspector2Snapshot = Inspector2Snapshot(),
        macie: MacieSnapshot = MacieSnapshot(),
        accessAnalyzer: AccessAnalyzerSnapshot = AccessAnalyzerSnapshot(),
        kms: KMSSnapshot = KMSSnapshot(),
        rds: RDSSnapshot = RDSSnapshot(),
        lambda: LambdaSnapshot = LambdaSnapshot(),
        ecs: ECSSnapshot = ECSSnapshot(),
        codeBuild: CodeBuildSnapshot = CodeBuildSnapshot(),
        codePipeline: CodePipelineSnapshot = CodePipelineSnapshot(),
        sageMaker: SageMakerSnapshot = SageMakerSnapshot(),
        secretsManager: SecretsManagerSnapshot = SecretsManagerSnapshot(),
        sns: SNSSnapshot = SNSSnapshot(),
        sqs: SQSSnapshot = SQSSnapshot(),
        elbv2: ELBv2Snapshot = ELBv2Snapshot(),
        efs: EFSSnapshot = EFSSnapshot(),
        dynamoDB: DynamoDBSnapshot = DynamoDBSnapshot(),
        backup: BackupSnapshot = BackupSnapshot(),
        logs: LogsSnapshot = LogsSnapshot(),
        cloudWatch: CloudWatchSnapshot = CloudWatchSnapshot(),
        wafv2: WAFv2Snapshot = WAFv2Snapshot(),
        ecr: ECRResources = ECRResources(),
        cloudFormation: CloudFormationResources = CloudFormationResources(),
        ssm: SSMResources = SSMResources(),
        eventBridge: EventBridgeResources = EventBridgeResources(),
        apiGateway: APIGatewayResources = APIGatewayResources(),
        eks: EKSResources = EKSResources(),
        firewallManager: FirewallManagerResources = FirewallManagerResources(),
        incidentManager: IncidentManagerResources = IncidentManagerResources(),
        wellArchitected: WellArchitectedResources = WellArchitectedResources(),
        configCompliance: ConfigCompliance = ConfigCompliance()
    ) {
        self.name = name
        self.ec2 = ec2
        self.cloudTrail = cloudTrail
        self.config = config
        self.guardDuty = guardDuty
        self.securityHub = securityHub
        self.inspector2 = inspector2
        self.macie = macie
        self.accessAnalyzer = accessAnalyzer
        self.kms = kms
        self.rds = rds
        self.lambda = lambda
        self.ecs = ecs
        self.codeBuild = codeBuild
        self.codePipeline = codePipeline
        self.sageMaker = sageMaker
        self.secretsManager = secretsManager
        self.sns = sns
        self.sqs = sqs
        self.elbv2 = elbv2
        self.efs = efs
        self.dynamoDB = dynamoDB
        self.backup = backup
        self.logs = logs
        self.cloudWatch = cloudWatch
        self.wafv2 = wafv2
        self.ecr = ecr
        self.cloudFormation = cloudFormation
        self.ssm = ssm
        self.eventBridge = eventBridge
        self.apiGateway = apiGateway
        self.eks = eks
        self.firewallManager = firewallManager
        self.incidentManager = incidentManager
        self.wellArchitected = wellArchitected
        self.configCompliance = configCompliance
    }
}
