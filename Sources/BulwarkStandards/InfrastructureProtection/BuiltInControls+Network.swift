import BulwarkControls
import BulwarkModels

// Practices: public IPs and subnets, VPC peering least access, VPC endpoints, IMDSv2.

extension BuiltInControls {
    /// NET-007: subnets do not assign public IPv4 addresses.
    static let subnetPublicIPs: Control = Control(
        id: "NET-007",
        title: "Subnets do not assign public IPv4 addresses automatically",
        domain: .infrastructureProtection,
        severity: .medium,
        references: [.fsbp("EC2.15")],
        rationale: "Practice: public IPs and subnets. Instances launched into such a subnet are reachable from "
            + "the internet whether or not anyone meant them to be.",
        remediation: Remediation(
            "Turn off automatic public IPv4 assignment.",
            cli: "aws ec2 modify-subnet-attribute --subnet-id <subnet> --no-map-public-ip-on-launch"
        ),
        over: \.ec2.subnets
    ) { subnet, _ in
        expect(!subnet.mapPublicIPOnLaunch, "\(subnet.subnetID) assigns public IPv4 addresses on launch")
    }

    /// NET-008: instances have no public IP address.
    static let instancePublicIPs: Control = Control(
        id: "NET-008",
        title: "EC2 instances have no public IPv4 address",
        domain: .infrastructureProtection,
        severity: .high,
        references: [.fsbp("EC2.9")],
        rationale: "Practice: public IPs. Put instances behind a load balancer or NAT; a public address is a "
            + "direct path from the internet to the host.",
        remediation: Remediation(
            "Launch the instance in a private subnet (or remove the Elastic IP) and front it with a load balancer.",
            cli: "aws ec2 disassociate-address --association-id <association>"
        ),
        over: \.ec2.instances
    ) { instance, _ in
        if instance.state?.name == .terminated {
            notApplicable("the instance is terminated")
        } else {
            expect(
                instance.publicIPAddress == nil,
                "\(instance.instanceID) has the public address \(instance.publicIPAddress ?? "")"
            )
        }
    }

    /// NET-025: instances require IMDSv2.
    static let instanceIMDSv2 = Control(
        id: "NET-025",
        title: "EC2 instances require IMDSv2 (session tokens) for instance metadata",
        domain: .infrastructureProtection,
        severity: .high,
        references: [.fsbp("EC2.8")],
        rationale: "Practice: IMDSv2. IMDSv1 answers any request that reaches 169.254.169.254, so an SSRF flaw "
            + "in the application hands out the instance role's credentials.",
        remediation: Remediation(
            "Require tokens for instance metadata.",
            cli:
                "aws ec2 modify-instance-metadata-options --instance-id <id> --http-tokens required --http-endpoint enabled"
        ),
        over: \.ec2.instances
    ) { instance, _ in
        if instance.state?.name == .terminated {
            notApplicable("the instance is terminated")
        } else if let options = instance.metadataOptions {
            expect(options.requiresIMDSv2, "\(instance.instanceID) accepts IMDSv1 requests")
        } else {
            unknown(
                code: Unreadable.notCollected.rawValue,
                "the metadata options of \(instance.instanceID) are not in the snapshot"
            )
        }
    }

    /// NET-009: peering routes are no wider than the peer's CIDR.
    static let peeringRoutes: Control = Control(
        id: "NET-009",
        title: "Routes to VPC peering connections are no wider than the peer VPC's CIDR",
        domain: .infrastructureProtection,
        severity: .medium,
        references: [.cis5("5.6"), .cis7("6.6")],
        rationale: "Practice: network segmentation (least access). A 0.0.0.0/0 or supernet route through a "
            + "peering connection exposes more of both networks than the peering was meant for.",
        remediation: Remediation(
            "Replace the route with one per peer CIDR (or host range) actually needed.",
            cli: "aws ec2 replace-route --route-table-id <table> --destination-cidr-block <peer-cidr> "
                + "--vpc-peering-connection-id <pcx>"
        ),
        over: \.ec2.routeTables
    ) { table, context in
        let peered = table.routes.filter { $0.vpcPeeringConnectionID != nil }
        if peered.isEmpty {
            notApplicable("no route goes through a peering connection")
        } else {
            expect(
                context.regionSnapshot?.ec2.vpcPeeringConnections ?? .notConfigured,
                "\(table.routeTableID) routes more than the peer's CIDR through a peering connection"
            ) { connections in
                peered.allSatisfy { route in
                    guard
                        let connection = connections.first(where: {
                            $0.vpcPeeringConnectionID == route.vpcPeeringConnectionID
                        }),
                        let destination = route.destinationCidrBlock
                    else { return route.destinationCidrBlock == nil }
                    let peers = [connection.requesterVPCInfo, connection.accepterVPCInfo]
                        .compactMap { $0 }
                        .filter { $0.vpcID != table.vpcID }
                        .compactMap(\.cidrBlock)
                    return peers.contains { IPv4Block($0)?.contains(IPv4Block(destination)) == true }
                }
            }
        }
    }

    /// The services every VPC must reach through an endpoint.
    static let endpointServices = Parameter(
        "requiredServices",
        default: ["ec2"],
        "Services (the last part of the endpoint service name, such as s3, ec2, ssm) each VPC needs an endpoint for"
    )

    /// NET-010: VPCs use endpoints for AWS services.
    static let vpcEndpoints: Control = Control(
        id: "NET-010",
        title: "VPCs reach AWS services through VPC endpoints",
        domain: .infrastructureProtection,
        severity: .medium,
        references: [.cis7("6.8"), .fsbp("EC2.10")],
        rationale: "Practice: network segmentation. Endpoints keep traffic to AWS APIs off the internet and let "
            + "resource policies require aws:SourceVpce.",
        remediation: Remediation(
            "Create an interface (or gateway) endpoint for the service in the VPC.",
            cli: "aws ec2 create-vpc-endpoint --vpc-id <vpc> --vpc-endpoint-type Interface "
                + "--service-name com.amazonaws.<region>.ec2 --subnet-ids <subnets>"
        ),
        parameters: [endpointServices],
        over: \.ec2.vpcs
    ) { vpc, context in
        expect(
            context.regionSnapshot?.ec2.vpcEndpoints ?? .notConfigured,
            "\(vpc.vpcID) has no endpoint for \(context[endpointServices].joined(separator: ", "))"
        ) { endpoints in
            context[endpointServices]
                .allSatisfy { service in
                    endpoints.contains { $0.vpcID == vpc.vpcID && $0.serviceName.hasSuffix(".\(service)") }
                }
        }
    }
}

/// An IPv4 CIDR block, for containment tests.
struct IPv4Block: Sendable, Hashable {
    /// The network address.
    var address: UInt32
    /// The prefix length.
    var length: Int

    /// Parses `a.b.c.d/n`.
    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let length = Int(parts[1]), (0...32).contains(length) else { return nil }
        let octets = parts[0].split(separator: ".").compactMap { UInt32($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 < 256 }) else { return nil }
        address = octets.reduce(0) { $0 << 8 | $1 }
        self.length = length
    }

    /// Whether `other` lies inside this block.
    func contains(_ other: IPv4Block?) -> Bool {
        guard let other, other.length >= length else { return false }
        let mask: UInt32 = length == 0 ? 0 : ~UInt32(0) << UInt32(32 - length)
        return address & mask == other.address & mask
    }
}
