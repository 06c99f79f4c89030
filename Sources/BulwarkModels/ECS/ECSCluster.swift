public import BulwarkIAM

/// An ECS cluster with its services (`ecs describe-clusters`).
public struct ECSCluster: Sendable, Hashable {
    /// The cluster's ARN.
    public var clusterARN: ARN
    /// The cluster's name.
    public var clusterName: String
    /// `ACTIVE`, and others.
    public var status: String?
    /// Cluster settings, such as `containerInsights`.
    public var settings: [ECSSetting]
    /// The cluster's services (`ecs describe-services`); filled in by the loader.
    public var services: Observed<DescribedList<ECSService>>

    /// Creates an `ECSCluster` from its parts.
    public init(
        clusterARN: ARN,
        clusterName: String = "",
        status: String? = nil,
        settings: [ECSSetting] = [],
        services: Observed<DescribedList<ECSService>> = .notConfigured
    ) {
        self.clusterARN = clusterARN
        self.clusterName = clusterName
        self.status = status
        self.settings = settings
        self.services = services
    }
}

extension ECSCluster: Decodable {
    private enum CodingKeys: String, CodingKey {
        case clusterARN = "clusterArn"
        case clusterName = "clusterName"
        case status = "status"
        case settings = "settings"
    }

    /// Decodes an `ECSCluster` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        clusterARN = try container.decodeARN(forKey: .clusterARN)
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
    public var serviceARN: ARN
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
        serviceARN: ARN,
        serviceName: String = "",
        launchType: String? = nil,
        platformVersion: String? = nil,
        taskDefinition: String? = nil,
        networkConfiguration: ECSNetworkConfiguration? = nil
    ) {
        self.serviceARN = serviceARN
        self.serviceName = serviceName
        self.launchType = launchType
        self.platformVersion = platformVersion
        self.taskDefinition = taskDefinition
        self.networkConfiguration = networkConfiguration
    }
}

extension ECSService: Decodable {
    private enum CodingKeys: String, CodingKey {
        case serviceARN = "serviceArn"
        case serviceName = "serviceName"
        case launchType = "launchType"
        case platformVersion = "platformVersion"
        case taskDefinition = "taskDefinition"
        case networkConfiguration = "networkConfiguration"
    }

    /// Decodes an `ECSService` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        serviceARN = try container.decodeARN(forKey: .serviceARN)
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
    public var assignPublicIP: AssignPublicIP?

    /// Creates an `AWSVPCConfiguration` from its parts.
    public init(
        subnets: [String] = [],
        securityGroups: [String] = [],
        assignPublicIP: AssignPublicIP? = nil
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
        assignPublicIP = try container.decodeIfPresent(AssignPublicIP.self, forKey: .assignPublicIP)
    }
}

/// Whether ECS tasks get public IP addresses.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct AssignPublicIP: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : Tasks get public IP addresses.
    public static let enabled = AssignPublicIP(rawValue: "ENABLED")

    /// : Tasks get private addresses only.
    public static let disabled = AssignPublicIP(rawValue: "DISABLED")
}
