/// A VPC flow log (`ec2 describe-flow-logs`).
public struct FlowLog: Sendable, Hashable {
    /// The flow log id.
    public var flowLogID: String
    /// The VPC, subnet or interface it captures.
    public var resourceID: String?
    /// `ACTIVE` when healthy.
    public var flowLogStatus: String?
    /// `ACCEPT`, `REJECT` or `ALL`.
    public var trafficType: String?
    /// `cloud-watch-logs`, `s3` or `kinesis-data-firehose`.
    public var logDestinationType: String?
    /// The destination's ARN.
    public var logDestination: String?
    /// The CloudWatch Logs group.
    public var logGroupName: String?

    /// Creates a `FlowLog` from its parts.
    public init(
        flowLogID: String,
        resourceID: String? = nil,
        flowLogStatus: String? = nil,
        trafficType: String? = nil,
        logDestinationType: String? = nil,
        logDestination: String? = nil,
        logGroupName: String? = nil
    ) {
        self.flowLogID = flowLogID
        self.resourceID = resourceID
        self.flowLogStatus = flowLogStatus
        self.trafficType = trafficType
        self.logDestinationType = logDestinationType
        self.logDestination = logDestination
        self.logGroupName = logGroupName
    }
}

extension FlowLog: Decodable {
    private enum CodingKeys: String, CodingKey {
        case flowLogID = "FlowLogId"
        case resourceID = "ResourceId"
        case flowLogStatus = "FlowLogStatus"
        case trafficType = "TrafficType"
        case logDestinationType = "LogDestinationType"
        case logDestination = "LogDestination"
        case logGroupName = "LogGroupName"
    }

    /// Decodes a `FlowLog` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        flowLogID = try container.decode(String.self, forKey: .flowLogID)
        resourceID = try container.decodeIfPresent(String.self, forKey: .resourceID)
        flowLogStatus = try container.decodeIfPresent(String.self, forKey: .flowLogStatus)
        trafficType = try container.decodeIfPresent(String.self, forKey: .trafficType)
        logDestinationType = try container.decodeIfPresent(String.self, forKey: .logDestinationType)
        logDestination = try container.decodeIfPresent(String.self, forKey: .logDestination)
        logGroupName = try container.decodeIfPresent(String.self, forKey: .logGroupName)
    }
}

/// A VPC endpoint with its policy (`ec2 describe-vpc-endpoints`).
public struct VPCEndpoint: Sendable, Hashable {
    /// The endpoint id.
    public var vpcEndpointID: String
    /// `Interface`, `Gateway` or `GatewayLoadBalancer`.
    public var vpcEndpointType: String?
    /// The VPC.
    public var vpcID: String?
    /// The service, such as `com.amazonaws.us-east-1.s3`.
    public var serviceName: String
    /// The endpoint state.
    public var state: String?
    /// The endpoint policy (gateway and most interface endpoints).
    public var policyDocument: EmbeddedPolicy?
    /// Route tables of a gateway endpoint.
    public var routeTableIDs: [String]
    /// Subnets of an interface endpoint.
    public var subnetIDs: [String]
    /// Whether private DNS is on.
    public var privateDNSEnabled: Bool

    /// Creates a `VPCEndpoint` from its parts.
    public init(
        vpcEndpointID: String,
        vpcEndpointType: String? = nil,
        vpcID: String? = nil,
        serviceName: String,
        state: String? = nil,
        policyDocument: EmbeddedPolicy? = nil,
        routeTableIDs: [String] = [],
        subnetIDs: [String] = [],
        privateDNSEnabled: Bool = false
    ) {
        self.vpcEndpointID = vpcEndpointID
        self.vpcEndpointType = vpcEndpointType
        self.vpcID = vpcID
        self.serviceName = serviceName
        self.state = state
        self.policyDocument = policyDocument
        self.routeTableIDs = routeTableIDs
        self.subnetIDs = subnetIDs
        self.privateDNSEnabled = privateDNSEnabled
    }
}

extension VPCEndpoint: Decodable {
    private enum CodingKeys: String, CodingKey {
        case vpcEndpointID = "VpcEndpointId"
        case vpcEndpointType = "VpcEndpointType"
        case vpcID = "VpcId"
        case serviceName = "ServiceName"
        case state = "State"
        case policyDocument = "PolicyDocument"
        case routeTableIDs = "RouteTableIds"
        case subnetIDs = "SubnetIds"
        case privateDNSEnabled = "PrivateDnsEnabled"
    }

