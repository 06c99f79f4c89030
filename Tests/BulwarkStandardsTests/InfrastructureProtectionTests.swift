import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@testable import BulwarkStandards

private typealias C = BuiltInControls

private func groups(_ list: SecurityGroup...) -> AccountSnapshot { regional { $0.ec2.securityGroups = .value(list) } }

private func open(_ port: Int, to port2: Int? = nil, cidr: String = "0.0.0.0/0") -> IPPermission {
    IPPermission(ipProtocol: "tcp", fromPort: port, toPort: port2 ?? port, ipRanges: [IPRange(cidrIP: cidr)])
}

private let unreadableGroups = regional { $0.ec2.securityGroups = .unknown(denied("ec2 describe-security-groups")) }

private func instances(_ list: EC2Instance..., configure: (inout RegionSnapshot) -> Void = { _ in }) -> AccountSnapshot
{
    regional {
        $0.ec2.instances = .value(list)
        configure(&$0)
    }
}

private func running(_ id: String = "i-1", publicIP: String? = nil, tokens: HTTPTokensState? = .required) -> EC2Instance
{
    EC2Instance(
        instanceID: id,
        state: InstanceState(name: .running),
        publicIPAddress: publicIP,
        metadataOptions: tokens.map { InstanceMetadataOptions(httpTokens: $0, httpEndpoint: .enabled) }
    )
}

private let unreadableInstances = regional { $0.ec2.instances = .unknown(denied("ec2 describe-instances")) }

private func acl(_ entries: NetworkACLEntry...) -> AccountSnapshot {
    regional { $0.ec2.networkACLs = .value([NetworkACL(networkACLID: "acl-1", vpcID: "vpc-1", entries: entries)]) }
}

private func repository(
    scanOnPush: Bool = true,
    mutability: ImageTagMutability = .immutable,
    policy json: String? = nil
) -> ECRRepository? {
    guard let arn = ARN("arn:aws:ecr:us-east-1:\(account):repository/app") else { return nil }
    return ECRRepository(
        repositoryName: "app",
        repositoryARN: arn,
        imageTagMutability: mutability,
        scanOnPush: scanOnPush,
        policy: json.map { .value(policy($0, kind: .resource)) } ?? .notConfigured
    )
}

private func repositories(_ list: ECRRepository?..., registry: Observed<RegistryScanningConfiguration> = .notConfigured)
    -> AccountSnapshot
{
    regional {
        $0.ecr.repositories = .value(list.compactMap { $0 })
        $0.ecr.registryScanningConfiguration = registry
    }
}

private let unreadableRepositories = regional { $0.ecr.repositories = .unknown(denied("ecr describe-repositories")) }

private func peering(routeTo destination: String) -> AccountSnapshot {
    regional {
        $0.ec2.routeTables = .value([
            RouteTable(
                routeTableID: "rtb-1",
                vpcID: "vpc-1",
                routes: [Route(destinationCidrBlock: destination, vpcPeeringConnectionID: "pcx-1")]
            )
        ])
        $0.ec2.vpcPeeringConnections = .value([
            VPCPeeringConnection(
                vpcPeeringConnectionID: "pcx-1",
                requesterVPCInfo: PeeringVPCInfo(vpcID: "vpc-1", cidrBlock: "10.0.0.0/16"),
                accepterVPCInfo: PeeringVPCInfo(vpcID: "vpc-2", cidrBlock: "10.1.0.0/16")
            )
        ])
    }
}

private func distribution(_ config: Observed<DistributionConfig>) -> AccountSnapshot {
    snapshot(
        cloudFront: CloudFrontResources(
            distributions: .value([
                Distribution(id: "E1", arn: arn("arn:aws:cloudfront::\(account):distribution/E1"), config: config)
            ])
        )
    )
}

enum InfrastructureCases {
    static var all: [ControlCase] { network + hosts }

