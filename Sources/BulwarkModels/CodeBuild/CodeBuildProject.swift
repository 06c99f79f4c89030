public import BulwarkIAM

/// A CodeBuild project (`codebuild batch-get-projects`).
public struct CodeBuildProject: Sendable, Hashable {
    /// The project's name.
    public var name: String
    /// The project's ARN.
    public var arn: ARN?
    /// The primary source.
    public var source: CodeBuildSource?
    /// Other sources.
    public var secondarySources: [CodeBuildSource]
    /// The build environment.
    public var environment: CodeBuildEnvironment?
    /// Where build logs go.
    public var logsConfig: CodeBuildLogsConfig?
    /// The KMS key for artifacts.
    public var encryptionKey: String?
    /// The role the build uses.
    public var serviceRole: String?

    /// Creates a `CodeBuildProject` from its parts.
    public init(
        name: String,
        arn: ARN? = nil,
        source: CodeBuildSource? = nil,
        secondarySources: [CodeBuildSource] = [],
        environment: CodeBuildEnvironment? = nil,
        logsConfig: CodeBuildLogsConfig? = nil,
        encryptionKey: String? = nil,
        serviceRole: String? = nil
    ) {
        self.name = name
        self.arn = arn
        self.source = source
        self.secondarySources = secondarySources
        self.environment = environment
        self.logsConfig = logsConfig
        self.encryptionKey = encryptionKey
        self.serviceRole = serviceRole
    }
}

extension CodeBuildProject: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case arn = "arn"
        case source = "source"
        case secondarySources = "secondarySources"
        case environment = "environment"
        case logsConfig = "logsConfig"
        case encryptionKey = "encryptionKey"
        case serviceRole = "serviceRole"
    }

    /// Decodes a `CodeBuildProject` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        arn = try container.decodeARNIfPresent(forKey: .arn)
        source = try container.decodeIfPresent(CodeBuildSource.self, forKey: .source)
        secondarySources = try container.decodeIfPresent([CodeBuildSource].self, forKey: .secondarySources) ?? []
        environment = try container.decodeIfPresent(CodeBuildEnvironment.self, forKey: .environment)
        logsConfig = try container.decodeIfPresent(CodeBuildLogsConfig.self, forKey: .logsConfig)
        encryptionKey = try container.decodeIfPresent(String.self, forKey: .encryptionKey)
        serviceRole = try container.decodeIfPresent(String.self, forKey: .serviceRole)
    }
}

/// A CodeBuild source.
public struct CodeBuildSource: Sendable, Hashable {
    /// `GITHUB`, `CODECOMMIT`, `S3`, `BITBUCKET`, `NO_SOURCE`, and others.
    public var type: String
    /// The repository URL or S3 path (credentials in it are a finding).
    public var location: String?

    /// Creates a `CodeBuildSource` from its parts.
    public init(type: String, location: String? = nil) {
        self.type = type
        self.location = location
    }
}

extension CodeBuildSource: Decodable {
    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case location = "location"
    }

    /// Decodes a `CodeBuildSource` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        location = try container.decodeIfPresent(String.self, forKey: .location)
    }
}

/// A CodeBuild build environment.
public struct CodeBuildEnvironment: Sendable, Hashable {
    /// The environment type.
    public var type: String?
    /// The build image.
    public var image: String?
    /// Whether builds run privileged (Docker in Docker).
    public var privilegedMode: Bool
    /// The environment variables.
    public var environmentVariables: [CodeBuildEnvironmentVariable]

    /// Creates a `CodeBuildEnvironment` from its parts.
    public init(
        type: String? = nil,
        image: String? = nil,
        privilegedMode: Bool = false,
        environmentVariables: [CodeBuildEnvironmentVariable] = []
    ) {
        self.type = type
        self.image = image
        self.privilegedMode = privilegedMode
        self.environmentVariables = environmentVariables
    }
}

extension CodeBuildEnvironment: Decodable {
    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case image = "image"
        case privilegedMode = "privilegedMode"
        case environmentVariables = "environmentVariables"
    }

    /// Decodes a `CodeBuildEnvironment` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        image = try container.decodeIfPresent(String.self, forKey: .image)
        privilegedMode = try container.decodeIfPresent(Bool.self, forKey: .privilegedMode) ?? false
        environmentVariables =
            try container.decodeIfPresent([CodeBuildEnvironmentVariable].self, forKey: .environmentVariables) ?? []
    }
}

