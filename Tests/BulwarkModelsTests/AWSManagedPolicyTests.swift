import BulwarkModels
import Foundation
import Testing

/// AWS managed policies are not bound by the customer quotas: anything a snapshot holds, AWS accepted.
@Suite struct AWSManagedPolicyTests {
    /// An AWS managed policy of about 30,000 characters (ReadOnlyAccess-sized ones reach 140,000).
    static var largeManagedPolicy: String {
        let actions = (0..<1_200).map { "\"service\($0 % 300):Describe\($0)\"" }.joined(separator: ",")
        let document =
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [\#(actions)], "Resource": "*"}]}"#
        return """
            {"Policies": [{"PolicyName": "LargeReadOnly", "Arn": "arn:aws:iam::aws:policy/LargeReadOnly",
              "DefaultVersionId": "v1", "AttachmentCount": 1, "IsAttachable": true,
              "PolicyVersionList": [{"VersionId": "v1", "IsDefaultVersion": true, "Document": \(document)}]}]}
            """
    }

    @Test func largeAWSManagedPolicyLoadsWithItsDocument() async throws {
        let snapshot = try await TemporarySnapshot([
            "global/iam/get-account-authorization-details.json": Self.largeManagedPolicy
        ])
        .load()
        let policy = try #require(snapshot.iam.policies.valueIfPresent?.first)
        #expect(policy.isAWSManaged)
        #expect(policy.defaultVersion?.document?.text.isEmpty == false)  // the raw text is always kept
        // Quotas apply when a policy is written, not to one AWS already stores.
        #expect(snapshot.issues.isEmpty)
        #expect(policy.defaultVersion?.document?.parsedDocument != nil)
    }
}
