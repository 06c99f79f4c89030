public import BulwarkIAM

/// An ECS task definition (`ecs describe-task-definition`).
public struct ECSTaskDefinition: Sendable, Hashable {
    /// The task definition's ARN.
    public var taskDefinitionARN: ARN
    /// The family.
    public var family: String
    /// The revision.
    public var revision: Int
    /// `awsvpc`, `bridge`, `host` or `none`.
    public var networkMode: String?
    /// `host` shares the host's process namespace.
    public var pidMode: String?
    /// The role the containers use.
    public var taskRoleARN: ARN?
    /// The role ECS uses to start the task.
    public var executionRoleARN: ARN?
    /// The containers.
    public var containerDefinitions: [ContainerDefinition]

    /// Creates an `ECSTaskDefinition` from its parts.
    public init(
        taskDefinitionARN: ARN,
        family: String = "",
        revision: Int = 0,
        networkMode: String? = nil,
        pidMode: String? = nil,
        taskRoleARN: ARN? = nil,
        executionRoleARN: ARN? = nil,
        containerDefinitions: [ContainerDefinition] = []
    ) {
        self.taskDefinitionARN = taskDefinitionARN
        self.family = family
        self.revision = revision
        self.networkMode = networkMode
        self.pidMode = pidMode
        self.taskRoleARN = taskRoleARN
        self.executionRoleARN = executionRoleARN
        self.containerDefinitions = containerDefinitions
    }
}

extension ECSTaskDefinition: Decodable {
    private enum CodingKeys: String, CodingKey {
        case taskDefinitionARN = "taskDefinitionArn"
        case family = "family"
        case revision = "revision"
        case networkMode = "networkMode"
        case pidMode = "pidMode"
        case taskRoleARN = "taskRoleArn"
        case executionRoleARN = "executionRoleArn"
        case containerDefinitions = "containerDefinitions"
    }

    /// Decodes an `ECSTaskDefinition` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        taskDefinitionARN = try container.decodeARN(forKey: .taskDefinitionARN)
        family = try container.decodeIfPresent(String.self, forKey: .family) ?? ""
        revision = try container.decodeIfPresent(Int.self, forKey: .revision) ?? 0
        networkMode = try container.decodeIfPresent(String.self, forKey: .networkMode)
        pidMode = try container.decodeIfPresent(String.self, forKey: .pidMode)
        taskRoleARN = try container.decodeARNIfPresent(forKey: .taskRoleARN)
        executionRoleARN = try container.decodeARNIfPresent(forKey: .executionRoleARN)
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
