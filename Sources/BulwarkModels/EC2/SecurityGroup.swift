/// A security group with its inbound and outbound rules (`ec2 describe-security-groups`).
public struct SecurityGroup: Sendable, Hashable {
    /// The group id (`sg-…`).
    public var groupID: String
    /// The group name (`default` for a VPC's default group).
    public var groupName: String
    /// The description.
    public var description: String
    /// The VPC.
    public var vpcID: String?
    /// The owning account.
    public var ownerID: String?
    /// Inbound rules.
    public var ipPermissions: [IPPermission]
    /// Outbound rules.
    public var ipPermissionsEgress: [IPPermission]

    /// Creates a `SecurityGroup` from its parts.
    public init(
        groupID: String,
        groupName: String = "",
        description: String = "",
        vpcID: String? = nil,
        ownerID: String? = nil,
        ipPermissions: [IPPermission] = [],
        ipPermissionsEgress: [IPPermission] = []
    ) {
        self.groupID = groupID
        self.groupName = groupName
        self.description = description
        self.vpcID = vpcID
        self.ownerID = ownerID
        self.ipPermissions = ipPermissions
        self.ipPermissionsEgress = ipPermissionsEgress
    }

    /// Whether this is a VPC's default security group.
    public var isDefault: Bool { groupName == "default" }
}

extension SecurityGroup: Decodable {
    private enum CodingKeys: String, CodingKey {
        case groupID = "GroupId"
        case groupName = "GroupName"
        case description = "Description"
        case vpcID = "VpcId"
        case ownerID = "OwnerId"
        case ipPermissions = "IpPermissions"
        case ipPermissionsEgress = "IpPermissionsEgress"
    }

    /// Decodes a `SecurityGroup` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        groupID = try container.decode(String.self, forKey: .groupID)
        groupName = try container.decodeIfPresent(String.self, forKey: .groupName) ?? ""
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
        ownerID = try container.decodeIfPresent(String.self, forKey: .ownerID)
        ipPermissions = try container.decodeIfPresent([IPPermission].self, forKey: .ipPermissions) ?? []
        ipPermissionsEgress = try container.decodeIfPresent([IPPermission].self, forKey: .ipPermissionsEgress) ?? []
    }
}

/// One security group rule: protocol, port range and sources or destinations.
public struct IPPermission: Sendable, Hashable {
    /// `tcp`, `udp`, `icmp`, a protocol number, or `-1` for all.
    public var ipProtocol: String
    /// The first port (or ICMP type); absent for all protocols.
    public var fromPort: Int?
    /// The last port (or ICMP code).
    public var toPort: Int?
    /// IPv4 ranges.
    public var ipRanges: [IPRange]
    /// IPv6 ranges.
    public var ipv6Ranges: [IPv6Range]
    /// Prefix lists.
    public var prefixListIDs: [PrefixListID]
    /// Other security groups.
    public var userIDGroupPairs: [UserIDGroupPair]

    /// Creates an `IPPermission` from its parts.
    public init(
        ipProtocol: String,
        fromPort: Int? = nil,
        toPort: Int? = nil,
        ipRanges: [IPRange] = [],
        ipv6Ranges: [IPv6Range] = [],
        prefixListIDs: [PrefixListID] = [],
        userIDGroupPairs: [UserIDGroupPair] = []
    ) {
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.ipRanges = ipRanges
        self.ipv6Ranges = ipv6Ranges
        self.prefixListIDs = prefixListIDs
        self.userIDGroupPairs = userIDGroupPairs
    }

    /// Whether the rule covers every protocol (`-1`).
    public var isAllProtocols: Bool { ipProtocol == "-1" }

    /// Whether the rule covers TCP or UDP port `port` (every port when the protocol is `-1`).
    public func covers(port: Int) -> Bool {
        if isAllProtocols { return true }
        guard let fromPort, let toPort else { return false }
        return fromPort <= port && port <= toPort
    }

    /// Whether the rule is open to the whole internet (`0.0.0.0/0` or `::/0`).
    public var isOpenToInternet: Bool {
        ipRanges.contains { $0.cidrIP == "0.0.0.0/0" } || ipv6Ranges.contains { $0.cidrIPv6 == "::/0" }
    }
}

