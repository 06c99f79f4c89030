/// An ECS cluster with its services (`ecs describe-clusters`).
public struct ECSCluster: Sendable, Hashable {
    /// The cluster's ARN.
    public var clusterArn: String
    /// The cluster's name.
    public var clusterName: String
    /// `ACTIVE`, and others.
    public var status: String?
    /// Cluster settings, such as `containerInsights`.
    public var settings: [ECSSetting]
    /// The cluster's services (`ecs describe-services`); filled in by the loader.
    public var services: Observed<[ECSService]>

    /// Creates an `ECSCluster` from its parts.
    public init(
        clusterArn: String,
        clusterName: String = "",
        status: String? = nil,
        settings: [ECSSetting] = [],
        services: Observed<[ECSService]> = .notConfigured
    ) {
        self.clusterArn = clusterArn
        self.clusterName = clusterName
        self.status = status
        self.settings = settings
        self.services = services
    }
}

extension ECSCluster: Decodable {
    private enum CodingKeys: String, CodingKey {
        case clusterArn = "clusterArn"
        case clusterName = "clusterName"
        case status = "status"
        case settings = "settings"
    }

    /// Decodes an `ECSCluster` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        clusterArn = try container.decode(String.self, forKey: .clusterArn)
        clusterName = try container.decodeIfPresent(String.self, forKey: .clusterName) ?? ""
        status = try container.decodeIfPresent(String.self, forKey: .status)
        settings = try container.decodeIfPresent([ECSSetting].self, forKey: .settings) ?? []
        services = .notConfigured
    }
}

/// A name-value setting of an ECS cluster.
public struct ECSSetting: Sendable, Hashable {
    /// The setting, such as `containerInsights`.
    public var name: String
    /// Its value, such as `enabled`.
    public var value: String

    /// Creates an `ECSSetting` from its parts.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension ECSSetting: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case value = "value"
    }

    /// Decodes an `ECSSetting` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decode(String.self, forKey: .value)
    }
}

/// An ECS service (`ecs describe-services`).
public struct ECSService: Sendable, Hashable {
    /// The service's ARN.
    public var serviceArn: String
    /// The service's name.
    public var serviceName: String
    /// `EC2`, `FARGATE` or `EXTERNAL`.
    public var launchType: String?
    /// The Fargate platform version.
    public var platformVersion: String?
    /// The task definition's ARN.
    public var taskDefinition: String?
    /// The awsvpc network settings.
    public var networkConfiguration: ECSNetworkConfiguration?

    /// Creates an `ECSService` from its parts.
    public init(
        serviceArn: String,
        serviceName: String = "",
        launchType: String? = nil,
        platformVersion: String? = nil,
        taskDefinition: String? = nil,
        networkConfiguration: ECSNetworkConfiguration? = nil
    ) {
        self.serviceArn = serviceArn
        self.serviceName = serviceName
        self.launchType = launchType
        self.platformVersion = platformVersion
        self.taskDefinition = taskDefinition
        self.networkConfiguration = networkConfiguration
    }
}

extension ECSService: Decodable {
    private enum CodingKeys: String, CodingKey {
        case serviceArn = "serviceArn"
        case serviceName = "serviceName"
        case launchType = "launchType"
        case platformVersion = "platformVersion"
        case taskDefinition = "taskDefinition"
        case networkConfiguration = "networkConfiguration"
    }

    /// Decodes an `ECSService` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        serviceArn = try container.decode(String.self, forKey: .serviceArn)
        serviceName = try container.decodeIfPresent(String.self, forKey: .serviceName) ?? ""
        launchType = try container.decodeIfPresent(String.self, forKey: .launchType)
        platformVersion = try container.decodeIfPresent(String.self, forKey: .platformVersion)
        taskDefinition = try container.decodeIfPresent(String.self, forKey: .taskDefinition)
        networkConfiguration = try container.decodeIfPresent(
            ECSNetworkConfiguration.self,
            forKey: .networkConfiguration
        )
    }
}

/// The network configuration of an ECS service.
public struct ECSNetworkConfiguration: Sendable, Hashable {
    /// The awsvpc settings.
    public var awsvpcConfiguration: AWSVPCConfiguration?

