import BulwarkIAM
import Testing

extension DecisionFlowTests {
    static let crossAccount: [FlowCase] = [
        .init(
            P.carol,
            PolicySet(identityPolicies: [P.allow("s3:*")]),
            .implicitDeny,
            "cross-account without a resource policy is denied (IAM UG, cross-account evaluation)"
        ),
        .init(
            P.carol,
            PolicySet(resourcePolicy: P.allow("s3:*", to: [P.carol])),
            .implicitDeny,
            "cross-account: the resource policy alone is not enough; the trusted account's identity policy must allow"
        ),
        .init(
            P.carol,
            PolicySet(identityPolicies: [P.allow("s3:*")], resourcePolicy: P.allow("s3:*", to: [P.carol])),
            .allow,
            "both accounts allow"
        ),
        .init(
            P.carol,
            PolicySet(
                identityPolicies: [P.allow("s3:*")],
                resourcePolicy: P.allow("s3:*", to: ["arn:aws:iam::222222222222:root"])
            ),
            .allow,
            "the resource policy trusts the account; its identity policy allows"
        ),
        .init(
            P.carol,
            PolicySet(identityPolicies: [P.allow("s3:*")], resourcePolicy: P.allow("s3:*", to: [P.b])),
            .allow,
            "a bare account id means the account root"
        ),
        .init(
            P.carol,
            PolicySet(identityPolicies: [P.allow("s3:*")], resourcePolicy: P.allow("s3:*", to: [P.alice])),
            .implicitDeny,
            "the resource policy names someone else"
        ),
        .init(
            P.carol,
            PolicySet(
                identityPolicies: [P.allow("s3:*")],
                resourcePolicy: P.allow("s3:*", to: [P.carol]),
                permissionsBoundary: P.allow("ec2:*")
            ),
            .implicitDeny,
            "the trusted account's boundary limits cross-account access"
        ),
        .init(
            P.carol,
            "sqs:SendMessage",
            "arn:aws:sqs:us-east-1:111111111111:q",
            account: nil,
            PolicySet(identityPolicies: [P.allow("sqs:*")]),
            .implicitDeny,
            "the resource account comes from the ARN when the request does not give it"
        ),
        .init(
            P.carol,
            "sqs:SendMessage",
            "arn:aws:sqs:us-east-1:222222222222:q",
            account: nil,
            PolicySet(identityPolicies: [P.allow("sqs:*")]),
            .allow,
            "same account taken from the ARN"
        ),
        .init(
            "arn:aws:iam::222222222222:root",
            PolicySet(),
            .implicitDeny,
            "another account's root needs a resource policy"
        ),
        .init(
            "arn:aws:iam::222222222222:root",
            PolicySet(resourcePolicy: P.allow("s3:*", to: [P.b])),
            .allow,
            "another account's root allowed by the resource policy"
        ),
    ]

    @Test("cross account", arguments: crossAccount)
    func cross(_ c: FlowCase) throws {
        let e = try c.evaluate()
        #expect(e.decision == c.expected, "\(c.reason)\n\(e)")
    }
}
