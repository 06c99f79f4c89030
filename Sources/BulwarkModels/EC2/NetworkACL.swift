public import BulwarkIAM

/// A network ACL with its numbered entries (`ec2 describe-network-acls`).
public struct NetworkACL: Sendable, Hashable {
    /// The network ACL id.
    public var networkACLID: String
    /// The VPC.
    public var vpcID: String
    /// Whether this is the VPC's default network ACL.
    public var isDefault: Bool
    /// The entries, inbound and outbound.
    public var entries: [NetworkACLEntry]
    /// The subnets using the ACL.
    public var associations: [NetworkACLAssociation]

    /// Creates a `NetworkACL` from its parts.
    public init(
        networkACLID: String,
        vpcID: String,
        isDefault: Bool = false,
        entries: [NetworkACLEntry] = [],
        associations: [NetworkACLAssociation] = []
    ) {
        self.networkACLID = networkACLID
        self.vpcID = vpcID
        self.isDefault = isDefault
        self.entries = entries
        self.associations = associations
    }

    /// The inbound entries in evaluation order (lowest rule number first).
    public var inboundEntries: [NetworkACLEntry] {
        entries.filter { !$0.egress }.sorted { $0.ruleNumber < $1.ruleNumber }
    }
}

extension NetworkACL: Decodable {
    private enum CodingKeys: String, CodingKey {
        case networkACLID = "NetworkAclId"
        case vpcID = "VpcId"
        case isDefault = "IsDefault"
        case entries = "Entries"
        case associations = "Associations"
    }

    /// Decodes a `NetworkACL` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        networkACLID = try container.decode(String.self, forKey: .networkACLID)
        vpcID = try container.decode(String.self, forKey: .vpcID)
        isDefault = try container.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false
        entries = try container.decodeIfPresent([NetworkACLEntry].self, forKey: .entries) ?? []
        associations = try container.decodeIfPresent([NetworkACLAssociation].self, forKey: .associations) ?? []
    }
}

/// One network ACL entry.
public struct NetworkACLEntry: Sendable, Hashable {
    /// The rule number; lower numbers are evaluated first (32767 is the default deny).
    public var ruleNumber: Int
    /// Whether the entry is outbound.
    public var egress: Bool
    /// `allow` or `deny`.
    public var ruleAction: NetworkACLRuleAction
    /// The protocol number, or `-1` for all.
    public var protocolNumber: String
    /// The IPv4 range.
    public var cidrBlock: String?
    /// The IPv6 range.
    public var ipv6CidrBlock: String?
    /// The ports (TCP and UDP).
    public var portRange: PortRange?

    /// Creates a `NetworkACLEntry` from its parts.
    public init(
        ruleNumber: Int,
        egress: Bool = false,
        ruleAction: NetworkACLRuleAction,
        protocolNumber: String,
        cidrBlock: String? = nil,
        ipv6CidrBlock: String? = nil,
        portRange: PortRange? = nil
    ) {
        self.ruleNumber = ruleNumber
        self.egress = egress
        self.ruleAction = ruleAction
        self.protocolNumber = protocolNumber
        self.cidrBlock = cidrBlock
        self.ipv6CidrBlock = ipv6CidrBlock
        self.portRange = portRange
    }
}

extension NetworkACLEntry: Decodable {
    private enum CodingKeys: String, CodingKey {
        case ruleNumber = "RuleNumber"
        case egress = "Egress"
        case ruleAction = "RuleAction"
        case protocolNumber = "Protocol"
        case cidrBlock = "CidrBlock"
        case ipv6CidrBlock = "Ipv6CidrBlock"
        case portRange = "PortRange"
    }

    /// Decodes a `NetworkACLEntry` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ruleNumber = try container.decode(Int.self, forKey: .ruleNumber)
        egress = try container.decodeIfPresent(Bool.self, forKey: .egress) ?? false
        ruleAction = try container.decode(NetworkACLRuleAction.self, forKey: .ruleAction)
        protocolNumber = try container.decode(String.self, forKey: .protocolNumber)
        cidrBlock = try container.decodeIfPresent(String.self, forKey: .cidrBlock)
        ipv6CidrBlock = try container.decodeIfPresent(String.self, forKey: .ipv6CidrBlock)
        portRange = try container.decodeIfPresent(PortRange.self, forKey: .portRange)
    }
}

/// What a network ACL entry does with matching traffic.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct NetworkACLRuleAction: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : Allows the traffic.
    public static let allow = NetworkACLRuleAction(rawValue: "allow")

    /// : Denies the traffic.
    public static let deny = NetworkACLRuleAction(rawValue: "deny")
}

/// A range of ports.
public struct PortRange: Sendable, Hashable {
    /// The first port.
    public var from: Int?
    /// The last port.
    public var to: Int?

    /// Creates a `PortRange` from its parts.
    public init(from: Int? = nil, to: Int? = nil) {
        self.from = from
        self.to = to
    }
}

extension PortRange: Decodable {
    private enum CodingKeys: String, CodingKey {
        case from = "From"
        case to = "To"
    }

    /// Decodes a `PortRange` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        from = try container.decodeIfPresent(Int.self, forKey: .from)
        to = try container.decodeIfPresent(Int.self, forKey: .to)
    }
}

/// A subnet's association with a network ACL.
public struct NetworkACLAssociation: Sendable, Hashable {
    /// The subnet.
    public var subnetID: String?
    /// The association id.
    public var networkACLAssociationID: String?

    /// Creates a `NetworkACLAssociation` from its parts.
    public init(subnetID: String? = nil, networkACLAssociationID: String? = nil) {
        self.subnetID = subnetID
        self.networkACLAssociationID = networkACLAssociationID
    }
}

extension NetworkACLAssociation: Decodable {
    private enum CodingKeys: String, CodingKey {
        case subnetID = "SubnetId"
        case networkACLAssociationID = "NetworkAclAssociationId"
    }

    /// Decodes a `NetworkACLAssociation` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        subnetID = try container.decodeIfPresent(String.self, forKey: .subnetID)
        networkACLAssociationID = try container.decodeIfPresent(String.self, forKey: .networkACLAssociationID)
    }
}