    /// Creates an `ECSNetworkConfiguration` from its parts.
    public init(awsvpcConfiguration: AWSVPCConfiguration? = nil) {
        self.awsvpcConfiguration = awsvpcConfiguration
    }
}

extension ECSNetworkConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case awsvpcConfiguration = "awsvpcConfiguration"
    }

    /// Decodes an `ECSNetworkConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        awsvpcConfiguration = try container.decodeIfPresent(AWSVPCConfiguration.self, forKey: .awsvpcConfiguration)
    }
}

/// The awsvpc settings of an ECS service.
public struct AWSVPCConfiguration: Sendable, Hashable {
    /// The subnets.
    public var subnets: [String]
    /// The security groups.
    public var securityGroups: [String]
    /// `ENABLED` gives tasks public IP addresses.
    public var assignPublicIP: String?

    /// Creates an `AWSVPCConfiguration` from its parts.
    public init(
        subnets: [String] = [],
        securityGroups: [String] = [],
        assignPublicIP: String? = nil
    ) {
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.assignPublicIP = assignPublicIP
    }
}

extension AWSVPCConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case subnets = "subnets"
        case securityGroups = "securityGroups"
        case assignPublicIP = "assignPublicIp"
    }

    /// Decodes an `AWSVPCConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        subnets = try container.decodeIfPresent([String].self, forKey: .subnets) ?? []
        securityGroups = try container.decodeIfPresent([String].self, forKey: .securityGroups) ?? []
        assignPublicIP = try container.decodeIfPresent(String.self, forKey: .assignPublicIP)
    }
}

/// An ECS task definition (`ecs describe-task-definition`).
public struct ECSTaskDefinition: Sendable, Hashable {
    /// The task definition's ARN.
    public var taskDefinitionArn: String
    /// The family.
    public var family: String
    /// The revision.
    public var revision: Int
    /// `awsvpc`, `bridge`, `host` or `none`.
    public var networkMode: String?
    /// `host` shares the host's process namespace.
    public var pidMode: String?
    /// The role the containers use.
    public var taskRoleArn: String?
    /// The role ECS uses to start the task.
    public var executionRoleArn: String?
    /// The containers.
    public var containerDefinitions: [ContainerDefinition]

    /// Creates an `ECSTaskDefinition` from its parts.
    public init(
        taskDefinitionArn: String,
        family: String = "",
        revision: Int = 0,
        networkMode: String? = nil,
        pidMode: String? = nil,
        taskRoleArn: String? = nil,
        executionRoleArn: String? = nil,
        containerDefinitions: [ContainerDefinition] = []
    ) {
        self.taskDefinitionArn = taskDefinitionArn
        self.family = family
        self.revision = revision
        self.networkMode = networkMode
        self.pidMode = pidMode
        self.taskRoleArn = taskRoleArn
        self.executionRoleArn = executionRoleArn
        self.containerDefinitions = containerDefinitions
    }
}

extension ECSTaskDefinition: Decodable {
    private enum CodingKeys: String, CodingKey {
        case taskDefinitionArn = "taskDefinitionArn"
        case family = "family"
        case revision = "revision"
        case networkMode = "networkMode"
        case pidMode = "pidMode"
        case taskRoleArn = "taskRoleArn"
        case executionRoleArn = "executionRoleArn"
        case containerDefinitions = "containerDefinitions"
    }

    /// Decodes an `ECSTaskDefinition` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        taskDefinitionArn = try container.decode(String.self, forKey: .taskDefinitionArn)
        family = try container.decodeIfPresent(String.self, forKey: .family) ?? ""
        revision = try container.decodeIfPresent(Int.self, forKey: .revision) ?? 0
        networkMode = try container.decodeIfPresent(String.self, forKey: .networkMode)
        pidMode = try container.decodeIfPresent(String.self, forKey: .pidMode)
        taskRoleArn = try container.decodeIfPresent(String.self, forKey: .taskRoleArn)
        executionRoleArn = try container.decodeIfPresent(String.self, forKey: .executionRoleArn)
        containerDefinitions =
            try container.decodeIfPresent([ContainerDefinition].self, forKey: .containerDefinitions) ?? []
    }
}

