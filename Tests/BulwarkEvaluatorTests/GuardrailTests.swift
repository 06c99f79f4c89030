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

    static func federatedTrust(_ provider: String, action: String = "sts:AssumeRoleWithWebIdentity") -> PolicyDocument {
        PolicyDocument(statements: [
            PolicyStatement(
                effect: .allow,
                principal: .principal(.entries([PrincipalEntry(.federated, provider)])),
                action: .action([action])
            )
        ])
    }

    static let canonicalID = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"

    static let principalTypes: [FlowCase] = [
        .init(
            "cognito-identity.amazonaws.com",
            "sts:AssumeRoleWithWebIdentity",
            trusting,
            PolicySet(resourcePolicy: federatedTrust("cognito-identity.amazonaws.com")),
            .allow,
            "a Federated principal in the trust policy (IAM UG, Principal element: federated principals)"
        ),
        .init(
            "accounts.google.com",
            "sts:AssumeRoleWithWebIdentity",
            trusting,
            PolicySet(resourcePolicy: federatedTrust("cognito-identity.amazonaws.com")),
            .implicitDeny,
            "another identity provider is not trusted"
        ),
        .init(
            "arn:aws:iam::111111111111:saml-provider/Okta",
            "sts:AssumeRoleWithSAML",
            trusting,
            PolicySet(
                resourcePolicy: federatedTrust(
                    "arn:aws:iam::111111111111:saml-provider/Okta",
                    action: "sts:AssumeRoleWithSAML"
                )
            ),
            .allow,
            "a SAML provider ARN as Federated principal"
        ),
        .init(
            canonicalID,
            PolicySet(
                resourcePolicy: PolicyDocument(statements: [
                    PolicyStatement(
                        effect: .allow,
                        principal: .principal(.entries([PrincipalEntry(.canonicalUser, canonicalID)])),
                        action: .action(["s3:GetObject"]),
                        resource: .resource(["arn:aws:s3:::bucket/*"])
                    )
                ])
            ),
            .allow,
            "a CanonicalUser principal (IAM UG, Principal element: canonical user)"
        ),
        .init(
            P.session,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: ["*"]), permissionsBoundary: P.allow("ec2:*")),
            .allow,
            "Principal \"*\" grants the session itself, which a boundary does not limit (our documented choice)"
        ),
        .init(
            P.role,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.role]), permissionsBoundary: P.allow("ec2:*")),
            .implicitDeny,
            "a role-ARN grant is limited by the role's boundary"
        ),
        .init(
            "lambda.amazonaws.com",
            PolicySet(
                resourcePolicy: P.doc(P.statement(.allow, ["s3:*"], services: ["lambda.amazonaws.com"])),
                resourceControlPolicies: [[P.rcpFullAccess, P.deny("s3:*", to: ["*"])]]
            ),
            .explicitDeny,
            "RCPs also restrict AWS service principals (Organizations UG, RCPs)"
        ),
        .init(
            "lambda.amazonaws.com",
            PolicySet(
                resourcePolicy: P.doc(P.statement(.allow, ["s3:*"], services: ["lambda.amazonaws.com"])),
                serviceControlPolicies: [[P.deny("s3:*")]]
            ),
            .allow,
            "SCPs restrict only the organization's IAM principals, not service principals"
        ),
    ]

    static let presets: [FlowCase] = [
        .init(
            P.alice,
            PolicySet(
                identityPolicies: [P.allow("s3:*")],
                vpcEndpointPolicy: P.doc(P.statement(.allow, ["s3:GetObject"], ["arn:aws:s3:::bucket/*"]))
            ),
            .implicitDeny,
            "an endpoint policy \"must contain a Principal element\" (VPC UG, endpoint policies)"
        ),
        .init(
            P.alice,
            "sts:GetSessionToken",
            "*",
            PolicySet(identityPolicies: [P.deny("sts:*")]),
            .allow,
            "authentication operations cannot be controlled by policies (IAM UG, GetSessionToken permissions)"
        ),
        .init(
            P.session,
            "sts:GetSessionToken",
            "*",
            PolicySet(identityPolicies: [P.allow("sts:*")]),
            .implicitDeny,
            "GetSessionToken cannot be called with temporary credentials (STS API reference)"
        ),
        .init(
            P.root,
            "sts:AssumeRole",
            trusting,
            PolicySet(resourcePolicy: P.allow("sts:AssumeRole", to: [P.root])),
            .implicitDeny,
            "roles may not be assumed by the root user (IAM UG, switching roles)"
        ),
        .init(
            P.alice,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: ["arn:aws-cn:iam::111111111111:user/alice"])),
            .implicitDeny,
            "a principal ARN of another partition is another principal (IAM UG, Principal element)"
        ),
        .init(
            P.alice,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: ["arn:aws-us-gov:iam::111111111111:root"])),
            .implicitDeny,
            "an account root ARN of another partition does not name this account"
        ),
    ]

    @Test("decisions made before policies, and partitions in principal ARNs", arguments: presets)
    func presetDecisions(_ c: FlowCase) throws {
        let e = try c.evaluate()
        #expect(e.decision == c.expected, "\(c.reason)\n\(e)")
    }

    @Test("federated, canonical-user and service principals", arguments: principalTypes)
    func principalKinds(_ c: FlowCase) throws {
        let e = try c.evaluate()
        #expect(e.decision == c.expected, "\(c.reason)\n\(e)")
    }

    @Test("key policies, trust policies, endpoints, anonymous and NotPrincipal", arguments: special)
    func specialCases(_ c: FlowCase) throws {
        let e = try c.evaluate()
        #expect(e.decision == c.expected, "\(c.reason)\n\(e)")
    }
}
