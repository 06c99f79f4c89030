public import Foundation

/// A node managed by AWS Systems Manager (`ssm describe-instance-information`).
public struct ManagedInstance: Sendable, Hashable {
    /// The instance id (`i-…` for EC2, `mi-…` for hybrid nodes).
    public var instanceID: String
    /// Whether the SSM Agent is reachable: `Online`, `ConnectionLost` or `Inactive`.
    public var pingStatus: String
    /// When the agent last answered.
    public var lastPingDateTime: Date?
    /// The SSM Agent version.
    public var agentVersion: String?
    /// Whether the agent is the latest version (`false` for agents that are behind).
    public var isLatestVersion: Bool?
    /// `Windows`, `Linux` or `MacOS`.
    public var platformType: String?
    /// The operating system's name.
    public var platformName: String?
    /// `EC2Instance` or `ManagedInstance`.
    public var resourceType: String?
    /// The status of State Manager associations on the node.
    public var associationStatus: String?

    /// Creates a `ManagedInstance` from its parts.
    public init(
        instanceID: String,
        pingStatus: String = "Online",
        lastPingDateTime: Date? = nil,
        agentVersion: String? = nil,
        isLatestVersion: Bool? = nil,
        platformType: String? = nil,
        platformName: String? = nil,
        resourceType: String? = nil,
        associationStatus: String? = nil
    ) {
        self.instanceID = instanceID
        self.pingStatus = pingStatus
        self.lastPingDateTime = lastPingDateTime
        self.agentVersion = agentVersion
        self.isLatestVersion = isLatestVersion
        self.platformType = platformType
        self.platformName = platformName
        self.resourceType = resourceType
        self.associationStatus = associationStatus
    }

    /// Whether the agent answers (`PingStatus` is `Online`).
    public var isOnline: Bool { pingStatus == "Online" }
}

extension ManagedInstance: Decodable {
    private enum CodingKeys: String, CodingKey {
        case instanceID = "InstanceId"
        case pingStatus = "PingStatus"
        case lastPingDateTime = "LastPingDateTime"
        case agentVersion = "AgentVersion"
        case isLatestVersion = "IsLatestVersion"
        case platformType = "PlatformType"
        case platformName = "PlatformName"
        case resourceType = "ResourceType"
        case associationStatus = "AssociationStatus"
    }

    /// Decodes a `ManagedInstance` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        instanceID = try container.decode(String.self, forKey: .instanceID)
        pingStatus = try container.decodeIfPresent(String.self, forKey: .pingStatus) ?? ""
        lastPingDateTime = try container.decodeIfPresent(Date.self, forKey: .lastPingDateTime)
        agentVersion = try container.decodeIfPresent(String.self, forKey: .agentVersion)
        isLatestVersion = try container.decodeIfPresent(Bool.self, forKey: .isLatestVersion)
        platformType = try container.decodeIfPresent(String.self, forKey: .platformType)
        platformName = try container.decodeIfPresent(String.self, forKey: .platformName)
        resourceType = try container.decodeIfPresent(String.self, forKey: .resourceType)
        associationStatus = try container.decodeIfPresent(String.self, forKey: .associationStatus)
    }
}
