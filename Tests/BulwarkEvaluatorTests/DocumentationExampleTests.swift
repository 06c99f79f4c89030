import BulwarkTesting
import Foundation
import Testing

// The code below appears verbatim in Sources/BulwarkTesting/BulwarkTesting.docc/TestingIAMPolicies.md;
// `DocumentationSyncTests` fails when the article and this file drift apart.

@Suite struct ReportsBucketTests {
    let account = "111122223333"
    let policies: PolicySet

    init() throws {
        let readReports = try PolicyDocument(kind: .identity) {
            Statement(.allow, sid: "ReadReports") {
                Actions("s3:GetObject")
                Resources(.s3Object(bucket: "reports", key: "*"))
            }
        }
        let bucketPolicy = try PolicyDocument(kind: .resource) {
            Statement(.deny, sid: "TLSOnly") {
                Principals.anyone
                Actions("s3:*")
                Resources(.s3Object(bucket: "reports", key: "*"))
                Condition.bool(.aws.secureTransport, false)
            }
        }
        policies = PolicySet(identityPolicies: [readReports], resourcePolicy: bucketPolicy)
    }

    @Test func analystsReadReports() throws {
        let read = try IAMRequest.user("analyst", in: account)
            .action("s3:GetObject")
            .resource("arn:aws:s3:::reports/2024/q1.csv", ownedBy: account)
            .context("aws:SecureTransport", true)
        #expect(policies.decision(for: read) == .allow)
    }

    @Test func plainHTTPIsRefused() throws {
        let read = try IAMRequest.user("analyst", in: account)
            .action("s3:GetObject")
            .resource("arn:aws:s3:::reports/2024/q1.csv", ownedBy: account)
            .context("aws:SecureTransport", false)
        expectDecision(.explicitDeny, for: read, by: policies)
    }

    @Test func nobodyWritesReports() throws {
        let write = try IAMRequest.user("analyst", in: account)
            .action("s3:PutObject")
            .resource("arn:aws:s3:::reports/2024/q1.csv", ownedBy: account)
        expectDenied(write, by: policies)
    }
}

extension ReportsBucketTests {
    @Test func theAllowComesFromTheIdentityPolicy() throws {
        let compiled = policies.compiled()
        let read = try IAMRequest.session(of: "ReportReader", in: account)
            .action("s3:GetObject")
            .resource("arn:aws:s3:::reports/2024/q1.csv", ownedBy: account)
            .context("aws:SecureTransport", true)
        let evaluation = expectAllowed(read, by: compiled)
        #expect(evaluation.explanation.decidingStatement?.sid == "ReadReports")
    }
}

extension ReportsBucketTests {
    @Test func crossAccountVectors() {
        let vectors = #"""
            [{"name": "another account cannot read without a bucket policy grant",
              "request": {"principal": "arn:aws:iam::444455556666:user/partner",
                          "action": "s3:GetObject", "resource": "arn:aws:s3:::reports/q1.csv",
                          "resourceAccount": "111122223333"},
              "identityPolicies": [{"Version": "2012-10-17",
                  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}],
              "expect": "ImplicitDeny",
              "because": "IAM UG cross-account evaluation: the resource account must allow too"}]
            """#
        expectVectorsHold(Array(vectors.utf8), file: "reports-vectors.json")
    }
}

/// Keeps the article's code and this file's code identical.
@Suite struct DocumentationSyncTests {
    @Test func everyArticleCodeBlockIsInThisFile() throws {
        try CodeBlockSync.expectBlocks(
            of: "Sources/BulwarkTesting/BulwarkTesting.docc/TestingIAMPolicies.md",
            minimumBlocks: 3
        )
    }
}
