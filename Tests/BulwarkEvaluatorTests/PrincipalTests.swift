import BulwarkIAM
import Testing

@Suite("Principals and request context")
struct PrincipalTests {
    static let kinds: [(String, Principal.Kind, String?)] = [
        ("arn:aws:iam::111122223333:user/alice", .user, "111122223333"),
        ("arn:aws:iam::111122223333:user/path/to/alice", .user, "111122223333"),
        ("arn:aws:iam::111122223333:role/app", .role, "111122223333"),
        ("arn:aws:iam::111122223333:root", .root, "111122223333"),
        ("arn:aws:sts::111122223333:assumed-role/app/session", .roleSession, "111122223333"),
        ("arn:aws:sts::111122223333:federated-user/bob", .federatedUser, "111122223333"),
        ("lambda.amazonaws.com", .service, nil),
        ("cognito-identity.amazonaws.com", .identityProvider, nil),
        ("arn:aws:iam::111122223333:saml-provider/okta", .identityProvider, "111122223333"),
        ("*", .anonymous, nil),
        ("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be", .canonicalUser, nil),
    ]

    @Test("parses every principal kind", arguments: kinds)
    func parse(_ text: String, _ kind: Principal.Kind, _ account: String?) throws {
        let p = try Principal(text)
        #expect(p.kind == kind)
        #expect(p.account == account)
    }

    @Test(
        "rejects what cannot make requests",
        arguments: [
            "arn:aws:iam::111122223333:group/devs", "arn:aws:s3:::bucket", "alice", "arn:aws:iam:::user/x",
            "arn:aws:iam::111122223333:role/*", "arn:aws:iam::1:root",
            "arn:aws:sts::111122223333:assumed-role/onlyrole",
        ]
    )
    func rejects(_ text: String) {
        #expect(throws: PrincipalError.self) { try Principal(text) }
    }

    @Test("session facts: role ARN, pathed user, service-linked roles")
    func facts() throws {
        let s = try Principal("arn:aws:sts::111122223333:assumed-role/app/ci")
        #expect(s.roleARN == "arn:aws:iam::111122223333:role/app")
        #expect(s.sessionName == "ci")
        let u = try Principal("arn:aws:iam::111122223333:user/division/alice")
        #expect(u.name == "alice" && u.path == "/division/")
        #expect(
            try Principal("arn:aws:iam::111122223333:role/aws-service-role/x.amazonaws.com/AnyName").isServiceLinkedRole
        )
        #expect(try Principal("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForSupport/s").isServiceLinkedRole)
        #expect(try !Principal("arn:aws:iam::111122223333:role/app").isServiceLinkedRole)
    }

    @Test("derived context keys (IAM UG, global condition context keys)")
    func derived() throws {
        let user = try AuthorizationRequest(principal: "arn:aws:iam::111122223333:user/alice", action: "s3:GetObject")
        #expect(user.effectiveContext["aws:username"] == "alice")
        #expect(user.effectiveContext["aws:PrincipalArn"] == "arn:aws:iam::111122223333:user/alice")
        #expect(user.effectiveContext["aws:PrincipalAccount"] == "111122223333")
        #expect(user.effectiveContext["aws:PrincipalType"] == "User")
        #expect(user.effectiveContext["aws:PrincipalIsAWSService"] == false)
        let session = try AuthorizationRequest(
            principal: "arn:aws:sts::111122223333:assumed-role/app/s",
            action: "s3:GetObject"
        )
        #expect(session.effectiveContext["aws:PrincipalArn"] == "arn:aws:iam::111122223333:role/app")
        #expect(session.effectiveContext["aws:username"] == nil, "aws:username exists for IAM users only")
        #expect(session.effectiveContext["aws:PrincipalType"] == "AssumedRole")
        let anonymous = try AuthorizationRequest(principal: "*", action: "s3:GetObject")
        #expect(
            anonymous.effectiveContext["aws:userid"] == "anonymous",
            "IAM UG, policy variables: principal key values"
        )
        let service = try AuthorizationRequest(principal: "lambda.amazonaws.com", action: "s3:GetObject")
        #expect(service.effectiveContext["aws:PrincipalIsAWSService"] == true)
        let supplied = try AuthorizationRequest(
            principal: "arn:aws:iam::111122223333:user/alice",
            action: "s3:GetObject",
            context: ["AWS:PrincipalArn": "arn:aws:iam::111122223333:user/path/alice"]
        )
        #expect(
            supplied.effectiveContext["aws:principalarn"] == "arn:aws:iam::111122223333:user/path/alice",
            "a value supplied by the context wins"
        )
        let queue = try AuthorizationRequest(
            principal: "*",
            action: "sqs:SendMessage",
            resource: "arn:aws:sqs:us-east-1:444455556666:q"
        )
        #expect(queue.effectiveResourceAccount == "444455556666")
        #expect(queue.effectiveContext["aws:ResourceAccount"] == "444455556666")
    }

    @Test("context keys are case-insensitive and literals build typed values")
    func context() {
        var c: RequestContext = [
            "aws:PrincipalTag/Team": "eng", "aws:TagKeys": ["a", "b"], "s3:max-keys": 10, "aws:SecureTransport": true,
        ]
        #expect(c["AWS:principaltag/team"] == "eng")
        #expect(c["aws:tagkeys"] == .list(["a", "b"]))
        #expect(c["s3:max-keys"] == .number(10))
        c["AWS:PRINCIPALTAG/TEAM"] = "ops"
        #expect(c.count == 4)
        #expect(c["aws:PrincipalTag/Team"] == "ops")
    }

    @Test("changing a request property re-derives the prepared context")
    func mutation() throws {
        var request = try AuthorizationRequest(
            principal: "arn:aws:iam::111122223333:user/alice",
            action: "s3:GetObject"
        )
        request.principal = try Principal("arn:aws:iam::111122223333:user/bob")
        #expect(request.effectiveContext["aws:username"] == "bob")
        request.resource = "arn:aws:sqs:us-east-1:444455556666:q"
        #expect(request.effectiveResourceAccount == "444455556666")
        #expect(!request.isSameAccount)
    }
}
