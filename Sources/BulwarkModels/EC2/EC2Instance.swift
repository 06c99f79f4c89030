public import BulwarkIAM

public import Foundation

/// An EC2 instance (`ec2 describe-instances`).
public struct EC2Instance: Sendable, Hashable {
    /// The instance id.
    public var instanceID: String
    /// The instance type.
    public var instanceType: String?
    /// The lifecycle state.
    public var state: InstanceState?
    /// The AMI.
    public var imageID: String?
    /// When the instance was launched.
    public var launchTime: Date?
    /// The VPC.
    public var vpcID: String?
    /// The subnet.
    public var subnetID: String?
    /// The public IPv4 address, if any.
    public var publicIPAddress: String?
    /// The private IPv4 address.
    public var privateIPAddress: String?
    /// The instance profile passing a role to the instance.
    public var iamInstanceProfile: IAMInstanceProfileReference?
    /// The instance metadata service settings (IMDSv2).
    public var metadataOptions: InstanceMetadataOptions?
    /// The security groups.
    public var securityGroups: [GroupIdentifier]

    /// Creates an `EC2Instance` from its parts.
    public init(
        instanceID: String,
        instanceType: String? = nil,
        state: InstanceState? = nil,
        imageID: String? = nil,
        launchTime: Date? = nil,
        vpcID: String? = nil,
        subnetID: String? = nil,
        publicIPAddress: String? = nil,
        privateIPAddress: String? = nil,
        iamInstanceProfile: IAMInstanceProfileReference? = nil,
        metadataOptions: InstanceMetadataOptions? = nil,
        securityGroups: [GroupIdentifier] = []
    ) {
        self.instanceID = instanceID
        self.instanceType = instanceType
        self.state = state
        self.imageID = imageID
        self.launchTime = launchTime
        self.vpcID = vpcID
        self.subnetID = subnetID
        self.publicIPAddress = publicIPAddress
        self.privateIPAddress = privateIPAddress
        self.iamInstanceProfile = iamInstanceProfile
        self.metadataOptions = metadataOptions
        self.securityGroups = securityGroups
    }

    /// Whether the instance is running.
    public var isRunning: Bool { state?.name == .running }
}

extension EC2Instance: Decodable {
    private enum CodingKeys: String, CodingKey {
        case instanceID = "InstanceId"
        case instanceType = "InstanceType"
        case state = "State"
        case imageID = "ImageId"
        case launchTime = "LaunchTime"
        case vpcID = "VpcId"
        case subnetID = "SubnetId"
        case publicIPAddress = "PublicIpAddress"
        case privateIPAddress = "PrivateIpAddress"
        case iamInstanceProfile = "IamInstanceProfile"
        case metadataOptions = "MetadataOptions"
        case securityGroups = "SecurityGroups"
    }

    /// Decodes an `EC2Instance` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        instanceID = try container.decode(String.self, forKey: .instanceID)
        instanceType = try container.decodeIfPresent(String.self, forKey: .instanceType)
        state = try container.decodeIfPresent(InstanceState.self, forKey: .state)
        imageID = try container.decodeIfPresent(String.self, forKey: .imageID)
        launchTime = try container.decodeIfPresent(Date.self, forKey: .launchTime)
        vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
        subnetID = try container.decodeIfPresent(String.self, forKey: .subnetID)
        publicIPAddress = try container.decodeIfPresent(String.self, forKey: .publicIPAddress)
        privateIPAddress = try container.decodeIfPresent(String.self, forKey: .privateIPAddress)
        iamInstanceProfile = try container.decodeIfPresent(
            IAMInstanceProfileReference.self,
            forKey: .iamInstanceProfile
        )
        metadataOptions = try container.decodeIfPresent(InstanceMetadataOptions.self, forKey: .metadataOptions)
        securityGroups = try container.decodeIfPresent([GroupIdentifier].self, forKey: .securityGroups) ?? []
    }
}

/// An instance's lifecycle state.
public struct InstanceState: Sendable, Hashable {
    /// The numeric state code.
    public var code: Int?
    /// The state name.
    public var name: InstanceStateName

    /// Creates an `InstanceState` from its parts.
    public init(code: Int? = nil, name: InstanceStateName) {
        self.code = code
        self.name = name
    }
}

extension InstanceState: Decodable {
    private enum CodingKeys: String, CodingKey {
        case code = "Code"
        case name = "Name"
    }

