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
    public static let accessAnalyzerAnalyzer: ResourceType = "AWS::AccessAnalyzer::Analyzer"

    /// `AWS::ApiGateway::RestApi`.
    public static let apiGatewayRestAPI: ResourceType = "AWS::ApiGateway::RestApi"

    /// `AWS::ApiGatewayV2::Api`.
    public static let apiGatewayV2API: ResourceType = "AWS::ApiGatewayV2::Api"

    /// `AWS::Backup::BackupPlan`.
    public static let backupBackupPlan: ResourceType = "AWS::Backup::BackupPlan"

    /// `AWS::Backup::BackupVault`.
    public static let backupBackupVault: ResourceType = "AWS::Backup::BackupVault"

    /// `AWS::CloudFormation::Stack`.
    public static let cloudFormationStack: ResourceType = "AWS::CloudFormation::Stack"

    /// `AWS::CloudFront::Distribution`.
    public static let cloudFrontDistribution: ResourceType = "AWS::CloudFront::Distribution"

    /// `AWS::CloudTrail::Trail`.
    public static let cloudTrailTrail: ResourceType = "AWS::CloudTrail::Trail"

    /// `AWS::CloudWatch::Alarm`.
    public static let cloudWatchAlarm: ResourceType = "AWS::CloudWatch::Alarm"

    /// `AWS::CodeBuild::Project`.
    public static let codeBuildProject: ResourceType = "AWS::CodeBuild::Project"

    /// `AWS::CodePipeline::Pipeline`.
    public static let codePipelinePipeline: ResourceType = "AWS::CodePipeline::Pipeline"

    /// `AWS::Config::ConfigRule`.
    public static let configConfigRule: ResourceType = "AWS::Config::ConfigRule"

    /// `AWS::Config::ConfigurationAggregator`.
    public static let configConfigurationAggregator: ResourceType = "AWS::Config::ConfigurationAggregator"

    /// `AWS::Config::ConfigurationRecorder`.
    public static let configConfigurationRecorder: ResourceType = "AWS::Config::ConfigurationRecorder"

    /// `AWS::Config::ConformancePack`.
    public static let configConformancePack: ResourceType = "AWS::Config::ConformancePack"

    /// `AWS::Config::DeliveryChannel`.
    public static let configDeliveryChannel: ResourceType = "AWS::Config::DeliveryChannel"

    /// `AWS::DynamoDB::Table`.
    public static let dynamoDBTable: ResourceType = "AWS::DynamoDB::Table"

    /// `AWS::EC2::FlowLog`.
    public static let ec2FlowLog: ResourceType = "AWS::EC2::FlowLog"

    /// `AWS::EC2::Instance`.
    public static let ec2Instance: ResourceType = "AWS::EC2::Instance"

    /// `AWS::EC2::NetworkAcl`.
    public static let ec2NetworkACL: ResourceType = "AWS::EC2::NetworkAcl"

    /// `AWS::EC2::RouteTable`.
    public static let ec2RouteTable: ResourceType = "AWS::EC2::RouteTable"

    /// `AWS::EC2::SecurityGroup`.
    public static let ec2SecurityGroup: ResourceType = "AWS::EC2::SecurityGroup"

    /// `AWS::EC2::Snapshot`.
    public static let ec2Snapshot: ResourceType = "AWS::EC2::Snapshot"

    /// `AWS::EC2::Subnet`.
    public static let ec2Subnet: ResourceType = "AWS::EC2::Subnet"

    /// `AWS::EC2::Volume`.
    public static let ec2Volume: ResourceType = "AWS::EC2::Volume"

    /// `AWS::EC2::VPC`.
    public static let ec2VPC: ResourceType = "AWS::EC2::VPC"

    /// `AWS::EC2::VPCEndpoint`.
    public static let ec2VPCEndpoint: ResourceType = "AWS::EC2::VPCEndpoint"

    /// `AWS::EC2::VPCPeeringConnection`.
    public static let ec2VPCPeeringConnection: ResourceType = "AWS::EC2::VPCPeeringConnection"

    /// `AWS::ECR::Repository`.
    public static let ecrRepository: ResourceType = "AWS::ECR::Repository"

    /// `AWS::ECS::Cluster`.
    public static let ecsCluster: ResourceType = "AWS::ECS::Cluster"

    /// `AWS::ECS::Service`.
    public static let ecsService: ResourceType = "AWS::ECS::Service"

    /// `AWS::ECS::TaskDefinition`.
    public static let ecsTaskDefinition: ResourceType = "AWS::ECS::TaskDefinition"

    /// `AWS::EFS::FileSystem`.
    public static let efsFileSystem: ResourceType = "AWS::EFS::FileSystem"

    /// `AWS::EKS::Cluster`.
    public static let eksCluster: ResourceType = "AWS::EKS::Cluster"

    /// `AWS::ElasticLoadBalancingV2::Listener`.
    public static let elbv2Listener: ResourceType = "AWS::ElasticLoadBalancingV2::Listener"

    /// `AWS::ElasticLoadBalancingV2::LoadBalancer`.
    public static let elbv2LoadBalancer: ResourceType = "AWS::ElasticLoadBalancingV2::LoadBalancer"

    /// `AWS::Events::EventBus`.
    public static let eventsEventBus: ResourceType = "AWS::Events::EventBus"

    /// `AWS::Events::Rule`.
    public static let eventsRule: ResourceType = "AWS::Events::Rule"

    /// `AWS::FMS::Policy`.
    public static let fmsPolicy: ResourceType = "AWS::FMS::Policy"

    /// `AWS::Glue::DevEndpoint`.
    public static let glueDevEndpoint: ResourceType = "AWS::Glue::DevEndpoint"

    /// `AWS::GuardDuty::Detector`.
    public static let guardDutyDetector: ResourceType = "AWS::GuardDuty::Detector"

    /// `AWS::IAM::AccessKey`.
    public static let iamAccessKey: ResourceType = "AWS::IAM::AccessKey"

    /// `AWS::IAM::Group`.
    public static let iamGroup: ResourceType = "AWS::IAM::Group"

    /// `AWS::IAM::InstanceProfile`.
    public static let iamInstanceProfile: ResourceType = "AWS::IAM::InstanceProfile"

    /// `AWS::IAM::ManagedPolicy`.
    public static let iamManagedPolicy: ResourceType = "AWS::IAM::ManagedPolicy"

    /// `AWS::IAM::OIDCProvider`.
    public static let iamOIDCProvider: ResourceType = "AWS::IAM::OIDCProvider"

    /// `AWS::IAM::Policy`.
    public static let iamPolicy: ResourceType = "AWS::IAM::Policy"

    /// `AWS::IAM::Role`.
    public static let iamRole: ResourceType = "AWS::IAM::Role"

    /// `AWS::IAM::SAMLProvider`.
    public static let iamSAMLProvider: ResourceType = "AWS::IAM::SAMLProvider"

    /// `AWS::IAM::ServerCertificate`.
    public static let iamServerCertificate: ResourceType = "AWS::IAM::ServerCertificate"

    /// `AWS::IAM::User`.
    public static let iamUser: ResourceType = "AWS::IAM::User"

    /// `AWS::IAM::VirtualMFADevice`.
    public static let iamVirtualMFADevice: ResourceType = "AWS::IAM::VirtualMFADevice"

    /// `AWS::KMS::Alias`.
    public static let kmsAlias: ResourceType = "AWS::KMS::Alias"

    /// `AWS::KMS::Key`.
    public static let kmsKey: ResourceType = "AWS::KMS::Key"

    /// `AWS::Lambda::Function`.
    public static let lambdaFunction: ResourceType = "AWS::Lambda::Function"

    /// `AWS::Lambda::Url`.
    public static let lambdaURL: ResourceType = "AWS::Lambda::Url"

    /// `AWS::Logs::LogGroup`.
    public static let logsLogGroup: ResourceType = "AWS::Logs::LogGroup"

    /// `AWS::Logs::MetricFilter`.
    public static let logsMetricFilter: ResourceType = "AWS::Logs::MetricFilter"

    /// `AWS::Macie::Session`.
    public static let macieSession: ResourceType = "AWS::Macie::Session"

    /// `AWS::OpenSearchService::Domain`.
    public static let openSearchServiceDomain: ResourceType = "AWS::OpenSearchService::Domain"

    /// `AWS::Organizations::Account`.
    public static let organizationsAccount: ResourceType = "AWS::Organizations::Account"

    /// `AWS::Organizations::Organization`.
    public static let organizationsOrganization: ResourceType = "AWS::Organizations::Organization"

    /// `AWS::Organizations::OrganizationalUnit`.
    public static let organizationsOrganizationalUnit: ResourceType = "AWS::Organizations::OrganizationalUnit"

    /// `AWS::Organizations::Policy`.
    public static let organizationsPolicy: ResourceType = "AWS::Organizations::Policy"

    /// `AWS::RDS::DBCluster`.
    public static let rdsDBCluster: ResourceType = "AWS::RDS::DBCluster"

    /// `AWS::RDS::DBClusterSnapshot`.
    public static let rdsDBClusterSnapshot: ResourceType = "AWS::RDS::DBClusterSnapshot"

    /// `AWS::RDS::DBInstance`.
    public static let rdsDBInstance: ResourceType = "AWS::RDS::DBInstance"

    /// `AWS::RDS::DBSnapshot`.
    public static let rdsDBSnapshot: ResourceType = "AWS::RDS::DBSnapshot"

    /// `AWS::S3::AccountPublicAccessBlock`.
    public static let s3AccountPublicAccessBlock: ResourceType = "AWS::S3::AccountPublicAccessBlock"

    /// `AWS::S3::Bucket`.
    public static let s3Bucket: ResourceType = "AWS::S3::Bucket"

    /// `AWS::SageMaker::NotebookInstance`.
    public static let sageMakerNotebookInstance: ResourceType = "AWS::SageMaker::NotebookInstance"

    /// `AWS::SecretsManager::Secret`.
    public static let secretsManagerSecret: ResourceType = "AWS::SecretsManager::Secret"

    /// `AWS::SecurityHub::Hub`.
    public static let securityHubHub: ResourceType = "AWS::SecurityHub::Hub"

    /// `AWS::SecurityHub::Standard`.
    public static let securityHubStandard: ResourceType = "AWS::SecurityHub::Standard"

    /// `AWS::Shield::Protection`.
    public static let shieldProtection: ResourceType = "AWS::Shield::Protection"

    /// `AWS::SNS::Topic`.
    public static let snsTopic: ResourceType = "AWS::SNS::Topic"

    /// `AWS::SQS::Queue`.
    public static let sqsQueue: ResourceType = "AWS::SQS::Queue"

    /// `AWS::SSMContacts::Contact`.
    public static let ssmContactsContact: ResourceType = "AWS::SSMContacts::Contact"

    /// `AWS::SSM::Document`.
    public static let ssmDocument: ResourceType = "AWS::SSM::Document"

    /// `AWS::SSMIncidents::ResponsePlan`.
    public static let ssmIncidentsResponsePlan: ResourceType = "AWS::SSMIncidents::ResponsePlan"

    /// `AWS::SSM::ManagedInstanceInventory`.
    public static let ssmManagedInstanceInventory: ResourceType = "AWS::SSM::ManagedInstanceInventory"

    /// `AWS::WAFv2::WebACL`.
    public static let wafv2WebACL: ResourceType = "AWS::WAFv2::WebACL"

    /// `AWS::WellArchitected::Workload`.
    public static let wellArchitectedWorkload: ResourceType = "AWS::WellArchitected::Workload"
}
