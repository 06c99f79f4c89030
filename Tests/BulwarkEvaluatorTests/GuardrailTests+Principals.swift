import BulwarkIAM
import Testing

extension GuardrailTests {
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

}
