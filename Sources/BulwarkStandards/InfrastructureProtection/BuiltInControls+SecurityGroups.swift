import BulwarkControls
import BulwarkModels

// Practice: security groups and NACLs by a parameterised port set; default security groups.

extension BuiltInControls {
    /// Whether `permission` carries TCP or UDP traffic (or every protocol).
    static func carriesPorts(_ permission: IPPermission) -> Bool {
        ["-1", "tcp", "udp", "6", "17"].contains(permission.ipProtocol.lowercased())
    }

    /// The ports of `ports` that an internet-open ingress rule of `group` reaches.
    static func openPorts(_ group: SecurityGroup, _ ports: [Int]) -> [Int] {
        let open = group.ipPermissions.filter { $0.isOpenToInternet && carriesPorts($0) }
        return ports.filter { port in open.contains { $0.covers(port: port) } }
    }

    /// A "no security group allows internet ingress to these ports" control, with the port set as a parameter.
    static func restrictedPorts(
        id: String,
        title: String,
        severity: Severity,
        references: [Reference],
        practice: String,
        ports: [String]
    ) -> Control {
        let portSet = Parameter("ports", default: ports, "TCP/UDP ports that must not be open to 0.0.0.0/0 or ::/0")
        return Control(
            id: id,
            title: title,
            domain: .infrastructureProtection,
            severity: severity,
            references: references,
            rationale: "Practice: security groups by port set. \(practice)",
            remediation: Remediation(
                "Remove the rule open to 0.0.0.0/0 or ::/0, or narrow it to known address ranges (or use Session "
                    + "Manager instead of SSH/RDP).",
                cli:
                    "aws ec2 revoke-security-group-ingress --group-id <group> --protocol tcp --port <port> --cidr 0.0.0.0/0"
            ),
            parameters: [portSet],
            over: \.ec2.securityGroups
        ) { group, context in
            let exposed = openPorts(group, context[portSet].compactMap { Int($0) })
            expect(
                exposed.isEmpty,
                "\(group.groupID) allows ingress from the internet to port(s) \(exposed.map(String.init).joined(separator: ", "))",
                evidence: ["ports": .list(exposed.map { .int($0) })]
            )
        }
    }

    /// NET-001: no internet ingress to remote administration ports.
    static let adminPorts = restrictedPorts(
        id: "NET-001",
        title: "No security group allows ingress from 0.0.0.0/0 or ::/0 to remote administration ports",
        severity: .high,
        references: [.cis5("5.3"), .cis5("5.4"), .cis7("6.3"), .cis7("6.4")],
        practice: "SSH and RDP open to the internet are brute-forced within minutes of exposure.",
        ports: ["22", "3389"]
    )

    /// NET-003: no internet ingress to high-risk ports.
    static let highRiskPorts = restrictedPorts(
        id: "NET-003",
        title: "No security group allows unrestricted ingress to high-risk ports",
        severity: .critical,
        references: [.cis5("5.1.2"), .cis7("6.1.2"), .fsbp("EC2.19")],
        practice:
            "Databases, file sharing (CIFS/SMB 445), Telnet and admin consoles are not meant to face the internet.",
        ports: [
            "20", "21", "22", "23", "25", "110", "135", "143", "445", "1433", "1434", "3000", "3306", "3389", "4333",
            "5000", "5432", "5500", "5601", "8080", "8088", "8888", "9200", "9300",
        ]
    )

    /// Ports that may be open to the internet.
    static let authorizedPorts = Parameter(
        "authorizedPorts",
        default: ["80", "443"],
        "Ports that may be open to 0.0.0.0/0"
    )

