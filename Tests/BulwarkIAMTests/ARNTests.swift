import BulwarkIAM
import Testing

@Suite struct ARNTests {
    /// ARNs split into parts; `type/id` and `type:id` resources split; S3 has no region, account or type.
    @Test(
        arguments: [
            ("arn:aws:iam::111122223333:role/path/admin", "aws", "iam", "", "111122223333", "role", "path/admin"),
            ("arn:aws:iam::111122223333:root", "aws", "iam", "", "111122223333", nil, "root"),
            (
                "arn:aws:lambda:us-east-1:111122223333:function:my-fn:1", "aws", "lambda", "us-east-1", "111122223333",
                "function", "my-fn:1"
            ),
            ("arn:aws:s3:::bucket/key/with:colon", "aws", "s3", "", "", nil, "bucket/key/with:colon"),
            ("arn:aws:s3:::bucket", "aws", "s3", "", "", nil, "bucket"),
            (
                "arn:aws:s3:us-west-2:111122223333:accesspoint/ap", "aws", "s3", "us-west-2", "111122223333",
                "accesspoint", "ap"
            ),
            (
                "arn:aws-cn:ec2:cn-north-1:111122223333:instance/i-0abc", "aws-cn", "ec2", "cn-north-1", "111122223333",
                "instance", "i-0abc"
            ),
            (
                "arn:aws-us-gov:sns:us-gov-west-1:111122223333:topic", "aws-us-gov", "sns", "us-gov-west-1",
                "111122223333", nil, "topic"
            ),
            ("arn:aws:iam::aws:policy/ReadOnlyAccess", "aws", "iam", "", "aws", "policy", "ReadOnlyAccess"),
            ("arn:aws:iam::*:role/*", "aws", "iam", "", "*", "role", "*"),
            ("arn:aws:s3:::bucket/*", "aws", "s3", "", "", nil, "bucket/*"),
            ("arn:*:ec2:*:*:instance/*", "*", "ec2", "*", "*", "instance", "*"),
            ("arn:aws:sqs:us-east-1:111122223333:queue", "aws", "sqs", "us-east-1", "111122223333", nil, "queue"),
        ] as [(String, String, String, String, String, String?, String)]
    )
    func parses(
        text: String,
        partition: String,
        service: String,
        region: String,
        account: String,
        type: String?,
        id: String
    ) throws {
        let arn = try ARN(parsing: text)
        #expect(arn.partition == partition)
        #expect(arn.service == service)
        #expect(arn.region == region)
        #expect(arn.account == account)
        #expect(arn.resourceType == type)
        #expect(arn.resourceID == id)
        #expect(arn.description == text)
        #expect(ARN(text) == arn)
    }

    /// Invalid ARNs throw an error naming the problem.
    @Test(arguments: [
        ("bucket/key", "missing-prefix"),
        ("arn:aws:s3", "too-few-parts"),
        ("arn:aws:s3:::", "empty-resource"),
        ("arn::s3:::b", "empty-partition"),
        ("arn:AWS:s3:::b", "invalid-partition"),
        ("arn:aws::::b", "empty-service"),
        ("arn:aws:s*:::b", "wildcard-service"),
        ("arn:aws:*:::b", "wildcard-service"),
        ("arn:aws:s_3:::b", "invalid-service"),
        ("arn:aws:iam::12345:root", "invalid-account"),
        ("arn:aws:iam::abcdefghijkl:root", "invalid-account"),
        ("ARN:aws:s3:::b", "missing-prefix"),
        ("", "missing-prefix"),
    ])
    func rejects(text: String, code: String) {
        #expect {
            try ARN(parsing: text)
        } throws: { error in
            guard let error = error as? IAMError else { return false }
            return error.code?.rawValue == "arn-" + code && error.message.contains(text)
        }
    }

    @Test func wildcardsAndMemberwiseInit() {
        let arn = ARN(service: "iam", account: "111122223333", resource: "user/alice")
        #expect(arn.description == "arn:aws:iam::111122223333:user/alice")
        #expect(arn.resourceType == "user")
        #expect(!arn.hasWildcards)
        #expect(ARN("arn:aws:s3:::b/*")?.hasWildcards == true)
    }
}

/// Policy text AWS already stores is not held to the authoring quotas, and odd-but-accepted patterns stay valid.
@Suite struct StoredPolicyTests {
    static let oversized: String = {
        let actions = (0..<1_200).map { "\"ec2:Describe\($0)\"" }.joined(separator: ",")
        return
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [\#(actions)], "Resource": "*"}]}"#
    }()

    /// IAM UG "IAM and AWS STS quotas": the size quota is checked when a customer policy is written.
    @Test func sizeQuotaIsAnErrorWhenWriting() {
        let parsed = PolicyDocument.parse(Self.oversized, kind: .identity)
        #expect(parsed.document == nil)
        #expect(parsed.diagnostics.contains { $0.code == .policyTooLarge && $0.severity == .error })
    }

    /// AWS managed policies exceed the customer quotas; a policy read from an account was accepted by AWS.
    @Test func sizeQuotaIsNotCheckedForStoredPolicies() {
        let parsed = PolicyDocument.parse(Self.oversized, kind: .identity, checkingQuotas: false)
        #expect(parsed.document?.statements.count == 1)
        #expect(parsed.diagnostics.isEmpty)
    }

    /// An AWS managed policy names `arn:aws:organizations::*:`: accepted by AWS, so a warning, not an error.
    @Test func emptyResourcePartIsAWarning() {
        let text =
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "organizations:Describe*", "Resource": "arn:aws:organizations::*:"}]}"#
        let parsed = PolicyDocument.parse(text, kind: .identity)
        #expect(parsed.document != nil)
        #expect(parsed.diagnostics.map(\.code) == [.suspiciousValue])
    }
}
