import BulwarkIAM
import Testing

@Suite("Organizations guardrails, special resources and principal elements")
struct GuardrailTests {
    static let identity = [P.allow("s3:*", "kms:*", "sts:*", "ec2:*")]

    static let organizations: [FlowCase] = [
        .init(
            P.alice,
            PolicySet(identityPolicies: identity, serviceControlPolicies: [[P.fullAccess], [P.fullAccess]]),
            .allow,
            "every SCP level allows"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: identity, serviceControlPolicies: [[P.fullAccess], [P.allow("ec2:*")]]),
            .implicitDeny,
            "an SCP level without an applicable Allow denies, even implicitly (Organizations, SCP evaluation)"
        ),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                serviceControlPolicies: [[P.fullAccess, P.allow("ec2:*")], [P.allow("s3:*")]]
            ),
            .allow,
            "within a level any policy may allow (OR)"
        ),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                serviceControlPolicies: [[P.fullAccess, P.deny("s3:*")], [P.fullAccess]]
            ),
            .explicitDeny,
            "a Deny at any SCP level denies"
        ),
        .init(P.alice, PolicySet(serviceControlPolicies: [[P.fullAccess]]), .implicitDeny, "SCPs grant nothing"),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                serviceControlPolicies: [[P.deny("s3:*")]],
                principalIsManagementAccount: true
            ),
            .allow,
            "SCPs do not affect the management account"
        ),
        .init(
            "arn:aws:sts::111111111111:assumed-role/AWSServiceRoleForConfig/s",
            PolicySet(identityPolicies: identity, serviceControlPolicies: [[P.deny("s3:*")]]),
            .allow,
            "SCPs do not restrict service-linked roles (AWSServiceRoleFor…)"
        ),
        .init(
            "arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/x",
            PolicySet(identityPolicies: identity, serviceControlPolicies: [[P.deny("s3:*")]]),
            .allow,
            "SCPs do not restrict service-linked roles (path /aws-service-role/)"
        ),
        .init(
            P.root,
            PolicySet(serviceControlPolicies: [[P.deny("s3:*")]]),
            .explicitDeny,
            "SCPs restrict a member account's root user"
        ),
        .init(
            P.carol,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.allow("s3:*", to: [P.carol]),
                resourceControlPolicies: [[P.rcpFullAccess]]
            ),
            .allow,
            "RCPFullAWSAccess at every level"
        ),
        .init(
            P.carol,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.allow("s3:*", to: [P.carol]),
                resourceControlPolicies: [
                    [
                        P.rcpFullAccess,
                        P.doc(
                            P.statement(
                                .deny,
                                ["s3:*"],
                                principals: ["*"],
                                conditions: [
                                    Condition(
                                        .init(.stringNotEquals, ifExists: true),
                                        key: "aws:PrincipalAccount",
                                        values: ["111111111111"]
                                    )
                                ]
                            )
                        ),
                    ]
                ]
            ),
            .explicitDeny,
            "an RCP Deny for principals outside the organization (RCP data perimeter)"
        ),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                resourceControlPolicies: [[P.rcpFullAccess], [P.allow("sqs:*", to: ["*"])]]
            ),
            .implicitDeny,
            "every RCP level must allow"
        ),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                resourceControlPolicies: [[P.deny("s3:*", to: ["*"])]],
                resourceIsInManagementAccount: true
            ),
            .allow,
            "RCPs do not affect resources in the management account"
        ),
        .init(
            P.alice,
            "ec2:RunInstances",
            "*",
            PolicySet(identityPolicies: identity, resourceControlPolicies: [[P.deny("*", to: ["*"])]]),
            .allow,
            "RCPs apply only to the services that support them"
        ),
        .init(
            P.alice,
            "kms:RetireGrant",
            "arn:aws:kms:us-east-1:111111111111:key/k",
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.allow("kms:*", to: [P.root]),
                resourceControlPolicies: [[P.deny("kms:*", to: ["*"])]]
            ),
            .allow,
            "kms:RetireGrant is not affected by RCPs (KMS guide, RCPs)"
        ),
        .init(
            P.alice,
            "kms:Decrypt",
            "arn:aws:kms:us-east-1:111111111111:key/k",
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.allow("kms:*", to: [P.root]),
                resourceControlPolicies: [[P.deny("kms:*", to: ["*"])]],
                resourceIsAWSManagedKey: true
            ),
            .allow,
            "RCPs do not apply to AWS managed keys"
        ),
    ]

    @Test("SCPs and RCPs", arguments: organizations)
    func organizationsPolicies(_ c: FlowCase) throws {
        let e = try c.evaluate()
        #expect(e.decision == c.expected, "\(c.reason)\n\(e)")
    }

    static let key = "arn:aws:kms:us-east-1:111111111111:key/1234"
    static let trusting = "arn:aws:iam::111111111111:role/target"

    static let special: [FlowCase] = [
        .init(
            P.alice,
            "kms:Decrypt",
            key,
            PolicySet(identityPolicies: identity),
            .implicitDeny,
            "IAM policies alone cannot allow a KMS key: the key policy must allow (KMS guide, key policies)"
        ),
        .init(
            P.alice,
            "kms:Decrypt",
            key,
            PolicySet(identityPolicies: identity, resourcePolicy: P.allow("kms:*", to: [P.root])),
            .allow,
            "the key policy allows the account root, enabling IAM policies"
        ),
        .init(
            P.alice,
            "kms:Decrypt",
            key,
            PolicySet(resourcePolicy: P.allow("kms:*", to: [P.root])),
            .implicitDeny,
            "the account grant enables IAM policies, but none allows"
        ),
        .init(
            P.alice,
            "kms:Decrypt",
            key,
            PolicySet(resourcePolicy: P.allow("kms:Decrypt", to: [P.alice])),
            .allow,
            "the key policy allows the user directly"
        ),
        .init(
            P.alice,
            "sts:AssumeRole",
            trusting,
            PolicySet(identityPolicies: identity),
            .implicitDeny,
            "a role trust policy must allow explicitly; without one the role cannot be assumed"
        ),
        .init(
            P.alice,
            "sts:AssumeRole",
            trusting,
            PolicySet(resourcePolicy: P.allow("sts:AssumeRole", to: [P.alice])),
            .allow,
            "same account: the trust policy naming the user is enough"
        ),
        .init(
            P.alice,
            "sts:AssumeRole",
            trusting,
            PolicySet(resourcePolicy: P.allow("sts:AssumeRole", to: [P.root])),
            .implicitDeny,
            "the trust policy trusts the account; the identity policy must then allow sts:AssumeRole"
        ),
        .init(
            P.alice,
            "sts:AssumeRole",
            trusting,
            PolicySet(identityPolicies: identity, resourcePolicy: P.allow("sts:AssumeRole", to: [P.root])),
            .allow,
            "account trust plus identity Allow"
        ),
        .init(
            P.carol,
            "sts:AssumeRole",
            trusting,
            PolicySet(identityPolicies: identity, resourcePolicy: P.allow("sts:AssumeRole", to: [P.b])),
            .allow,
            "cross-account role assumption: trust policy and the caller's identity policy"
        ),
        .init(
            P.carol,
            "sts:AssumeRole",
            trusting,
            PolicySet(resourcePolicy: P.allow("sts:AssumeRole", to: [P.carol])),
            .implicitDeny,
            "cross-account: the caller's identity policy must also allow sts:AssumeRole"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: identity, vpcEndpointPolicy: P.allow("s3:GetObject", to: ["*"])),
            .allow,
            "the VPC endpoint policy allows"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: identity, vpcEndpointPolicy: P.allow("s3:PutObject", to: ["*"])),
            .implicitDeny,
            "a VPC endpoint policy without a matching Allow denies"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: identity, vpcEndpointPolicy: P.deny("s3:*", to: ["*"])),
            .explicitDeny,
            "explicit Deny in the VPC endpoint policy"
        ),
        .init(
            "*",
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: ["*"])),
            .allow,
            "anonymous access needs a resource-policy Allow for \"*\""
        ),
        .init("*", PolicySet(), .implicitDeny, "anonymous without a resource policy"),
        .init(
            "*",
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.root])),
            .implicitDeny,
            "an account grant does not cover anonymous callers"
        ),
        .init(
            "cloudtrail.amazonaws.com",
            PolicySet(resourcePolicy: P.doc(P.statement(.allow, ["s3:*"], services: ["cloudtrail.amazonaws.com"]))),
            .allow,
            "a service principal allowed by the bucket policy"
        ),
        .init(
            "config.amazonaws.com",
            PolicySet(resourcePolicy: P.doc(P.statement(.allow, ["s3:*"], services: ["cloudtrail.amazonaws.com"]))),
            .implicitDeny,
            "another service principal"
        ),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.doc(P.statement(.deny, ["s3:*"], notPrincipals: [P.alice, P.root]))
            ),
            .allow,
            "NotPrincipal Deny excepts alice when both her ARN and her account are listed (IAM UG, NotPrincipal)"
        ),
        .init(
            P.bob,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.doc(P.statement(.deny, ["s3:*"], notPrincipals: [P.alice, P.root]))
            ),
            .explicitDeny,
            "NotPrincipal Deny denies everyone else"
        ),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.doc(P.statement(.deny, ["s3:*"], notPrincipals: [P.alice]))
            ),
            .explicitDeny,
            "without the account ARN in NotPrincipal the account check denies alice too"
        ),
        .init(
            P.alice,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.doc(P.statement(.deny, ["s3:*"], notPrincipals: [P.alice, P.root])),
                permissionsBoundary: P.fullAccess
            ),
            .explicitDeny,
            "a NotPrincipal Deny always denies a principal with a permissions boundary (IAM UG, boundaries)"
        ),
        .init(
            P.session,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.doc(P.statement(.deny, ["s3:*"], notPrincipals: [P.role, P.root]))
            ),
            .explicitDeny,
            "a session is excepted only when its session ARN is listed too"
        ),
        .init(
            P.session,
            PolicySet(
                identityPolicies: identity,
                resourcePolicy: P.doc(P.statement(.deny, ["s3:*"], notPrincipals: [P.role, P.session, P.root]))
            ),
            .allow,
            "account, role and session ARN listed: excepted"
        ),
        .init(
            P.alice,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: ["*"])),
            .allow,
            "Principal \"*\" grants every principal, including same-account users"
        ),
    ]

    @Test("key policies, trust policies, endpoints, anonymous and NotPrincipal", arguments: special)
    func specialCases(_ c: FlowCase) throws {
        let e = try c.evaluate()
        #expect(e.decision == c.expected, "\(c.reason)\n\(e)")
    }
}
