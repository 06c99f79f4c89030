import BulwarkTesting
import Foundation
import Testing

// The code below appears verbatim in Documentation/Bulwark.docc/WritingPoliciesInSwift.md;
// `PolicyBuilderGuideSyncTests` fails when the article and this file drift apart, and the tests at the
// end check that each example does what the article says.

/// The bucket policy of an artifacts bucket: TLS only, and the deploy role of each account may upload.
func artifactsBucketPolicy(deployAccounts: [String], allowList: Bool) throws -> PolicyDocument {
    try PolicyDocument(kind: .resource) {
        Statement(.deny, sid: "TLSOnly") {
            Principals.anyone
            Actions("s3:*")
            Resources(.s3Bucket("artifacts"), .s3Object(bucket: "artifacts", key: "*"))
            Condition.bool(.aws.secureTransport, false)
        }
        for account in deployAccounts {
            Statement(.allow, sid: "Deploy\(account)") {
                Principals(.aws(.iamRole("deploy", account: account)))
                Actions("s3:PutObject")
                if allowList { Actions("s3:ListBucket") }
                Resources(.s3Object(bucket: "artifacts", key: "\(account)/*"))
            }
        }
    }
}

/// Each user lists and reads only their home folder, from the office network, with MFA.
func homeFolderPolicy(officeRange: IPAddressRange) throws -> PolicyDocument {
    try PolicyDocument(kind: .identity) {
        Statement(.allow, sid: "ListHome") {
            Actions("s3:ListBucket")
            Resources(.s3Bucket("home"))
            Condition.stringLike(ConditionKey<String>("s3:prefix"), "", "\(.aws.username)/*")
        }
        Statement(.allow, sid: "ReadHome") {
            Actions("s3:GetObject")
            Resources(.s3Object(bucket: "home", key: "\(.aws.username)/*"))
            Condition.ipAddress(.aws.sourceIP, officeRange)
            Condition.bool(.aws.multiFactorAuthPresent, true).ifExists
            Condition.stringEquals(.aws.tagKeys, "team", "project").forAllValues
        }
    }
}

/// The errors of an identity policy that names a principal, as `IAMError` reports them.
func identityPolicyWithPrincipalErrors() -> [String] {
    do throws(IAMError) {
        _ = try PolicyDocument(kind: .identity) {
            Statement(.allow, sid: "ReadReports") {
                Principals(.account("111122223333"))
                Actions("s3:GetObject")
                Resources("arn:aws:s3:::reports/*")
            }
        }
        return []
    } catch {
        return error.diagnostics.filter(\.isError).map { "\($0.path): \($0.message)" }
    }
}

/// A policy whose action names are checked against the AWS catalog when it is built.
func catalogCheckedPolicy() throws -> PolicyDocument {
    try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:GetObject", "s3:ListBucket")
            Resources("*")
        }
    }
    .checked(against: .shared)
}

@Suite struct PolicyBuilderGuideTests {
    @Test func bucketPolicyHasOneStatementPerAccount() throws {
        let policy = try artifactsBucketPolicy(deployAccounts: ["111122223333", "444455556666"], allowList: true)
        #expect(policy.statements.map(\.sid) == ["TLSOnly", "Deploy111122223333", "Deploy444455556666"])
        #expect(policy.statements[1].action.patterns == ["s3:PutObject", "s3:ListBucket"])
        let upload = try IAMRequest.session(of: "deploy", in: "111122223333")
            .action("s3:PutObject")
            .resource("arn:aws:s3:::artifacts/111122223333/app.zip", ownedBy: "111122223333")
            .context("aws:SecureTransport", true)
        expectAllowed(upload, by: PolicySet(resourcePolicy: policy))
        expectDecision(
            .explicitDeny,
            for: upload.context("aws:SecureTransport", false),
            by: PolicySet(resourcePolicy: policy)
        )
    }

    @Test func homeFolderPolicyWritesVariables() throws {
        let policy = try homeFolderPolicy(officeRange: "203.0.113.0/24")
        let json = policy.jsonString()
        #expect(json.contains(#""s3:prefix":["","${aws:username}/*"]"#))
        #expect(json.contains(#""BoolIfExists":{"aws:MultiFactorAuthPresent":true}"#))
        #expect(json.contains(#""ForAllValues:StringEquals":{"aws:TagKeys":["team","project"]}"#))
        let read = try IAMRequest.user("alice", in: "111122223333")
            .action("s3:GetObject")
            .resource("arn:aws:s3:::home/alice/notes.txt", ownedBy: "111122223333")
            .context("aws:SourceIp", "203.0.113.9")
        expectAllowed(read, by: PolicySet(identityPolicies: [policy]))
        expectDenied(
            read.resource("arn:aws:s3:::home/bob/notes.txt", ownedBy: "111122223333"),
            by: PolicySet(identityPolicies: [policy])
        )
    }

    @Test func principalInIdentityPolicyIsNamed() {
        let errors = identityPolicyWithPrincipalErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("Statement[0].Principal: statement \"ReadReports\":") == true)
    }

    @Test func catalogCheckPassesKnownNames() throws {
        #expect(try catalogCheckedPolicy().statements.count == 1)
    }
}

@Suite struct PolicyBuilderGuideSyncTests {
    @Test func everyArticleCodeBlockIsInThisFile() throws {
        try CodeBlockSync.expectBlocks(of: "Documentation/Bulwark.docc/WritingPoliciesInSwift.md", minimumBlocks: 4)
    }
}
