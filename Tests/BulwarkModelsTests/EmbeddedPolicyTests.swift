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
        let embedded = try #require(snapshot.iam.user(named: "u")?.userPolicyList.first?.policyDocument)
        let document = try #require(embedded.document, "\(form)")
        let expected = try PolicyDocument(json: Self.policy)
        #expect(document == expected, "\(form)")
        #expect(embedded.text.contains("203.0.113.0/24"))
    }

    @Test func identityPolicyWithAPrincipalIsAnIssue() async throws {
        // An identity policy may not name a Principal (IAM policy grammar): the user loads, the issue names the policy.
        let details = """
            {"UserDetailList": [{"UserName": "u", "Arn": "arn:aws:iam::123456789012:user/u",
              "UserPolicyList": [{"PolicyName": "p", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}}]}]}
            """
        let snapshot = try await TemporarySnapshot(["global/iam/get-account-authorization-details.json": details])
            .load()
        let issue = try #require(snapshot.issues.first)
        #expect(issue.code == .invalidPolicy)
        #expect(issue.path.description.hasPrefix("UserDetailList[0].UserPolicyList[0].PolicyDocument") == true)
    }
}
