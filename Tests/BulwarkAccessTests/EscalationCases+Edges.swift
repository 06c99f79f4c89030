import BulwarkAccess

extension EscalationCase {
    static let admin = TestAccount.role("admin")
    static func passedTo(_ service: String) -> String { #"{"StringEquals":{"iam:PassedToService":"\#(service)"}}"# }

    /// Gaining another principal's permissions, and near misses.
    static let edges: [EscalationCase] = [
        scenario(
            "sts:AssumeRole of a role trusting the account",
            .path(["sts:AssumeRole"]),
            attacker: [allow(["sts:AssumeRole"], on: admin)]
        ),
        scenario("sts:AssumeRole without identity permission, trust naming the account", .nothing, attacker: []),
        scenario(
            "sts:AssumeRole of a role whose trust names the attacker directly",
            .path(["sts:AssumeRole"]),
            attacker: [],
            adminTrust: trust(#"{"AWS":"\#(attacker)"}"#)
        ),
        scenario(
            "sts:AssumeRole of a role trusting someone else",
            .nothing,
            attacker: [allow(["sts:AssumeRole"])],
            adminTrust: trust(#"{"AWS":"\#(TestAccount.role("ci"))"}"#)
        ),
        scenario(
            "sts:AssumeRole with an explicit deny",
            .nothing,
            attacker: [allow(["sts:AssumeRole"]), deny(["sts:AssumeRole"], on: admin)]
        ),
        scenario(
            "sts:AssumeRole with trust requiring an external id",
            .nothing,
            attacker: [allow(["sts:AssumeRole"])],
            adminTrust: trust(
                #"{"AWS":"arn:aws:iam::111111111111:root"}"#,
                condition: #"{"StringEquals":{"sts:ExternalId":"s3cret"}}"#
            )
        ),
        scenario(
            "sts:AssumeRole of an admin role capped by its boundary",
            .nothing,
            attacker: [allow(["sts:AssumeRole"])]
        ) {
            $0.principals[1].boundary = allow(["s3:*"])
        },
        scenario(
            "iam:UpdateAssumeRolePolicy on the admin role",
            .path(["iam:UpdateAssumeRolePolicy"]),
            attacker: [allow(["iam:UpdateAssumeRolePolicy"], on: admin)],
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ),
        scenario(
            "iam:UpdateAssumeRolePolicy but sts:AssumeRole denied",
            .nothing,
            attacker: [allow(["iam:UpdateAssumeRolePolicy"], on: admin), deny(["sts:AssumeRole"])],
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ),
        scenario(
            "iam:CreateAccessKey for an admin user",
            .path(["iam:CreateAccessKey"]),
            attacker: [allow(["iam:CreateAccessKey"], on: TestAccount.user("boss"))]
        ) { $0.addUser("boss", [adminPolicy]) },
        scenario(
            "iam:CreateAccessKey for an admin user, SCP denies it",
            .nothing,
            attacker: [allow(["iam:CreateAccessKey"], on: TestAccount.user("boss"))]
        ) {
            $0.addUser("boss", [adminPolicy])
            $0.scps = [[adminPolicy, deny(["iam:CreateAccessKey"])]]
        },
        scenario(
            "iam:CreateLoginProfile for an admin user without a password",
            .path(["iam:CreateLoginProfile"]),
            attacker: [allow(["iam:CreateLoginProfile"], on: TestAccount.user("boss"))]
        ) {
            $0.addUser("boss", [adminPolicy])
            $0.passwords[TestAccount.user("boss")] = false
        },
        scenario(
            "iam:CreateLoginProfile for an admin user who has a password",
            .nothing,
            attacker: [allow(["iam:CreateLoginProfile"], on: TestAccount.user("boss"))]
        ) {
            $0.addUser("boss", [adminPolicy])
            $0.passwords[TestAccount.user("boss")] = true
        },
        scenario(
            "iam:UpdateLoginProfile for an admin user with a password",
            .path(["iam:UpdateLoginProfile"]),
            attacker: [allow(["iam:UpdateLoginProfile"], on: TestAccount.user("boss"))]
        ) {
            $0.addUser("boss", [adminPolicy])
            $0.passwords[TestAccount.user("boss")] = true
        },
        scenario(
            "iam:PutRolePolicy on a role it can assume",
            .path(["iam:PutRolePolicy", "sts:AssumeRole"]),
            attacker: [allow(["sts:AssumeRole", "iam:PutRolePolicy"], on: TestAccount.role("worker"))]
        ) {
            $0.addRole("worker", trust: accountTrust, [allow(["s3:GetObject"])])
        },
        scenario(
            "iam:PutRolePolicy on a role it cannot assume",
            .nothing,
            attacker: [allow(["iam:PutRolePolicy"], on: TestAccount.role("worker"))]
        ) {
            $0.addRole("worker", trust: accountTrust, [allow(["s3:GetObject"])])
        },
        scenario(
            "two hops: assume a role that can assume admin",
            .path(["sts:AssumeRole", "sts:AssumeRole"]),
            attacker: [allow(["sts:AssumeRole"], on: TestAccount.role("hop"))],
            adminTrust: trust(#"{"AWS":"\#(TestAccount.role("hop"))"}"#)
        ) {
            $0.addRole("hop", trust: accountTrust, [allow(["sts:AssumeRole"], on: admin)])
        },
    ]
}