    /// NET-004: only authorized ports are open to the internet.
    static let onlyAuthorizedPorts: Control = Control(
        id: "NET-004",
        title: "Security groups allow internet ingress only on authorized ports",
        domain: .infrastructureProtection,
        severity: .high,
        references: [.fsbp("EC2.18")],
        rationale: "Practice: security groups by port set. Anything open to the internet beyond the published "
            + "service ports (by default 80 and 443) is an unreviewed exposure.",
        remediation: Remediation(
            "Remove the rule, or add the port to the control's authorizedPorts parameter if it is intended.",
            cli: "aws ec2 revoke-security-group-ingress --group-id <group> --ip-permissions <permission>"
        ),
        parameters: [authorizedPorts],
        over: \.ec2.securityGroups
    ) { group, context in
        let allowed = Set(context[authorizedPorts].compactMap { Int($0) })
        let offending = group.ipPermissions.filter { permission in
            guard permission.isOpenToInternet, carriesPorts(permission) else { return false }
            if permission.isAllProtocols { return true }
            guard let from = permission.fromPort, let to = permission.toPort else { return true }
            return (to - from + 1) > allowed.filter { $0 >= from && $0 <= to }.count
        }
        expect(
            offending.isEmpty,
            "\(group.groupID) allows internet ingress to unauthorized ports "
                + offending.map { "\($0.ipProtocol) \($0.fromPort ?? -1)-\($0.toPort ?? -1)" }.joined(separator: ", ")
        )
    }

    /// NET-006: default security groups have no rules.
    static let defaultSecurityGroups: Control = Control(
        id: "NET-006",
        title: "The default security group of every VPC allows no traffic",
        domain: .infrastructureProtection,
        severity: .high,
        references: [.cis5("5.5"), .cis7("6.5"), .fsbp("EC2.2")],
        rationale: "Practice: default security groups. Resources land in the default group when nobody chose "
            + "one; it should deny everything so that mistake is harmless.",
        remediation: Remediation(
            "Remove every inbound and outbound rule of the default group.",
            cli: "aws ec2 revoke-security-group-ingress --group-id <default-group> --ip-permissions <rules> && "
                + "aws ec2 revoke-security-group-egress --group-id <default-group> --ip-permissions <rules>"
        ),
        over: \.ec2.securityGroups
    ) { group, _ in
        if group.isDefault {
            expect(group.ipPermissions.isEmpty, "the default group \(group.groupID) has inbound rules")
            expect(group.ipPermissionsEgress.isEmpty, "the default group \(group.groupID) has outbound rules")
        } else {
            notApplicable("not a default security group")
        }
    }

    /// Ports network ACLs must not open to the internet.
    static let aclAdminPorts = Parameter(
        "ports",
        default: ["22", "3389"],
        "Ports network ACLs must not allow from 0.0.0.0/0 or ::/0"
    )

    /// NET-005: network ACLs do not allow internet ingress to administration ports.
    static let networkACLAdminPorts: Control = Control(
        id: "NET-005",
        title: "No network ACL allows ingress from 0.0.0.0/0 or ::/0 to remote administration ports",
        domain: .infrastructureProtection,
        severity: .medium,
        references: [.cis5("5.2"), .cis7("6.2"), .fsbp("EC2.21")],
        rationale: "Practice: NACLs by port set. Network ACLs are the subnet-wide backstop behind security "
            + "groups; the first matching rule for an internet source decides.",
        remediation: Remediation(
            "Add a lower-numbered deny entry for the port, or narrow the allow entry.",
            cli: "aws ec2 create-network-acl-entry --network-acl-id <acl> --ingress --rule-number 50 --protocol tcp "
                + "--port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny"
        ),
        parameters: [aclAdminPorts],
        over: \.ec2.networkACLs
    ) { acl, context in
        let exposed = context[aclAdminPorts].compactMap { Int($0) }
            .filter { port in
                for internet in [true, false] {
                    let first = acl.inboundEntries.first { entry in
                        let source = internet ? entry.cidrBlock == "0.0.0.0/0" : entry.ipv6CidrBlock == "::/0"
                        let tcp = ["-1", "6"].contains(entry.protocolNumber)
                        let covers =
                            entry.protocolNumber == "-1"
                            || (entry.portRange.map { ($0.from ?? 0) <= port && port <= ($0.to ?? 65_535) } ?? true)
                        return source && tcp && covers
                    }
                    if first?.ruleAction == .allow { return true }
                }
                return false
            }
        expect(
            exposed.isEmpty,
            "\(acl.networkACLID) allows ingress from the internet to port(s) \(exposed.map(String.init).joined(separator: ", "))"
        )
    }
}
