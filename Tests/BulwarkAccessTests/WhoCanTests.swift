import BulwarkAccess
import Testing

@Suite struct WhoCanTests {
    static let bucket = "arn:aws:s3:::shared"

    func answer(_ bucketPolicy: String, users: [(String, [String])]) -> WhoCan {
        var account = TestAccount()
        for (name, policies) in users { account.addUser(name, policies) }
        account.resources = [
            AnalyzedResource(
                arn: Self.bucket,
                resourceType: "AWS::S3::Bucket",
                region: "us-east-1",
                policyName: "bucket policy",
                policy: .document(parse(bucketPolicy))
            )
        ]
        return account.analysis().whoCan("s3:GetObject", on: Self.bucket + "/report.csv")
    }

    @Test func sameAccountGrantsFromEitherSide() {
        // Within one account an Allow in the identity policy or in the resource policy is enough.
        let policy = ExposureCase.policy(
            #"{"Effect":"Allow","Principal":{"AWS":"\#(TestAccount.user("bob"))"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::shared/*"}"#
        )
        let result = answer(policy, users: [("alice", [allow(["s3:GetObject"])]), ("bob", []), ("carol", [])])
        #expect(result.principals.map(\.principal) == [TestAccount.user("alice"), TestAccount.user("bob")])
        #expect(result.principals.last?.statements.first?.hasPrefix("bucket policy") == true)
    }

    @Test func resourcePolicyDenyAndOutsideParties() {
        let policy = #"""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::shared/*"},
              {"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111111111111:user/alice"},"Action":"s3:*","Resource":"arn:aws:s3:::shared/*"}]}
            """#
        let result = answer(policy, users: [("alice", [allow(["s3:GetObject"])])])
        #expect(!result.principals.map(\.principal).contains(TestAccount.user("alice")))
        #expect(result.principals.map(\.principal).contains("*"))
        #expect(result.principals.map(\.principal).contains("account:*"))
    }

    @Test func conditionalAccessNamesTheKey() {
        let ip = #"{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#
        let result = answer(
            ExposureCase.policy(#"{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"*"}"#),
            users: [("alice", [allow(["s3:GetObject"], condition: ip)])]
        )
        #expect(result.principals.first?.decision == .conditional)
        #expect(result.principals.first?.conditions == ["aws:SourceIp"])
    }

    @Test func unreadablePolicyMakesTheAnswerUnknown() {
        var account = TestAccount()
        account.addUser("alice", [adminPolicy])
        account.resources = [
            AnalyzedResource(
                arn: Self.bucket,
                resourceType: "AWS::S3::Bucket",
                region: "us-east-1",
                policyName: "bucket policy",
                policy: .unknown("AccessDenied")
            )
        ]
        let result = account.analysis().whoCan("s3:GetObject", on: Self.bucket)
        #expect(result.unknownReasons.first == "bucket policy: AccessDenied")
    }
}