extension IPPermission: Decodable {
    private enum CodingKeys: String, CodingKey {
        case ipProtocol = "IpProtocol"
        case fromPort = "FromPort"
        case toPort = "ToPort"
        case ipRanges = "IpRanges"
        case ipv6Ranges = "Ipv6Ranges"
        case prefixListIDs = "PrefixListIds"
        case userIDGroupPairs = "UserIdGroupPairs"
    }

    /// Decodes an `IPPermission` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ipProtocol = try container.decode(String.self, forKey: .ipProtocol)
        fromPort = try container.decodeIfPresent(Int.self, forKey: .fromPort)
        toPort = try container.decodeIfPresent(Int.self, forKey: .toPort)
        ipRanges = try container.decodeIfPresent([IPRange].self, forKey: .ipRanges) ?? []
        ipv6Ranges = try container.decodeIfPresent([IPv6Range].self, forKey: .ipv6Ranges) ?? []
        prefixListIDs = try container.decodeIfPresent([PrefixListID].self, forKey: .prefixListIDs) ?? []
        userIDGroupPairs = try container.decodeIfPresent([UserIDGroupPair].self, forKey: .userIDGroupPairs) ?? []
    }
}

/// An IPv4 range in a security group rule.
public struct IPRange: Sendable, Hashable {
    /// The CIDR block.
    public var cidrIP: String
    /// The rule description.
    public var description: String?

    /// Creates an `IPRange` from its parts.
    public init(cidrIP: String, description: String? = nil) {
        self.cidrIP = cidrIP
        self.description = description
    }
}

extension IPRange: Decodable {
    private enum CodingKeys: String, CodingKey {
        case cidrIP = "CidrIp"
        case description = "Description"
    }

    /// Decodes an `IPRange` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cidrIP = try container.decode(String.self, forKey: .cidrIP)
        description = try container.decodeIfPresent(String.self, forKey: .description)
    }
}

/// An IPv6 range in a security group rule.
public struct IPv6Range: Sendable, Hashable {
    /// The CIDR block.
    public var cidrIPv6: String
    /// The rule description.
    public var description: String?

    /// Creates an `IPv6Range` from its parts.
    public init(cidrIPv6: String, description: String? = nil) {
        self.cidrIPv6 = cidrIPv6
        self.description = description
    }
}

extension IPv6Range: Decodable {
    private enum CodingKeys: String, CodingKey {
        case cidrIPv6 = "CidrIpv6"
        case description = "Description"
    }

    /// Decodes an `IPv6Range` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cidrIPv6 = try container.decode(String.self, forKey: .cidrIPv6)
        description = try container.decodeIfPresent(String.self, forKey: .description)
    }
}

/// A prefix list in a security group rule.
public struct PrefixListID: Sendable, Hashable {
    /// The prefix list id.
    public var prefixListID: String

    /// Creates a `PrefixListID` from its parts.
    public init(prefixListID: String) {
        self.prefixListID = prefixListID
    }
}

extension PrefixListID: Decodable {
    private enum CodingKeys: String, CodingKey {
        case prefixListID = "PrefixListId"
    }

    /// Decodes a `PrefixListID` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        prefixListID = try container.decode(String.self, forKey: .prefixListID)
    }
}

/// A security group referenced by a rule.
public struct UserIDGroupPair: Sendable, Hashable {
    /// The referenced group.
    public var groupID: String?
    /// The referenced group's account.
    public var userID: String?
    /// The referenced group's VPC.
    public var vpcID: String?

    /// Creates an `UserIDGroupPair` from its parts.
    public init(
        groupID: String? = nil,
        userID: String? = nil,
        vpcID: String? = nil
    ) {
        self.groupID = groupID
        self.userID = userID
        self.vpcID = vpcID
    }
}

extension UserIDGroupPair: Decodable {
    private enum CodingKeys: String, CodingKey {
        case groupID = "GroupId"
        case userID = "UserId"
        case vpcID = "VpcId"
    }

    /// Decodes an `UserIDGroupPair` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        groupID = try container.decodeIfPresent(String.self, forKey: .groupID)
        userID = try container.decodeIfPresent(String.self, forKey: .userID)
        vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
    }
}
