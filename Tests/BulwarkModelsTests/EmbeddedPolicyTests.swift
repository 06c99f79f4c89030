import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// Policies inside resources decode from every form AWS tools print, into the same document.
@Suite struct EmbeddedPolicyTests {
    static let policy = #"""
        {"Version": "2012-10-17", "Statement": [{"Sid": "Numbers", "Effect": "Allow", "Action": ["s3:GetObject"],
         "Resource": "arn:aws:s3:::b/*", "Condition": {"NumericLessThan": {"s3:max-keys": 10},
         "Bool": {"aws:SecureTransport": true}, "IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}}]}
        """#

    /// The three forms: a JSON object (the AWS CLI's IAM output), policy text in a string (S3, KMS, Lambda,
    /// SNS, SQS, Organizations), and URL-encoded text (the raw IAM API).
    static let forms: [(String, String)] = [
        ("object", policy),
        ("JSON string", jsonString(policy)),
        (
            "URL-encoded string",
            "\"" + (policy.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "\""
        ),
    ]

    static func jsonString(_ text: String) -> String {
        (try? JSONEncoder().encode(text)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }

    @Test(arguments: forms)
    func everyFormDecodesToTheSameDocument(_ form: String, _ json: String) async throws {
        let details = """
            {"UserDetailList": [{"UserName": "u", "Arn": "arn:aws:iam::123456789012:user/u",
              "UserPolicyList": [{"PolicyName": "p", "PolicyDocument": \(json)}]}]}
            """
        let snapshot = try await TemporarySnapshot(["global/iam/get-account-authorization-details.json": details])
            .load()
        #expect(snapshot.issues == [], "\(form)")
        let embedded = try #require(snapshot.iam.user(named: "u").valueIfPresent?.userPolicyList.first?.policyDocument)
        let document = try #require(embedded.parsedDocument, "\(form)")
        let expected = try PolicyDocument(json: Self.policy)
        #expect(document == expected, "\(form)")
        #expect(embedded.text.contains("203.0.113.0/24"))
    }

    @Test func storedPoliciesAreReadInEvaluationMode() async throws {
        // AWS stored this bucket policy, so it evaluates it: the older bare-string Principal means {"AWS": …}
        // (IAM User Guide, "AWS JSON policy elements: Principal").
        let policy =
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "#
            + #""Principal": "arn:aws:iam::111122223333:root", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}"#
        let snapshot = try await TemporarySnapshot([
            "global/s3api/list-buckets.json": #"{"Buckets": [{"Name": "b"}]}"#,
            "global/s3api/get-bucket-policy/b.json": "{\"Policy\": \(Self.jsonString(policy))}",
        ])
        .load()
        #expect(snapshot.issues == [])
        let embedded = try #require(snapshot.s3.bucket(named: "b").valueIfPresent?.policy.valueIfPresent)
        let document = try embedded.parsed.get()
        #expect(
            document.statements.first?.principal
                == .principal(.entries([PrincipalEntry(.aws, "arn:aws:iam::111122223333:root")]))
        )
    }

    @Test func aPolicyThatCannotBeParsedCarriesItsDiagnostics() async throws {
        // "Maybe" is no Effect AWS knows: the user loads, the policy is a failure with the diagnostics, and the
        // snapshot's issue names the policy's path.
        let details = """
            {"UserDetailList": [{"UserName": "u", "Arn": "arn:aws:iam::123456789012:user/u",
              "UserPolicyList": [{"PolicyName": "p", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                {"Effect": "Maybe", "Action": "s3:GetObject", "Resource": "*"}]}}]}]}
            """
        let snapshot = try await TemporarySnapshot(["global/iam/get-account-authorization-details.json": details])
            .load()
        let embedded = try #require(snapshot.iam.user(named: "u").valueIfPresent?.userPolicyList.first?.policyDocument)
        guard case .failure(let error) = embedded.parsed else {
            Issue.record("a policy with Effect Maybe parsed")
            return
        }
        #expect(error.diagnostics.contains { $0.severity == .error && $0.path.description.contains("Effect") })
        let issue = try #require(snapshot.issues.first)
        #expect(issue.code == .invalidPolicy)
        #expect(issue.path.description.hasPrefix("UserDetailList[0].UserPolicyList[0].PolicyDocument") == true)
    }
}
