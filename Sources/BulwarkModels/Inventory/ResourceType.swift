public import BulwarkIAM

/// A resource type, named as AWS CloudFormation and AWS Config name it: `AWS::IAM::User`.
///
/// An open set: any `AWS::Service::Type` string is a value; the types a snapshot holds are static
/// members (`ResourceType.iamUser`). Resource types sort by name.
public struct ResourceType: AWSString, Comparable {
    /// The type as CloudFormation spells it, such as `AWS::S3::Bucket`.
    public var rawValue: String

    /// Creates a resource type from its CloudFormation name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Orders resource types by name.
    public static func < (lhs: ResourceType, rhs: ResourceType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `AWS::AccessAnalyzer::Analyzer`.
    public static let accessAnalyzerAnalyzer: ResourceType = .accessAnalyzerAnalyzer

    /// `AWS::Backup::BackupPlan`.
    public static let backupBackupPlan: ResourceType = .backupBackupPlan

    /// `AWS::Backup::BackupVault`.
    public static let backupBackupVault: ResourceType = .backupBackupVault

    /// `AWS::CloudFormation::Stack`.
    public static let cloudFormationStack: ResourceType = .cloudFormationStack

    /// `AWS::CloudFront::Distribution`.
    public static let cloudFrontDistribution: ResourceType = .cloudFrontDistribution

    /// `AWS::CloudTrail::Trail`.
    public static let cloudTrailTrail: ResourceType = .cloudTrailTrail

    /// `AWS::CloudWatch::Alarm`.
    public static let cloudWatchAlarm: ResourceType = .cloudWatchAlarm

    /// `AWS::CodeBuild::Project`.
    public static let codeBuildProject: ResourceType = .codeBuildProject

    /// `AWS::CodePipeline::Pipeline`.
    public static let codePipelinePipeline: ResourceType = .codePipelinePipeline

    /// `AWS::Config::ConfigRule`.
    public static let configConfigRule: ResourceType = .configConfigRule

    /// `AWS::Config::ConfigurationRecorder`.
    public static let configConfigurationRecorder: ResourceType = .configConfigurationRecorder

    /// `AWS::Config::DeliveryChannel`.
    public static let configDeliveryChannel: ResourceType = .configDeliveryChannel

    /// `AWS::DynamoDB::Table`.
    public static let dynamoDBTable: ResourceType = .dynamoDBTable

    /// `AWS::EC2::FlowLog`.
    public static let ec2FlowLog: ResourceType = .ec2FlowLog

    /// `AWS::EC2::Instance`.
    public static let ec2Instance: ResourceType = .ec2Instance

    /// `AWS::EC2::NetworkAcl`.
    public static let ec2NetworkACL: ResourceType = .ec2NetworkACL

    /// `AWS::EC2::RouteTable`.
    public static let ec2RouteTable: ResourceType = .ec2RouteTable

    /// `AWS::EC2::SecurityGroup`.
    public static let ec2SecurityGroup: ResourceType = .ec2SecurityGroup

    /// `AWS::EC2::Snapshot`.
    public static let ec2Snapshot: ResourceType = .ec2Snapshot

    /// `AWS::EC2::Subnet`.
    public static let ec2Subnet: ResourceType = .ec2Subnet

    /// `AWS::EC2::VPC`.
    public static let ec2VPC: ResourceType = .ec2VPC

    /// `AWS::EC2::VPCEndpoint`.
    public static let ec2VPCEndpoint: ResourceType = .ec2VPCEndpoint

    /// `AWS::EC2::VPCPeeringConnection`.
    public static let ec2VPCPeeringConnection: ResourceType = .ec2VPCPeeringConnection

    /// `AWS::EC2::Volume`.
    public static let ec2Volume: ResourceType = .ec2Volume

    /// `AWS::ECR::Repository`.
    public static let ecrRepository: ResourceType = .ecrRepository

    /// `AWS::ECS::Cluster`.
    public static let ecsCluster: ResourceType = .ecsCluster

    /// `AWS::ECS::Service`.
    public static let ecsService: ResourceType = .ecsService

    /// `AWS::ECS::TaskDefinition`.
    public static let ecsTaskDefinition: ResourceType = .ecsTaskDefinition

    /// `AWS::EFS::FileSystem`.
    public static let efsFileSystem: ResourceType = .efsFileSystem

    /// `AWS::ElasticLoadBalancingV2::Listener`.
    public static let elbv2Listener: ResourceType = .elbv2Listener

    /// `AWS::ElasticLoadBalancingV2::LoadBalancer`.
    public static let elbv2LoadBalancer: ResourceType = .elbv2LoadBalancer

    /// `AWS::Events::EventBus`.
    public static let eventsEventBus: ResourceType = .eventsEventBus

    /// `AWS::Events::Rule`.
    public static let eventsRule: ResourceType = .eventsRule

    /// `AWS::GuardDuty::Detector`.
    public static let guardDutyDetector: ResourceType = .guardDutyDetector

    /// `AWS::IAM::AccessKey`.
    public static let iamAccessKey: ResourceType = .iamAccessKey

    /// `AWS::IAM::Group`.
    public static let iamGroup: ResourceType = .iamGroup

    /// `AWS::IAM::InstanceProfile`.
    public static let iamInstanceProfile: ResourceType = .iamInstanceProfile

    /// `AWS::IAM::ManagedPolicy`.
    public static let iamManagedPolicy: ResourceType = .iamManagedPolicy

    /// `AWS::IAM::OIDCProvider`.
    public static let iamOIDCProvider: ResourceType = .iamOIDCProvider

    /// `AWS::IAM::Policy`.
    public static let iamPolicy: ResourceType = .iamPolicy

    /// `AWS::IAM::Role`.
    public static let iamRole: ResourceType = .iamRole

    /// `AWS::IAM::SAMLProvider`.
    public static let iamSAMLProvider: ResourceType = .iamSAMLProvider

    /// `AWS::IAM::ServerCertificate`.
    public static let iamServerCertificate: ResourceType = .iamServerCertificate

    /// `AWS::IAM::User`.
    public static let iamUser: ResourceType = .iamUser

    /// `AWS::IAM::VirtualMFADevice`.
    public static let iamVirtualMFADevice: ResourceType = .iamVirtualMFADevice

    /// `AWS::KMS::Alias`.
    public static let kmsAlias: ResourceType = .kmsAlias

    /// `AWS::KMS::Key`.
    public static let kmsKey: ResourceType = .kmsKey

    /// `AWS::Lambda::Function`.
    public static let lambdaFunction: ResourceType = .lambdaFunction

    /// `AWS::Lambda::Url`.
    public static let lambdaURL: ResourceType = .lambdaURL

    /// `AWS::Logs::LogGroup`.
    public static let logsLogGroup: ResourceType = .logsLogGroup

    /// `AWS::Logs::MetricFilter`.
    public static let logsMetricFilter: ResourceType = .logsMetricFilter

    /// `AWS::Macie::Session`.
    public static let macieSession: ResourceType = .macieSession

    /// `AWS::Organizations::Account`.
    public static let organizationsAccount: ResourceType = .organizationsAccount

    /// `AWS::Organizations::Organization`.
    public static let organizationsOrganization: ResourceType = .organizationsOrganization

    /// `AWS::Organizations::OrganizationalUnit`.
    public static let organizationsOrganizationalUnit: ResourceType = .organizationsOrganizationalUnit

    /// `AWS::Organizations::Policy`.
    public static let organizationsPolicy: ResourceType = .organizationsPolicy

    /// `AWS::RDS::DBCluster`.
    public static let rdsDBCluster: ResourceType = .rdsDBCluster

    /// `AWS::RDS::DBClusterSnapshot`.
    public static let rdsDBClusterSnapshot: ResourceType = .rdsDBClusterSnapshot

    /// `AWS::RDS::DBInstance`.
    public static let rdsDBInstance: ResourceType = .rdsDBInstance

    /// `AWS::RDS::DBSnapshot`.
    public static let rdsDBSnapshot: ResourceType = .rdsDBSnapshot

    /// `AWS::S3::AccountPublicAccessBlock`.
    public static let s3AccountPublicAccessBlock: ResourceType = .s3AccountPublicAccessBlock

    /// `AWS::S3::Bucket`.
    public static let s3Bucket: ResourceType = .s3Bucket

    /// `AWS::SNS::Topic`.
    public static let snsTopic: ResourceType = .snsTopic

    /// `AWS::SQS::Queue`.
    public static let sqsQueue: ResourceType = .sqsQueue

    /// `AWS::SSM::Document`.
    public static let ssmDocument: ResourceType = .ssmDocument

    /// `AWS::SSM::ManagedInstanceInventory`.
    public static let ssmManagedInstanceInventory: ResourceType = .ssmManagedInstanceInventory

    /// `AWS::SageMaker::NotebookInstance`.
    public static let sageMakerNotebookInstance: ResourceType = .sageMakerNotebookInstance

    /// `AWS::SecretsManager::Secret`.
    public static let secretsManagerSecret: ResourceType = .secretsManagerSecret

    /// `AWS::SecurityHub::Hub`.
    public static let securityHubHub: ResourceType = .securityHubHub

    /// `AWS::SecurityHub::Standard`.
    public static let securityHubStandard: ResourceType = .securityHubStandard

    /// `AWS::WAFv2::WebACL`.
    public static let wafv2WebACL: ResourceType = .wafv2WebACL
}
