public import BulwarkIAM

/// Everything a snapshot holds about one region, service by service.
public struct RegionSnapshot: Sendable, Hashable {
    /// The region's name, such as `us-east-1`.
    public var name: Region
    /// EC2 and VPC: networks, security groups, instances, volumes and snapshots.
    public var ec2: EC2Resources
    /// CloudTrail trails.
    public var cloudTrail: CloudTrailResources
    /// AWS Config recorders, delivery channels and rules.
    public var config: ConfigResources
    /// GuardDuty detectors.
    public var guardDuty: GuardDutyResources
    /// Security Hub and its standards.
    public var securityHub: SecurityHubResources
    /// Amazon Inspector.
    public var inspector2: Inspector2Resources
    /// Amazon Macie.
    public var macie: MacieResources
    /// IAM Access Analyzer analyzers.
    public var accessAnalyzer: AccessAnalyzerResources
    /// KMS keys and aliases.
    public var kms: KMSResources
    /// RDS instances, clusters and snapshots.
    public var rds: RDSResources
    /// Lambda functions.
    public var lambda: LambdaResources
    /// ECS clusters, services and task definitions.
    public var ecs: ECSResources
    /// CodeBuild projects.
    public var codeBuild: CodeBuildResources
    /// CodePipeline pipelines.
    public var codePipeline: CodePipelineResources
    /// SageMaker notebook instances.
    public var sageMaker: SageMakerResources
    /// Secrets Manager secrets.
    public var secretsManager: SecretsManagerResources
    /// SNS topics.
    public var sns: SNSResources
    /// SQS queues.
    public var sqs: SQSResources
    /// Application, Network and Gateway Load Balancers.
    public var elbv2: ELBv2Resources
    /// EFS file systems.
    public var efs: EFSResources
    /// DynamoDB tables.
    public var dynamoDB: DynamoDBResources
    /// AWS Backup plans and vaults.
    public var backup: BackupResources
    /// CloudWatch Logs groups and metric filters.
    public var logs: LogsResources
    /// CloudWatch metric alarms.
    public var cloudWatch: CloudWatchResources
    /// WAFv2 web ACLs with the regional scope.
    public var wafv2: WAFv2Resources
    /// Amazon ECR repositories and the registry scanning configuration.
    public var ecr: ECRResources
    /// CloudFormation stacks.
    public var cloudFormation: CloudFormationResources
    /// Systems Manager: managed nodes, compliance, patch states and documents.
    public var ssm: SSMResources
    /// EventBridge buses and the default bus's rules.
    public var eventBridge: EventBridgeResources

    /// Creates a `RegionSnapshot` from its parts.
    public init(
        name: Region,
        ec2: EC2Resources = EC2Resources(),
        cloudTrail: CloudTrailResources = CloudTrailResources(),
        config: ConfigResources = ConfigResources(),
        guardDuty: GuardDutyResources = GuardDutyResources(),
        securityHub: SecurityHubResources = SecurityHubResources(),
        inspector2: Inspector2Resources = Inspector2Resources(),
        macie: MacieResources = MacieResources(),
        accessAnalyzer: AccessAnalyzerResources = AccessAnalyzerResources(),
        kms: KMSResources = KMSResources(),
        rds: RDSResources = RDSResources(),
        lambda: LambdaResources = LambdaResources(),
        ecs: ECSResources = ECSResources(),
        codeBuild: CodeBuildResources = CodeBuildResources(),
        codePipeline: CodePipelineResources = CodePipelineResources(),
        sageMaker: SageMakerResources = SageMakerResources(),
        secretsManager: SecretsManagerResources = SecretsManagerResources(),
        sns: SNSResources = SNSResources(),
        sqs: SQSResources = SQSResources(),
        elbv2: ELBv2Resources = ELBv2Resources(),
        efs: EFSResources = EFSResources(),
        dynamoDB: DynamoDBResources = DynamoDBResources(),
        backup: BackupResources = BackupResources(),
        logs: LogsResources = LogsResources(),
        cloudWatch: CloudWatchResources = CloudWatchResources(),
        wafv2: WAFv2Resources = WAFv2Resources(),
        ecr: ECRResources = ECRResources(),
        cloudFormation: CloudFormationResources = CloudFormationResources(),
        ssm: SSMResources = SSMResources(),
        eventBridge: EventBridgeResources = EventBridgeResources()
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
    }
}
