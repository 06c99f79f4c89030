import BulwarkIAM
extension EC2Resources {
    /// Reads the EC2 and VPC calls of one region, and each snapshot's create-volume permissions.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> EC2Resources {
        @Sendable func call(_ operation: String) -> SnapshotCall { .call(scope, "ec2", operation) }
        let snapshots = await reader.list(EBSSnapshot.self, call("describe-snapshots"), key: "Snapshots")
            .asyncMap { snapshots in
                await Concurrently.map(snapshots) { snapshot in
                    var snapshot = snapshot
                    snapshot.createVolumePermissions = reader.list(
                        CreateVolumePermission.self,
                        call("describe-snapshot-attribute").resource(snapshot.snapshotID),
                        key: "CreateVolumePermissions"
                    )
                    return snapshot
                }
            }
        return EC2Resources(
            vpcs: reader.list(VPC.self, call("describe-vpcs"), key: "Vpcs"),
            subnets: reader.list(Subnet.self, call("describe-subnets"), key: "Subnets"),
            securityGroups: reader.list(SecurityGroup.self, call("describe-security-groups"), key: "SecurityGroups"),
            networkACLs: reader.list(NetworkACL.self, call("describe-network-acls"), key: "NetworkAcls"),
            routeTables: reader.list(RouteTable.self, call("describe-route-tables"), key: "RouteTables"),
            flowLogs: reader.list(FlowLog.self, call("describe-flow-logs"), key: "FlowLogs"),
            instances: reader.list(Reservation.self, call("describe-instances"), key: "Reservations")
                .map { $0.flatMap(\.instances) },
            volumes: reader.list(EBSVolume.self, call("describe-volumes"), key: "Volumes"),
            snapshots: snapshots,
            ebsEncryptionByDefault: reader.member(
                Bool.self,
                call("get-ebs-encryption-by-default"),
                key: "EbsEncryptionByDefault"
            ),
            vpcEndpoints: reader.list(
                VPCEndpoint.self,
                call("describe-vpc-endpoints"),
                key: "VpcEndpoints",
                policyKind: .endpoint
            ),
            vpcPeeringConnections: reader.list(
                VPCPeeringConnection.self,
                call("describe-vpc-peering-connections"),
                key: "VpcPeeringConnections"
            )
        )
    }
}

/// One reservation of `ec2 describe-instances`.
struct Reservation: Decodable, Sendable {
    var instances: [EC2Instance]

    private enum CodingKeys: String, CodingKey {
        case instances = "Instances"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        instances = try container.decodeIfPresent([EC2Instance].self, forKey: .instances) ?? []
    }
}