    /// Decodes an `InstanceState` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decodeIfPresent(Int.self, forKey: .code)
        name = try container.decode(InstanceStateName.self, forKey: .name)
    }
}

/// An EC2 instance lifecycle state.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct InstanceStateName: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : Starting.
    public static let pending = InstanceStateName(rawValue: "pending")

    /// : Running.
    public static let running = InstanceStateName(rawValue: "running")

    /// : Stopping.
    public static let stopping = InstanceStateName(rawValue: "stopping")

    /// : Stopped.
    public static let stopped = InstanceStateName(rawValue: "stopped")

    /// : Terminating.
    public static let shuttingDown = InstanceStateName(rawValue: "shutting-down")

    /// : Terminated.
    public static let terminated = InstanceStateName(rawValue: "terminated")
}

/// The instance profile attached to an instance.
public struct IAMInstanceProfileReference: Sendable, Hashable {
    /// The instance profile's ARN.
    public var arn: ARN
    /// The instance profile's id.
    public var id: String?

    /// Creates an `IAMInstanceProfileReference` from its parts.
    public init(arn: ARN, id: String? = nil) {
        self.arn = arn
        self.id = id
    }
}

extension IAMInstanceProfileReference: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn = "Arn"
        case id = "Id"
    }

    /// Decodes an `IAMInstanceProfileReference` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
        id = try container.decodeIfPresent(String.self, forKey: .id)
    }
}

/// An instance's metadata service (IMDS) settings.
public struct InstanceMetadataOptions: Sendable, Hashable {
    /// `required` (IMDSv2 only) or `optional` (IMDSv1 allowed).
    public var httpTokens: HTTPTokensState?
    /// `enabled` or `disabled`.
    public var httpEndpoint: InstanceMetadataEndpointState?
    /// The PUT response hop limit.
    public var httpPutResponseHopLimit: Int?

    /// Creates an `InstanceMetadataOptions` from its parts.
    public init(
        httpTokens: HTTPTokensState? = nil,
        httpEndpoint: InstanceMetadataEndpointState? = nil,
        httpPutResponseHopLimit: Int? = nil
    ) {
        self.httpTokens = httpTokens
        self.httpEndpoint = httpEndpoint
        self.httpPutResponseHopLimit = httpPutResponseHopLimit
    }

    /// Whether IMDSv2 is required, or the metadata service is off.
    public var requiresIMDSv2: Bool { httpTokens == "required" || httpEndpoint == "disabled" }
}

extension InstanceMetadataOptions: Decodable {
    private enum CodingKeys: String, CodingKey {
        case httpTokens = "HttpTokens"
        case httpEndpoint = "HttpEndpoint"
        case httpPutResponseHopLimit = "HttpPutResponseHopLimit"
    }

    /// Decodes an `InstanceMetadataOptions` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        httpTokens = try container.decodeIfPresent(HTTPTokensState.self, forKey: .httpTokens)
        httpEndpoint = try container.decodeIfPresent(InstanceMetadataEndpointState.self, forKey: .httpEndpoint)
        httpPutResponseHopLimit = try container.decodeIfPresent(Int.self, forKey: .httpPutResponseHopLimit)
    }
}

/// Whether an instance's metadata service requires session tokens (IMDSv2).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct HTTPTokensState: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : IMDSv2 only.
    public static let required = HTTPTokensState(rawValue: "required")

    /// : IMDSv1 is allowed too.
    public static let optional = HTTPTokensState(rawValue: "optional")
}

/// Whether an instance's metadata service answers.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct InstanceMetadataEndpointState: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : The metadata service is on.
    public static let enabled = InstanceMetadataEndpointState(rawValue: "enabled")

    /// : The metadata service is off.
    public static let disabled = InstanceMetadataEndpointState(rawValue: "disabled")
}

/// A security group attached to an instance or interface.
public struct GroupIdentifier: Sendable, Hashable {
    /// The group id.
    public var groupID: String
    /// The group name.
    public var groupName: String?

    /// Creates a `GroupIdentifier` from its parts.
    public init(groupID: String, groupName: String? = nil) {
        self.groupID = groupID
        self.groupName = groupName
    }
}

extension GroupIdentifier: Decodable {
    private enum CodingKeys: String, CodingKey {
        case groupID = "GroupId"
        case groupName = "GroupName"
    }

    /// Decodes a `GroupIdentifier` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        groupID = try container.decode(String.self, forKey: .groupID)
        groupName = try container.decodeIfPresent(String.self, forKey: .groupName)
    }
}