    // Amazon VPC User Guide, "Security group rules" and "Control subnet traffic with network ACLs".
    static let network: [ControlCase] = [
        ControlCase(
            C.adminPorts,
            "SSH from a private range",
            .pass,
            groups(SecurityGroup(groupID: "sg-1", ipPermissions: [open(22, cidr: "10.0.0.0/8")]))
        ),
        ControlCase(
            C.adminPorts,
            "SSH from the internet",
            .fail,
            groups(SecurityGroup(groupID: "sg-1", ipPermissions: [open(22)]))
        ),
        ControlCase(
            C.adminPorts,
            "all traffic from ::/0",
            .fail,
            groups(
                SecurityGroup(
                    groupID: "sg-1",
                    ipPermissions: [IPPermission(ipProtocol: "-1", ipv6Ranges: [IPv6Range(cidrIPv6: "::/0")])]
                )
            )
        ),
        ControlCase(C.adminPorts, "groups unreadable", .unknown, unreadableGroups),
        ControlCase(
            C.highRiskPorts,
            "HTTPS only",
            .pass,
            groups(SecurityGroup(groupID: "sg-1", ipPermissions: [open(443)]))
        ),
        ControlCase(
            C.highRiskPorts,
            "MySQL open",
            .fail,
            groups(SecurityGroup(groupID: "sg-1", ipPermissions: [open(3306)]))
        ),
        ControlCase(C.highRiskPorts, "groups unreadable", .unknown, unreadableGroups),
        ControlCase(
            C.onlyAuthorizedPorts,
            "80 and 443",
            .pass,
            groups(SecurityGroup(groupID: "sg-1", ipPermissions: [open(80), open(443)]))
        ),
        ControlCase(
            C.onlyAuthorizedPorts,
            "range 80-8080",
            .fail,
            groups(SecurityGroup(groupID: "sg-1", ipPermissions: [open(80, to: 8080)]))
        ),
        ControlCase(C.onlyAuthorizedPorts, "groups unreadable", .unknown, unreadableGroups),
        ControlCase(
            C.defaultSecurityGroups,
            "default group without rules",
            .pass,
            groups(SecurityGroup(groupID: "sg-d", groupName: "default"))
        ),
        ControlCase(
            C.defaultSecurityGroups,
            "default group allows itself",
            .fail,
            groups(
                SecurityGroup(
                    groupID: "sg-d",
                    groupName: "default",
                    ipPermissions: [
                        IPPermission(ipProtocol: "-1", userIDGroupPairs: [UserIDGroupPair(groupID: "sg-d")])
                    ]
                )
            )
        ),
        ControlCase(C.defaultSecurityGroups, "groups unreadable", .unknown, unreadableGroups),
        ControlCase(
            C.networkACLAdminPorts,
            "deny 22 before allow all",
            .pass,
            acl(
                NetworkACLEntry(
                    ruleNumber: 10,
                    ruleAction: .deny,
                    protocolNumber: "6",
                    cidrBlock: "0.0.0.0/0",
                    portRange: PortRange(from: 22, to: 22)
                ),
                NetworkACLEntry(
                    ruleNumber: 20,
                    ruleAction: .deny,
                    protocolNumber: "6",
                    cidrBlock: "0.0.0.0/0",
                    portRange: PortRange(from: 3389, to: 3389)
                ),
                NetworkACLEntry(ruleNumber: 100, ruleAction: .allow, protocolNumber: "-1", cidrBlock: "0.0.0.0/0")
            )
        ),
        ControlCase(
            C.networkACLAdminPorts,
            "default allow all",
            .fail,
            acl(NetworkACLEntry(ruleNumber: 100, ruleAction: .allow, protocolNumber: "-1", cidrBlock: "0.0.0.0/0"))
        ),
        ControlCase(
            C.networkACLAdminPorts,
            "ACLs unreadable",
            .unknown,
            regional { $0.ec2.networkACLs = .unknown(denied("ec2 describe-network-acls")) }
        ),
        ControlCase(
            C.subnetPublicIPs,
            "private subnet",
            .pass,
            regional { $0.ec2.subnets = .value([Subnet(subnetID: "subnet-1", vpcID: "vpc-1")]) }
        ),
        ControlCase(
            C.subnetPublicIPs,
            "auto-assigns public IPs",
            .fail,
            regional {
                $0.ec2.subnets = .value([Subnet(subnetID: "subnet-1", vpcID: "vpc-1", mapPublicIPOnLaunch: true)])
            }
        ),
        ControlCase(
            C.subnetPublicIPs,
            "subnets unreadable",
            .unknown,
            regional { $0.ec2.subnets = .unknown(denied("ec2 describe-subnets")) }
        ),
        ControlCase(C.peeringRoutes, "route to the peer's CIDR", .pass, peering(routeTo: "10.1.0.0/16")),
        ControlCase(C.peeringRoutes, "route to a subnet of the peer", .pass, peering(routeTo: "10.1.2.0/24")),
        ControlCase(C.peeringRoutes, "default route through the peering", .fail, peering(routeTo: "0.0.0.0/0")),
        ControlCase(
            C.peeringRoutes,
            "peering connections unreadable",
            .unknown,
            regional {
                $0.ec2.routeTables = .value([
                    RouteTable(
                        routeTableID: "rtb-1",
                        vpcID: "vpc-1",
                        routes: [Route(destinationCidrBlock: "10.1.0.0/16", vpcPeeringConnectionID: "pcx-1")]
                    )
                ])
                $0.ec2.vpcPeeringConnections = .unknown(denied("ec2 describe-vpc-peering-connections"))
            }
        ),
        ControlCase(
            C.vpcEndpoints,
            "EC2 interface endpoint",
            .pass,
            regional {
                $0.ec2.vpcs = .value([VPC(vpcID: "vpc-1")])
                $0.ec2.vpcEndpoints = .value([
                    VPCEndpoint(vpcEndpointID: "vpce-1", vpcID: "vpc-1", serviceName: "com.amazonaws.us-east-1.ec2")
                ])
            }
        ),
        ControlCase(
            C.vpcEndpoints,
            "no endpoints",
            .fail,
            regional {
                $0.ec2.vpcs = .value([VPC(vpcID: "vpc-1")])
                $0.ec2.vpcEndpoints = .value([])
            }
        ),
        ControlCase(
            C.vpcEndpoints,
            "endpoints unreadable",
            .unknown,
            regional {
                $0.ec2.vpcs = .value([VPC(vpcID: "vpc-1")])
                $0.ec2.vpcEndpoints = .unknown(denied("ec2 describe-vpc-endpoints"))
            }
        ),
        ControlCase(
            C.distributionWAF,
            "web ACL attached",
            .pass,
            distribution(.value(DistributionConfig(webACLID: "arn:aws:wafv2:us-east-1:\(account):global/webacl/w/1")))
        ),
        ControlCase(C.distributionWAF, "no web ACL", .fail, distribution(.value(DistributionConfig()))),
        ControlCase(
            C.distributionWAF,
            "configuration unreadable",
            .unknown,
            distribution(.unknown(denied("cloudfront get-distribution-config")))
        ),
    ]

