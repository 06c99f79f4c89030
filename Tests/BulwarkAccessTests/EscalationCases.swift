import BulwarkAccess

extension EscalationCase {
    static let adminARN = TestAccount.role("admin")
    static let mfa = #"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#

    /// Changes to its own permissions (admin-equivalence) and their near misses.
    static let selfChanges: [EscalationCase] = [
        scenario(
            "already admin",
            .adminEquivalent(nil),
            attacker: [adminPolicy],
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ),
        scenario(
            "admin except one denied service is not admin",
            .nothing,
            attacker: [adminPolicy, deny(["iam:*"])],
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ),
        scenario(
            "iam:PutUserPolicy on itself",
            .adminEquivalent("iam:PutUserPolicy"),
            attacker: [allow(["iam:PutUserPolicy"], on: attacker)]
        ),
        scenario(
            "iam:AttachUserPolicy on itself",
            .adminEquivalent("iam:AttachUserPolicy"),
            attacker: [allow(["iam:AttachUserPolicy"], on: attacker)]
        ),
        scenario(
            "iam:AttachUserPolicy needing MFA is no escalation",
            .nothing,
            attacker: [allow(["iam:AttachUserPolicy"], on: attacker, condition: mfa)]
        ),
        scenario(
            "iam:PutUserPolicy on another user only",
            .nothing,
            attacker: [allow(["iam:PutUserPolicy"], on: TestAccount.user("other"))]
        ),
        scenario(
            "iam:PutUserPolicy blocked by the boundary",
            .nothing,
            attacker: [allow(["iam:PutUserPolicy"], on: attacker)],
            boundary: allow(["s3:*"])
        ),
        scenario(
            "iam:PutUserPolicy, boundary allows it but caps the result",
            .nothing,
            attacker: [allow(["iam:PutUserPolicy"], on: attacker)],
            boundary: allow(["iam:PutUserPolicy", "s3:*"])
        ),
        scenario(
            "iam:DeleteUserPermissionsBoundary lifts the cap",
            .adminEquivalent("iam:DeleteUserPermissionsBoundary"),
            attacker: [adminPolicy],
            boundary: allow(["iam:DeleteUserPermissionsBoundary", "s3:*"]),
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ),
        scenario("iam:PutUserPolicy denied by an SCP", .nothing, attacker: [allow(["iam:PutUserPolicy"], on: attacker)])
        {
            $0.scps = [[adminPolicy, deny(["iam:PutUserPolicy"])]]
        },
        scenario(
            "iam:PutUserPolicy, SCP allows only s3 so no one is admin",
            .nothing,
            attacker: [allow(["iam:PutUserPolicy"], on: attacker)]
        ) { $0.scps = [[allow(["s3:*", "iam:PutUserPolicy"])]] },
        scenario(
            "iam:CreatePolicyVersion on its own managed policy",
            .adminEquivalent("iam:CreatePolicyVersion"),
            attacker: []
        ) {
            $0.principals[0].managed = [
                (
                    TestAccount.customerPolicy("mine"),
                    allow(["iam:CreatePolicyVersion"], on: TestAccount.customerPolicy("mine"))
                )
            ]
        },
        scenario(
            "iam:CreatePolicyVersion on a policy not attached to it",
            .nothing,
            attacker: [allow(["iam:CreatePolicyVersion"], on: TestAccount.customerPolicy("elsewhere"))]
        ),
        scenario(
            "iam:SetDefaultPolicyVersion to an admin version",
            .adminEquivalent("iam:SetDefaultPolicyVersion"),
            attacker: []
        ) {
            let arn = TestAccount.customerPolicy("versioned")
            $0.principals[0].managed = [(arn, allow(["iam:SetDefaultPolicyVersion"], on: arn))]
            $0.otherVersions[arn] = [adminPolicy]
        },
        scenario("iam:SetDefaultPolicyVersion with only a weaker other version", .nothing, attacker: []) {
            let arn = TestAccount.customerPolicy("versioned")
            $0.principals[0].managed = [(arn, allow(["iam:SetDefaultPolicyVersion"], on: arn))]
            $0.otherVersions[arn] = [allow(["s3:GetObject"])]
        },
        scenario("iam:PutGroupPolicy on its own group", .adminEquivalent("iam:PutGroupPolicy"), attacker: []) {
            $0.groups["devs"] = [allow(["iam:PutGroupPolicy"], on: TestAccount.group("devs"))]
            $0.principals[0].groups = [TestAccount.group("devs")]
        },
        scenario("iam:AttachGroupPolicy on its own group", .adminEquivalent("iam:AttachGroupPolicy"), attacker: []) {
            $0.groups["devs"] = [allow(["iam:AttachGroupPolicy"], on: TestAccount.group("devs"))]
            $0.principals[0].groups = [TestAccount.group("devs")]
        },
        scenario(
            "iam:AddUserToGroup into the admins group",
            .adminEquivalent("iam:AddUserToGroup"),
            attacker: [allow(["iam:AddUserToGroup"], on: TestAccount.group("admins"))]
        ) { $0.groups["admins"] = [adminPolicy] },
        scenario(
            "iam:AddUserToGroup into a group that is not admin",
            .nothing,
            attacker: [allow(["iam:AddUserToGroup"], on: TestAccount.group("readers"))]
        ) { $0.groups["readers"] = [allow(["s3:Get*"])] },
        scenario(
            "iam:DeleteUserPolicy removes its own deny",
            .adminEquivalent("iam:DeleteUserPolicy"),
            attacker: [adminPolicy, deny(["iam:CreateUser"])],
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ),
    ]
}