/// A CodeBuild environment variable.
public struct CodeBuildEnvironmentVariable: Sendable, Hashable {
    /// The variable.
    public var name: String
    /// Its value (a name or ARN for non-plain types).
    public var value: String
    /// `PLAINTEXT`, `PARAMETER_STORE` or `SECRETS_MANAGER`.
    public var type: EnvironmentVariableType

    /// Creates a `CodeBuildEnvironmentVariable` from its parts.
    public init(
        name: String,
        value: String = "",
        type: EnvironmentVariableType = .plaintext
    ) {
        self.name = name
        self.value = value
        self.type = type
    }
}

extension CodeBuildEnvironmentVariable: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case value = "value"
        case type = "type"
    }

    /// Decodes a `CodeBuildEnvironmentVariable` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
        type = try container.decodeIfPresent(EnvironmentVariableType.self, forKey: .type) ?? .plaintext
    }
}

/// Where a CodeBuild environment variable's value comes from.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct EnvironmentVariableType: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : The value is stored in the project, in clear text.
    public static let plaintext = EnvironmentVariableType(rawValue: "PLAINTEXT")

    /// : The value is a Systems Manager Parameter Store name.
    public static let parameterStore = EnvironmentVariableType(rawValue: "PARAMETER_STORE")

    /// : The value is a Secrets Manager secret.
    public static let secretsManager = EnvironmentVariableType(rawValue: "SECRETS_MANAGER")
}

/// Where a CodeBuild project's logs go.
public struct CodeBuildLogsConfig: Sendable, Hashable {
    /// CloudWatch Logs.
    public var cloudWatchLogs: CodeBuildLogStatus?
    /// S3.
    public var s3Logs: CodeBuildS3Logs?

    /// Creates a `CodeBuildLogsConfig` from its parts.
    public init(
        cloudWatchLogs: CodeBuildLogStatus? = nil,
        s3Logs: CodeBuildS3Logs? = nil
    ) {
        self.cloudWatchLogs = cloudWatchLogs
        self.s3Logs = s3Logs
    }
}

extension CodeBuildLogsConfig: Decodable {
    private enum CodingKeys: String, CodingKey {
        case cloudWatchLogs = "cloudWatchLogs"
        case s3Logs = "s3Logs"
    }

    /// Decodes a `CodeBuildLogsConfig` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cloudWatchLogs = try container.decodeIfPresent(CodeBuildLogStatus.self, forKey: .cloudWatchLogs)
        s3Logs = try container.decodeIfPresent(CodeBuildS3Logs.self, forKey: .s3Logs)
    }
}

/// Whether a log destination is on.
public struct CodeBuildLogStatus: Sendable, Hashable {
    /// `ENABLED` or `DISABLED`.
    public var status: String

    /// Creates a `CodeBuildLogStatus` from its parts.
    public init(status: String) {
        self.status = status
    }
}

extension CodeBuildLogStatus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case status = "status"
    }

    /// Decodes a `CodeBuildLogStatus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(String.self, forKey: .status)
    }
}

/// S3 logging of a CodeBuild project.
public struct CodeBuildS3Logs: Sendable, Hashable {
    /// `ENABLED` or `DISABLED`.
    public var status: String
    /// Whether log encryption is turned off.
    public var encryptionDisabled: Bool

    /// Creates a `CodeBuildS3Logs` from its parts.
    public init(status: String, encryptionDisabled: Bool = false) {
        self.status = status
        self.encryptionDisabled = encryptionDisabled
    }
}

extension CodeBuildS3Logs: Decodable {
    private enum CodingKeys: String, CodingKey {
        case status = "status"
        case encryptionDisabled = "encryptionDisabled"
    }

    /// Decodes a `CodeBuildS3Logs` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(String.self, forKey: .status)
        encryptionDisabled = try container.decodeIfPresent(Bool.self, forKey: .encryptionDisabled) ?? false
    }
}
