/// A VPC (`ec2 describe-vpcs`).
public struct VPC: Sendable, Hashable {
    /// The VPC id.
    public var vpcID: String
    /// The primary IPv4 CIDR block.
    public var cidrBlock: String?
    /// Whether this is the region's default VPC.
    public var isDefault: Bool
    /// `pending` or `available`.
    public var state: VPCState?
    /// The owning account.
    public var ownerID: String?

    /// Creates a `VPC` from its parts.
    public init(
        vpcID: String,
        cidrBlock: String? = nil,
        isDefault: Bool = false,
        state: VPCState? = nil,
        ownerID: String? = nil
    ) {
        self.vpcID = vpcID
        self.cidrBlock = cidrBlock
        self.isDefault = isDefault
        self.state = state
        self.ownerID = ownerID
    }
}

extension VPC: Decodable {
    private enum CodingKeys: String, CodingKey {
        case vpcID = "VpcId"
        case cidrBlock = "CidrBlock"
        case isDefault = "IsDefault"
        case state = "State"
        case ownerID = "OwnerId"
    }

    /// Decodes a `VPC` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vpcID = try container.decode(String.self, forKey: .vpcID)
        cidrBlock = try container.decodeIfPresent(String.self, forKey: .cidrBlock)
        isDefault = try container.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false
        state = try container.decodeIfPresent(VPCState.self, forKey: .state)
        ownerID = try container.decodeIfPresent(String.self, forKey: .ownerID)
    }
}

/// A subnet (`ec2 describe-subnets`).
public struct Subnet: Sendable, Hashable {
    /// The subnet id.
    public var subnetID: String
    /// The VPC.
    public var vpcID: String
    /// The Availability Zone.
    public var availabilityZone: String?
    /// The IPv4 CIDR block.
    public var cidrBlock: String?
    /// Whether instances launched here get a public IPv4 address.
    public var mapPublicIPOnLaunch: Bool
    /// Whether this is the zone's default subnet.
    public var defaultForAZ: Bool

    /// Creates a `Subnet` from its parts.
    public init(
        subnetID: String,
        vpcID: String,
        availabilityZone: String? = nil,
        cidrBlock: String? = nil,
        mapPublicIPOnLaunch: Bool = false,
        defaultForAZ: Bool = false
    ) {
        self.subnetID = subnetID
        self.vpcID = vpcID
        self.availabilityZone = availabilityZone
        self.cidrBlock = cidrBlock
        self.mapPublicIPOnLaunch = mapPublicIPOnLaunch
        self.defaultForAZ = defaultForAZ
    }
}

extension Subnet: Decodable {
    private enum CodingKeys: String, CodingKey {
        case subnetID = "SubnetId"
        case vpcID = "VpcId"
        case availabilityZone = "AvailabilityZone"
        case cidrBlock = "CidrBlock"
        case mapPublicIPOnLaunch = "MapPublicIpOnLaunch"
        case defaultForAZ = "DefaultForAz"
    }

    /// Decodes a `Subnet` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        subnetID = try container.decode(String.self, forKey: .subnetID)
        vpcID = try container.decode(String.self, forKey: .vpcID)
        availabilityZone = try container.decodeIfPresent(String.self, forKey: .availabilityZone)
        cidrBlock = try container.decodeIfPresent(String.self, forKey: .cidrBlock)
        mapPublicIPOnLaunch = try container.decodeIfPresent(Bool.self, forKey: .mapPublicIPOnLaunch) ?? false
        defaultForAZ = try container.decodeIfPresent(Bool.self, forKey: .defaultForAZ) ?? false
    }
}

/// A route table with its routes and subnet associations (`ec2 describe-route-tables`).
public struct RouteTable: Sendable, Hashable {
    /// The route table id.
    public var routeTableID: String
    /// The VPC.
    public var vpcID: String
    /// The subnets (or the main association) using the table.
    public var associations: [RouteTableAssociation]
    /// The routes.
    public var routes: [Route]

    /// Creates a `RouteTable` from its parts.
    public init(
        routeTableID: String,
        vpcID: String,
        associations: [RouteTableAssociation] = [],
        routes: [Route] = []
    ) {
        self.routeTableID = routeTableID
        self.vpcID = vpcID
        self.associations = associations
        self.routes = routes
    }

    /// Whether the table routes traffic to an internet gateway (`igw-…`), which makes its subnets public.
    public var routesToInternetGateway: Bool { routes.contains { $0.gatewayID?.hasPrefix("igw-") == true } }
}

