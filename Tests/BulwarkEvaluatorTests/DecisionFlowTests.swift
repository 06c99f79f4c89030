import BulwarkIAM
import Testing

@Suite("Decision flow")
struct DecisionFlowTests {
    static let sameAccount: [FlowCase] = [
        .init(
            P.alice,
            PolicySet(),
            .implicitDeny,
            "every request is implicitly denied by default (IAM UG, evaluation logic)"
        ),
        .init(P.alice, PolicySet(identityPolicies: [P.allow("s3:GetObject")]), .allow, "identity policy Allow"),
        .init(
            P.alice,
            PolicySet(identityPolicies: [P.allow("s3:*"), P.deny("s3:GetObject")]),
            .explicitDeny,
            "an explicit Deny in any policy overrides an Allow"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [P.allow("s3:*")], resourcePolicy: P.deny("s3:*", to: ["*"])),
            .explicitDeny,
            "explicit Deny in the resource-based policy"
        ),
        .init(
            P.alice,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.alice])),
            .allow,
            "same account: a resource-policy Allow naming the user is enough (IAM UG, identity vs resource-based)"
        ),
        .init(
            P.alice,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.alice]), permissionsBoundary: P.allow("ec2:*")),
            .allow,
            "a user-ARN grant is not limited by an implicit deny in the boundary (IAM UG, boundaries)"
        ),
        .init(
            P.alice,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.alice]), permissionsBoundary: P.deny("s3:*")),
            .explicitDeny,
            "an explicit Deny in the boundary wins over a resource-policy grant"
        ),
        .init(
            P.session,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.role]), permissionsBoundary: P.allow("ec2:*")),
            .implicitDeny,
            "a role-ARN grant is limited by an implicit deny in the boundary (evaluation-logic page)"
        ),
        .init(
            P.session,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.role])),
            .allow,
            "a role-ARN grant without boundary or session policy allows the role's sessions"
        ),
        .init(
            P.session,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.session]), permissionsBoundary: P.allow("ec2:*")),
            .allow,
            "a session-ARN grant is not limited by the boundary"
        ),
        .init(
            P.session,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.role]), sessionPolicy: P.allow("ec2:*")),
            .implicitDeny,
            "a role-ARN grant is limited by the session policy (IAM UG, session policies)"
        ),
        .init(
            P.session,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.session]), sessionPolicy: P.allow("ec2:*")),
            .allow,
            "a session-ARN grant is not limited by the session policy"
        ),
        .init(
            P.alice,
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: [P.root])),
            .implicitDeny,
            "a grant to the account root delegates to identity policies, which do not allow"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [P.allow("s3:GetObject")], resourcePolicy: P.allow("s3:GetObject", to: [P.a])),
            .allow,
            "account grant (bare id) plus identity Allow"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [P.allow("s3:*")], permissionsBoundary: P.allow("s3:GetObject")),
            .allow,
            "identity and boundary both allow"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [P.allow("s3:*")], permissionsBoundary: P.allow("ec2:*")),
            .implicitDeny,
            "the boundary has no matching Allow (IAM UG, permissions boundaries)"
        ),
        .init(
            P.alice,
            PolicySet(permissionsBoundary: P.allow("s3:*")),
            .implicitDeny,
            "a boundary alone grants nothing"
        ),
        .init(
            P.session,
            PolicySet(identityPolicies: [P.allow("s3:*")]),
            .allow,
            "a role session without a session policy has the role's permissions"
        ),
        .init(
            P.session,
            PolicySet(identityPolicies: [P.allow("s3:*")], sessionPolicy: P.allow("ec2:*")),
            .implicitDeny,
            "session policy present and not allowing: implicit deny"
        ),
        .init(
            P.session,
            PolicySet(identityPolicies: [P.allow("s3:*")], sessionPolicy: P.allow("s3:Get*")),
            .allow,
            "identity and session policy both allow"
        ),
        .init(
            P.session,
            PolicySet(sessionPolicy: P.allow("s3:*")),
            .implicitDeny,
            "a session policy alone grants nothing"
        ),
        .init(
            P.federated,
            PolicySet(identityPolicies: [P.allow("s3:*")]),
            .implicitDeny,
            "a federated-user session without a session policy has no permissions (GetFederationToken)"
        ),
        .init(
            P.federated,
            PolicySet(identityPolicies: [P.allow("s3:*")], sessionPolicy: P.allow("s3:*")),
            .allow,
            "federated user: identity ∩ session policy"
        ),
        .init(
            P.federated,
            PolicySet(resourcePolicy: P.allow("s3:*", to: [P.federated])),
            .allow,
            "a grant to the federated-user session ARN is direct"
        ),
        .init(P.root, PolicySet(), .allow, "the account root user is allowed in its own account"),
        .init(
            P.root,
            PolicySet(resourcePolicy: P.deny("s3:*", to: ["*"])),
            .explicitDeny,
            "but not against an explicit deny"
        ),
        .init(
            P.alice,
            "sts:GetCallerIdentity",
            "*",
            PolicySet(identityPolicies: [P.deny("*")]),
            .allow,
            "sts:GetCallerIdentity is always allowed, even with an explicit deny (STS API reference)"
        ),
        .init(
            P.alice,
            "S3:getobject",
            P.object,
            PolicySet(identityPolicies: [P.allow("s3:GetObject")]),
            .allow,
            "request action case does not matter"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [P.doc(P.statement(.allow, ["iam:*"], notAction: true))]),
            .allow,
            "NotAction Allow grants every other action (IAM UG, NotAction)"
        ),
        .init(
            P.alice,
            "iam:CreateUser",
            "*",
            PolicySet(identityPolicies: [P.doc(P.statement(.allow, ["iam:*"], notAction: true))]),
            .implicitDeny,
            "NotAction excludes the listed actions"
        ),
        .init(
            P.alice,
            "s3:GetObject",
            "arn:aws:s3:::other/key",
            PolicySet(identityPolicies: [
                P.fullAccess, P.doc(P.statement(.deny, ["s3:*"], ["arn:aws:s3:::bucket/*"], notResource: true)),
            ]),
            .explicitDeny,
            "NotResource Deny denies every other resource"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [
                P.fullAccess, P.doc(P.statement(.deny, ["s3:*"], ["arn:aws:s3:::bucket/*"], notResource: true)),
            ]),
            .allow,
            "NotResource Deny does not touch the listed resources"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [P.allow("s3:GetObject", on: ["arn:aws:s3:::bucket/${aws:username}/*"])]),
            .implicitDeny,
            "variable resolves to alice, key is not under bucket/alice/"
        ),
        .init(
            P.alice,
            "s3:GetObject",
            "arn:aws:s3:::bucket/alice/x",
            PolicySet(identityPolicies: [P.allow("s3:GetObject", on: ["arn:aws:s3:::bucket/${aws:username}/*"])]),
            .allow,
            "${aws:username} in Resource (IAM UG, policy variables)"
        ),
        .init(
            P.session,
            "s3:GetObject",
            "arn:aws:s3:::bucket//x",
            PolicySet(identityPolicies: [P.allow("s3:GetObject", on: ["arn:aws:s3:::bucket/${aws:username}/*"])]),
            .implicitDeny,
            "a role session has no aws:username: the Resource matches nothing"
        ),
        .init(
            P.alice,
            "s3:GetObject",
            "arn:aws:s3:::bucket/alice/x",
            PolicySet(identityPolicies: [
                PolicyDocument(
                    version: .v2008_10_17,
                    statements: [P.statement(.allow, ["s3:*"], ["arn:aws:s3:::bucket/${aws:username}/*"])]
                )
            ]),
            .implicitDeny,
            "under Version 2008-10-17 the variable is literal text"
        ),
        .init(
            P.alice,
            context: ["aws:SourceIp": "203.0.113.7"],
            PolicySet(identityPolicies: [
                P.doc(
                    P.statement(
                        .allow,
                        ["s3:*"],
                        conditions: [Condition(.init(.ipAddress), key: "aws:SourceIp", values: ["203.0.113.0/24"])]
                    )
                )
            ]),
            .allow,
            "condition holds"
        ),
        .init(
            P.alice,
            context: ["aws:SourceIp": "198.51.100.7"],
            PolicySet(identityPolicies: [
                P.doc(
                    P.statement(
                        .allow,
                        ["s3:*"],
                        conditions: [Condition(.init(.ipAddress), key: "aws:SourceIp", values: ["203.0.113.0/24"])]
                    )
                )
            ]),
            .implicitDeny,
            "condition fails: the Allow does not apply"
        ),
        .init(
            P.alice,
            PolicySet(identityPolicies: [
                P.allow("s3:GetObject"),
                P.doc(
                    P.statement(
                        .deny,
                        ["s3:*"],
                        conditions: [
                            Condition(
                                .init(.stringNotEquals, ifExists: true),
                                key: "aws:ResourceTag/env",
                                values: ["dev"]
                            )
                        ]
                    )
                ),
            ]),
            .explicitDeny,
            "Deny with StringNotEqualsIfExists still denies when the tag is missing (IAM UG, condition operators)"
        ),
        .init(
            P.alice,
            "ec2:DescribeInstances",
            "*",
            PolicySet(identityPolicies: [P.allow("ec2:DescribeInstances", on: ["arn:aws:ec2:*:*:instance/*"])]),
            .implicitDeny,
            "a wildcard-only action needs Resource \"*\""
        ),
        .init(
            "arn:aws:sts::111111111111:assumed-role/app/s1",
            PolicySet(resourcePolicy: P.allow("s3:GetObject", to: ["arn:aws:iam::111111111111:role/team/app"])),
            .allow,
            "a pathed role ARN matches the role's sessions (iam-simulate: pathed roles to sessions)"
        ),
    ]

    @Test("same account", arguments: sameAccount)
    func same(_ c: FlowCase) throws {
        let e = try c.evaluate()
        #expect(e.decision == c.expected, "\(c.reason)\n\(e)")
    }
}