    // EC2, Systems Manager and ECR user guides: IMDSv2, managed instances, patch compliance, scanning.
    static let hosts: [ControlCase] = [
        ControlCase(C.instancePublicIPs, "private instance", .pass, instances(running())),
        ControlCase(C.instancePublicIPs, "public address", .fail, instances(running(publicIP: "54.1.2.3"))),
        ControlCase(C.instancePublicIPs, "instances unreadable", .unknown, unreadableInstances),
        ControlCase(C.instanceIMDSv2, "tokens required", .pass, instances(running())),
        ControlCase(C.instanceIMDSv2, "tokens optional", .fail, instances(running(tokens: .optional))),
        ControlCase(C.instanceIMDSv2, "metadata options missing", .unknown, instances(running(tokens: nil))),
        ControlCase(
            C.ssmManaged,
            "online managed instance",
            .pass,
            instances(running()) { $0.ssm.managedInstances = .value([ManagedInstance(instanceID: "i-1")]) }
        ),
        ControlCase(C.ssmManaged, "not managed", .fail, instances(running()) { $0.ssm.managedInstances = .value([]) }),
        ControlCase(
            C.ssmManaged,
            "managed instances unreadable (moto)",
            .unknown,
            instances(running()) { $0.ssm.managedInstances = .unknown(denied("ssm describe-instance-information")) }
        ),
        ControlCase(
            C.patchCompliance,
            "patch compliant",
            .pass,
            instances(running()) {
                $0.ssm.managedInstances = .value([ManagedInstance(instanceID: "i-1")])
                $0.ssm.complianceSummaries = .value([
                    ComplianceSummary(complianceType: "Patch", resourceID: "i-1", status: "COMPLIANT")
                ])
            }
        ),
        ControlCase(
            C.patchCompliance,
            "missing patches",
            .fail,
            instances(running()) {
                $0.ssm.managedInstances = .value([ManagedInstance(instanceID: "i-1")])
                $0.ssm.complianceSummaries = .value([
                    ComplianceSummary(complianceType: "Patch", resourceID: "i-1", status: "NON_COMPLIANT")
                ])
            }
        ),
        ControlCase(
            C.patchCompliance,
            "compliance unreadable",
            .unknown,
            instances(running()) {
                $0.ssm.managedInstances = .value([ManagedInstance(instanceID: "i-1")])
                $0.ssm.complianceSummaries = .unknown(denied("ssm list-resource-compliance-summaries"))
            }
        ),
        ControlCase(
            C.associationCompliance,
            "associations compliant",
            .pass,
            instances(running()) {
                $0.ssm.managedInstances = .value([ManagedInstance(instanceID: "i-1")])
                $0.ssm.complianceSummaries = .value([
                    ComplianceSummary(complianceType: "Association", resourceID: "i-1", status: "COMPLIANT")
                ])
            }
        ),
        ControlCase(
            C.associationCompliance,
            "association failed",
            .fail,
            instances(running()) {
                $0.ssm.managedInstances = .value([ManagedInstance(instanceID: "i-1")])
                $0.ssm.complianceSummaries = .value([
                    ComplianceSummary(complianceType: "Association", resourceID: "i-1", status: "NON_COMPLIANT")
                ])
            }
        ),
        ControlCase(
            C.associationCompliance,
            "compliance unreadable",
            .unknown,
            instances(running()) {
                $0.ssm.managedInstances = .value([ManagedInstance(instanceID: "i-1")])
                $0.ssm.complianceSummaries = .unknown(denied("ssm list-resource-compliance-summaries"))
            }
        ),
        ControlCase(
            C.patchCompliance,
            "managed instances unreadable (moto)",
            .unknown,
            instances(running()) { $0.ssm.managedInstances = .unknown(denied("ssm describe-instance-information")) }
        ),
        ControlCase(C.ecrScanning, "scan on push", .pass, repositories(repository())),
        ControlCase(
            C.ecrScanning,
            "enhanced registry scanning",
            .pass,
            repositories(
                repository(scanOnPush: false),
                registry: .value(
                    RegistryScanningConfiguration(
                        scanType: "ENHANCED",
                        rules: [
                            RegistryScanningRule(
                                scanFrequency: "CONTINUOUS_SCAN",
                                repositoryFilters: [RepositoryFilter(filter: "*")]
                            )
                        ]
                    )
                )
            )
        ),
        ControlCase(
            C.ecrScanning,
            "no scanning",
            .fail,
            repositories(
                repository(scanOnPush: false),
                registry: .value(RegistryScanningConfiguration(scanType: "BASIC"))
            )
        ),
        ControlCase(
            C.ecrScanning,
            "registry configuration unreadable",
            .unknown,
            repositories(
                repository(scanOnPush: false),
                registry: .unknown(denied("ecr get-registry-scanning-configuration"))
            )
        ),
        ControlCase(C.ecrImmutableTags, "immutable", .pass, repositories(repository())),
        ControlCase(C.ecrImmutableTags, "mutable", .fail, repositories(repository(mutability: .mutable))),
        ControlCase(C.ecrImmutableTags, "repositories unreadable", .unknown, unreadableRepositories),
        ControlCase(
            C.ecrRepositoryPolicy,
            "pull limited to the organization",
            .pass,
            repositories(
                repository(
                    policy: allow(
                        "\"ecr:BatchGetImage\"",
                        principal: "\"*\"",
                        condition: "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}"
                    )
                )
            )
        ),
        ControlCase(
            C.ecrRepositoryPolicy,
            "public pull",
            .fail,
            repositories(repository(policy: allow("\"ecr:BatchGetImage\"", principal: "\"*\"")))
        ),
        ControlCase(C.ecrRepositoryPolicy, "repositories unreadable", .unknown, unreadableRepositories),
    ]
}

@Suite struct InfrastructureProtectionTests {
    @Test(arguments: InfrastructureCases.all)
    func status(_ row: ControlCase) {
        #expect(row.statuses == [row.expected], "\(row.testDescription)")
    }
}