extension RouteTable: Decodable {
    private enum CodingKeys: String, CodingKey {
        case routeTableID = "RouteTableId"
        case vpcID = "VpcId"
        case associations = "Associations"
        case routes = "Routes"
    }

    /// Decodes a `RouteTable` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        routeTableID = try container.decode(String.self, forKey: .routeTableID)
        vpcID = try container.decode(String.self, forKey: .vpcID)
        associations = try container.decodeIfPresent([RouteTableAssociation].self, forKey: .associations) ?? []
        routes = try container.decodeIfPresent([Route].self, forKey: .routes) ?? []
    }
}

/// A route table's association with a subnet, or the VPC's main table.
public struct RouteTableAssociation: Sendable, Hashable {
    /// Whether this is the VPC's main route table.
    public var main: Bool
    /// The associated subnet.
    public var subnetID: String?
    /// The association id.
    public var routeTableAssociationID: String?

    /// Creates a `RouteTableAssociation` from its parts.
    public init(
        main: Bool = false,
        subnetID: String? = nil,
        routeTableAssociationID: String? = nil
    ) {
        self.main = main
        self.subnetID = subnetID
        self.routeTableAssociationID = routeTableAssociationID
    }
}

extension RouteTableAssociation: Decodable {
    private enum CodingKeys: String, CodingKey {
        case main = "Main"
        case subnetID = "SubnetId"
        case routeTableAssociationID = "RouteTableAssociationId"
    }

    /// Decodes a `RouteTableAssociation` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        main = try container.decodeIfPresent(Bool.self, forKey: .main) ?? false
        subnetID = try container.decodeIfPresent(String.self, forKey: .subnetID)
        routeTableAssociationID = try container.decodeIfPresent(String.self, forKey: .routeTableAssociationID)
    }
}

/// One route of a route table.
public struct Route: Sendable, Hashable {
    /// The IPv4 destination.
    public var destinationCidrBlock: String?
    /// The IPv6 destination.
    public var destinationIPv6CidrBlock: String?
    /// An internet or virtual private gateway (`igw-…`, `vgw-…`, `local`).
    public var gatewayID: String?
    /// A NAT gateway.
    public var natGatewayID: String?
    /// A VPC peering connection.
    public var vpcPeeringConnectionID: String?
    /// A transit gateway.
    public var transitGatewayID: String?
    /// `active` or `blackhole`.
    public var state: String?

    /// Creates a `Route` from its parts.
    public init(
        destinationCidrBlock: String? = nil,
        destinationIPv6CidrBlock: String? = nil,
        gatewayID: String? = nil,
        natGatewayID: String? = nil,
        vpcPeeringConnectionID: String? = nil,
        transitGatewayID: String? = nil,
        state: String? = nil
    ) {
        self.destinationCidrBlock = destinationCidrBlock
        self.destinationIPv6CidrBlock = destinationIPv6CidrBlock
        self.gatewayID = gatewayID
        self.natGatewayID = natGatewayID
        self.vpcPeeringConnectionID = vpcPeeringConnectionID
        self.transitGatewayID = transitGatewayID
        self.state = state
    }
}

extension Route: Decodable {
    private enum CodingKeys: String, CodingKey {
        case destinationCidrBlock = "DestinationCidrBlock"
        case destinationIPv6CidrBlock = "DestinationIpv6CidrBlock"
        case gatewayID = "GatewayId"
        case natGatewayID = "NatGatewayId"
        case vpcPeeringConnectionID = "VpcPeeringConnectionId"
        case transitGatewayID = "TransitGatewayId"
        case state = "State"
    }

    /// Decodes a `Route` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        destinationCidrBlock = try container.decodeIfPresent(String.self, forKey: .destinationCidrBlock)
        destinationIPv6CidrBlock = try container.decodeIfPresent(String.self, forKey: .destinationIPv6CidrBlock)
        gatewayID = try container.decodeIfPresent(String.self, forKey: .gatewayID)
        natGatewayID = try container.decodeIfPresent(String.self, forKey: .natGatewayID)
        vpcPeeringConnectionID = try container.decodeIfPresent(String.self, forKey: .vpcPeeringConnectionID)
        transitGatewayID = try container.decodeIfPresent(String.self, forKey: .transitGatewayID)
        state = try container.decodeIfPresent(String.self, forKey: .state)
    }
}