    /// Decodes a `VPCEndpoint` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vpcEndpointID = try container.decode(String.self, forKey: .vpcEndpointID)
        vpcEndpointType = try container.decodeIfPresent(String.self, forKey: .vpcEndpointType)
        vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
        serviceName = try container.decode(String.self, forKey: .serviceName)
        state = try container.decodeIfPresent(String.self, forKey: .state)
        policyDocument = try container.decodeIfPresent(EmbeddedPolicy.self, forKey: .policyDocument)
        routeTableIDs = try container.decodeIfPresent([String].self, forKey: .routeTableIDs) ?? []
        subnetIDs = try container.decodeIfPresent([String].self, forKey: .subnetIDs) ?? []
        privateDNSEnabled = try container.decodeIfPresent(Bool.self, forKey: .privateDNSEnabled) ?? false
    }
}

/// A VPC peering connection (`ec2 describe-vpc-peering-connections`).
public struct VPCPeeringConnection: Sendable, Hashable {
    /// The connection id.
    public var vpcPeeringConnectionID: String
    /// The connection status.
    public var status: PeeringStatus?
    /// The requesting VPC.
    public var requesterVPCInfo: PeeringVPCInfo?
    /// The accepting VPC.
    public var accepterVPCInfo: PeeringVPCInfo?

    /// Creates a `VPCPeeringConnection` from its parts.
    public init(
        vpcPeeringConnectionID: String,
        status: PeeringStatus? = nil,
        requesterVPCInfo: PeeringVPCInfo? = nil,
        accepterVPCInfo: PeeringVPCInfo? = nil
    ) {
        self.vpcPeeringConnectionID = vpcPeeringConnectionID
        self.status = status
        self.requesterVPCInfo = requesterVPCInfo
        self.accepterVPCInfo = accepterVPCInfo
    }
}

extension VPCPeeringConnection: Decodable {
    private enum CodingKeys: String, CodingKey {
        case vpcPeeringConnectionID = "VpcPeeringConnectionId"
        case status = "Status"
        case requesterVPCInfo = "RequesterVpcInfo"
        case accepterVPCInfo = "AccepterVpcInfo"
    }

    /// Decodes a `VPCPeeringConnection` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vpcPeeringConnectionID = try container.decode(String.self, forKey: .vpcPeeringConnectionID)
        status = try container.decodeIfPresent(PeeringStatus.self, forKey: .status)
        requesterVPCInfo = try container.decodeIfPresent(PeeringVPCInfo.self, forKey: .requesterVPCInfo)
        accepterVPCInfo = try container.decodeIfPresent(PeeringVPCInfo.self, forKey: .accepterVPCInfo)
    }
}

/// A peering connection's status.
public struct PeeringStatus: Sendable, Hashable {
    /// `active`, `pending-acceptance`, `rejected`, and others.
    public var code: String
    /// A human-readable message.
    public var message: String?

    /// Creates a `PeeringStatus` from its parts.
    public init(code: String, message: String? = nil) {
        self.code = code
        self.message = message
    }
}

extension PeeringStatus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case code = "Code"
        case message = "Message"
    }

    /// Decodes a `PeeringStatus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        message = try container.decodeIfPresent(String.self, forKey: .message)
    }
}

/// One side of a VPC peering connection.
public struct PeeringVPCInfo: Sendable, Hashable {
    /// The VPC.
    public var vpcID: String?
    /// The VPC's account.
    public var ownerID: String?
    /// The VPC's IPv4 CIDR block.
    public var cidrBlock: String?
    /// The VPC's region.
    public var region: String?

    /// Creates a `PeeringVPCInfo` from its parts.
    public init(
        vpcID: String? = nil,
        ownerID: String? = nil,
        cidrBlock: String? = nil,
        region: String? = nil
    ) {
        self.vpcID = vpcID
        self.ownerID = ownerID
        self.cidrBlock = cidrBlock
        self.region = region
    }
}

extension PeeringVPCInfo: Decodable {
    private enum CodingKeys: String, CodingKey {
        case vpcID = "VpcId"
        case ownerID = "OwnerId"
        case cidrBlock = "CidrBlock"
        case region = "Region"
    }

    /// Decodes a `PeeringVPCInfo` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
        ownerID = try container.decodeIfPresent(String.self, forKey: .ownerID)
        cidrBlock = try container.decodeIfPresent(String.self, forKey: .cidrBlock)
        region = try container.decodeIfPresent(String.self, forKey: .region)
    }
}
