/// EC2 and VPC in one region: networks, security groups, instances and block storage.
public struct EC2Resources: Sendable, Hashable {
    /// The VPCs.
    public var vpcs: Observed<[VPC]>
    /// The subnets.
    public var subnets: Observed<[Subnet]>
    /// The security groups.
    public var securityGroups: Observed<[SecurityGroup]>
    /// The network ACLs.
    public var networkACLs: Observed<[NetworkACL]>
    /// The route tables.
    public var routeTables: Observed<[RouteTable]>
    /// The VPC flow logs.
    public var flowLogs: Observed<[FlowLog]>
    /// The instances (reservations flattened).
    public var instances: Observed<[EC2Instance]>
    /// The EBS volumes.
    public var volumes: Observed<[EBSVolume]>
    /// The account's own EBS snapshots, with their create-volume permissions.
    public var snapshots: Observed<[EBSSnapshot]>
    /// Whether new EBS volumes are encrypted by default (`ec2 get-ebs-encryption-by-default`).
    public var ebsEncryptionByDefault: Observed<Bool>
    /// The VPC endpoints.
    public var vpcEndpoints: Observed<[VPCEndpoint]>
    /// The VPC peering connections.
    public var vpcPeeringConnections: Observed<[VPCPeeringConnection]>

    /// Creates an `EC2Resources` from its parts.
    public init(
        vpcs: Observed<[VPC]> = .notConfigured,
        subnets: Observed<[Subnet]> = .notConfigured,
        securityGroups: Observed<[SecurityGroup]> = .notConfigured,
        networkACLs: Observed<[NetworkACL]> = .notConfigured,
        routeTables: Observed<[RouteTable]> = .notConfigured,
        flowLogs: Observed<[FlowLog]> = .notConfigured,
        instances: Observed<[EC2Instance]> = .notConfigured,
        volumes: Observed<[EBSVolume]> = .notConfigured,
        snapshots: Observed<[EBSSnapshot]> = .notConfigured,
        ebsEncryptionByDefault: Observed<Bool> = .notConfigured,
        vpcEndpoints: Observed<[VPCEndpoint]> = .notConfigured,
        vpcPeeringConnections: Observed<[VPCPeeringConnection]> = .notConfigured
    ) {
        self.vpcs = vpcs
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.networkACLs = networkACLs
        self.routeTables = routeTables
        self.flowLogs = flowLogs
        self.instances = instances
        self.volumes = volumes
        self.snapshots = snapshots
        self.ebsEncryptionByDefault = ebsEncryptionByDefault
        self.vpcEndpoints = vpcEndpoints
        self.vpcPeeringConnections = vpcPeeringConnections
    }
}