/// One container of an ECS task definition.
public struct ContainerDefinition: Sendable, Hashable {
    /// The container's name.
    public var name: String
    /// The image.
    public var image: String?
    /// Whether the container runs privileged.
    public var privileged: Bool
    /// The user the container runs as.
    public var user: String?
    /// Whether the root file system is read-only.
    public var readonlyRootFilesystem: Bool
    /// Plain environment variables.
    public var environment: [ECSKeyValue]
    /// Environment variables from Secrets Manager or Parameter Store.
    public var secrets: [ECSSecret]
    /// Where logs go.
    public var logConfiguration: ECSLogConfiguration?

    /// Creates a `ContainerDefinition` from its parts.
    public init(
        name: String,
        image: String? = nil,
        privileged: Bool = false,
        user: String? = nil,
        readonlyRootFilesystem: Bool = false,
        environment: [ECSKeyValue] = [],
        secrets: [ECSSecret] = [],
        logConfiguration: ECSLogConfiguration? = nil
    ) {
        self.name = name
        self.image = image
        self.privileged = privileged
        self.user = user
        self.readonlyRootFilesystem = readonlyRootFilesystem
        self.environment = environment
        self.secrets = secrets
        self.logConfiguration = logConfiguration
    }
}

extension ContainerDefinition: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case image = "image"
        case privileged = "privileged"
        case user = "user"
        case readonlyRootFilesystem = "readonlyRootFilesystem"
        case environment = "environment"
        case secrets = "secrets"
        case logConfiguration = "logConfiguration"
    }

    /// Decodes a `ContainerDefinition` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        image = try container.decodeIfPresent(String.self, forKey: .image)
        privileged = try container.decodeIfPresent(Bool.self, forKey: .privileged) ?? false
        user = try container.decodeIfPresent(String.self, forKey: .user)
        readonlyRootFilesystem = try container.decodeIfPresent(Bool.self, forKey: .readonlyRootFilesystem) ?? false
        environment = try container.decodeIfPresent([ECSKeyValue].self, forKey: .environment) ?? []
        secrets = try container.decodeIfPresent([ECSSecret].self, forKey: .secrets) ?? []
        logConfiguration = try container.decodeIfPresent(ECSLogConfiguration.self, forKey: .logConfiguration)
    }
}

/// A plain environment variable.
public struct ECSKeyValue: Sendable, Hashable {
    /// The variable.
    public var name: String
    /// Its value.
    public var value: String

    /// Creates an `ECSKeyValue` from its parts.
    public init(name: String, value: String = "") {
        self.name = name
        self.value = value
    }
}

extension ECSKeyValue: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case value = "value"
    }

    /// Decodes an `ECSKeyValue` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
    }
}

/// An environment variable from a secret.
public struct ECSSecret: Sendable, Hashable {
    /// The variable.
    public var name: String
    /// The secret's ARN.
    public var valueFrom: String

    /// Creates an `ECSSecret` from its parts.
    public init(name: String, valueFrom: String) {
        self.name = name
        self.valueFrom = valueFrom
    }
}

extension ECSSecret: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case valueFrom = "valueFrom"
    }

    /// Decodes an `ECSSecret` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        valueFrom = try container.decode(String.self, forKey: .valueFrom)
    }
}

/// A container's log configuration.
public struct ECSLogConfiguration: Sendable, Hashable {
    /// `awslogs`, `awsfirelens`, and others.
    public var logDriver: String

    /// Creates an `ECSLogConfiguration` from its parts.
    public init(logDriver: String) {
        self.logDriver = logDriver
    }
}

extension ECSLogConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case logDriver = "logDriver"
    }

    /// Decodes an `ECSLogConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        logDriver = try container.decode(String.self, forKey: .logDriver)
    }
}

/// ECS in one region.
public struct ECSSnapshot: Sendable, Hashable {
    /// The clusters with their services.
    public var clusters: Observed<[ECSCluster]>
    /// The active task definitions.
    public var taskDefinitions: Observed<[ECSTaskDefinition]>

    /// Creates an `ECSSnapshot` from its parts.
    public init(
        clusters: Observed<[ECSCluster]> = .notConfigured,
        taskDefinitions: Observed<[ECSTaskDefinition]> = .notConfigured
    ) {
        self.clusters = clusters
        self.taskDefinitions = taskDefinitions
    }
}
