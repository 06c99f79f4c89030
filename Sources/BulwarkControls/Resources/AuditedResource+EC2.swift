public import BulwarkModels

extension SecurityGroup: AuditedResource {
    /// `AWS::EC2::SecurityGroup`.
    public static var resourceType: String { "AWS::EC2::SecurityGroup" }
    /// `arn:aws:ec2:<region>:<account>:security-group/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "security-group/\(groupID)") }
}

extension EC2Instance: AuditedResource {
    /// `AWS::EC2::Instance`.
    public static var resourceType: String { "AWS::EC2::Instance" }
    /// `arn:aws:ec2:<region>:<account>:instance/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "instance/\(instanceID)") }
}

extension EBSVolume: AuditedResource {
    /// `AWS::EC2::Volume`.
    public static var resourceType: String { "AWS::EC2::Volume" }
    /// `arn:aws:ec2:<region>:<account>:volume/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "volume/\(volumeID)") }
}

extension EBSSnapshot: AuditedResource {
    /// `AWS::EC2::Snapshot`.
    public static var resourceType: String { "AWS::EC2::Snapshot" }
    /// `arn:aws:ec2:<region>::snapshot/<id>` (snapshot ARNs carry no account).
    public func resourceARN(in scope: ResourceScope) -> String {
        scope.arn("ec2", "snapshot/\(snapshotID)", inAccount: false)
    }
}

extension VPC: AuditedResource {
    /// `AWS::EC2::VPC`.
    public static var resourceType: String { "AWS::EC2::VPC" }
    /// `arn:aws:ec2:<region>:<account>:vpc/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "vpc/\(vpcID)") }
}

extension NetworkACL: AuditedResource {
    /// `AWS::EC2::NetworkAcl`.
    public static var resourceType: String { "AWS::EC2::NetworkAcl" }
    /// `arn:aws:ec2:<region>:<account>:network-acl/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "network-acl/\(networkACLID)") }
}

extension Subnet: AuditedResource {
    /// `AWS::EC2::Subnet`.
    public static var resourceType: String { "AWS::EC2::Subnet" }
    /// `arn:aws:ec2:<region>:<account>:subnet/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "subnet/\(subnetID)") }
}

extension RouteTable: AuditedResource {
    /// `AWS::EC2::RouteTable`.
    public static var resourceType: String { "AWS::EC2::RouteTable" }
    /// `arn:aws:ec2:<region>:<account>:route-table/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "route-table/\(routeTableID)") }
}

extension FlowLog: AuditedResource {
    /// `AWS::EC2::FlowLog`.
    public static var resourceType: String { "AWS::EC2::FlowLog" }
    /// `arn:aws:ec2:<region>:<account>:vpc-flow-log/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "vpc-flow-log/\(flowLogID)") }
}

extension VPCEndpoint: AuditedResource {
    /// `AWS::EC2::VPCEndpoint`.
    public static var resourceType: String { "AWS::EC2::VPCEndpoint" }
    /// `arn:aws:ec2:<region>:<account>:vpc-endpoint/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("ec2", "vpc-endpoint/\(vpcEndpointID)") }
}

extension VPCPeeringConnection: AuditedResource {
    /// `AWS::EC2::VPCPeeringConnection`.
    public static var resourceType: String { "AWS::EC2::VPCPeeringConnection" }
    /// `arn:aws:ec2:<region>:<account>:vpc-peering-connection/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        scope.arn("ec2", "vpc-peering-connection/\(vpcPeeringConnectionID)")
    }
}

extension LoadBalancer: AuditedResource {
    /// `AWS::ElasticLoadBalancingV2::LoadBalancer`.
    public static var resourceType: String { "AWS::ElasticLoadBalancingV2::LoadBalancer" }
    /// The load balancer's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(loadBalancerARN)" }
}
