import BulwarkTesting
import Foundation
import Testing

/// The BulwarkTesting helpers: request building, test descriptions, and expectations that record
/// issues (proved with `withKnownIssue`).
@Suite struct TestingHelpersTests {
    static let account = "111122223333"
    static let policies: PolicySet = {
        let identity = try? PolicyDocument(
            json: """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
                  {"Sid": "NoDelete", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]}
                """
        )
        return PolicySet(identityPolicies: identity.map { [$0] } ?? [])
    }()

    func alice() throws -> AuthorizationRequest { try IAMRequest.user("alice", in: Self.account) }

    @Test func buildsUserRequests() throws {
        let request = try alice().action("s3:GetObject").resource("arn:aws:s3:::reports/q1.csv", ownedBy: Self.account)
            .context("aws:SourceIp", "203.0.113.7").context("aws:TagKeys", ["a", "b"])
        let built = request
        #expect(built.principal.text == "arn:aws:iam::111122223333:user/alice")
        #expect(built.principal.kind == .user)
        #expect(built.action == "s3:GetObject")
        #expect(built.resource == "arn:aws:s3:::reports/q1.csv")
        #expect(built.resourceAccount == Self.account)
        #expect(built.context["aws:sourceip"] == "203.0.113.7")
        #expect(built.context["aws:TagKeys"] == ["a", "b"])
    }

    @Test func buildsEveryKindOfPrincipal() throws {
        #expect(
            try IAMRequest.user("bob", in: Self.account, path: "/eng/").principal.text
                == "arn:aws:iam::111122223333:user/eng/bob"
        )
        #expect(
            try IAMRequest.role("deploy", in: Self.account, path: "ci").principal.text
                == "arn:aws:iam::111122223333:role/ci/deploy"
        )
        #expect(
            try IAMRequest.session(of: "deploy", named: "run-7", in: Self.account).principal.kind
                == .roleSession
        )
        #expect(
            try IAMRequest.federatedUser("carol", in: Self.account).principal.kind
                == .federatedUser
        )
        #expect(try IAMRequest.root(of: Self.account).principal.kind == .root)
        #expect(try IAMRequest.service("sns.amazonaws.com").principal.kind == .service)
        #expect(try IAMRequest.anonymous.principal.kind == .anonymous)
        #expect(throws: PrincipalError.self) { try IAMRequest.principal("not a principal") }
    }

    @Test func contextDictionaryMergesKeys() throws {
        let request = try alice().context("aws:SourceIp", "192.0.2.1")
            .context(["AWS:SOURCEIP": "203.0.113.7", "k": true])
        #expect(request.context["aws:SourceIp"] == "203.0.113.7")
        #expect(request.context["k"] == true)
        #expect(request.context.count == 2)
    }

    @Test func decisionsReadWellInExpectations() throws {
        let read = try alice().action("s3:GetObject").resource("arn:aws:s3:::reports/q1.csv", ownedBy: Self.account)
        #expect(Self.policies.decision(for: read) == .allow)
        #expect(Self.policies.compiled().decision(for: read.action("s3:PutObject")) == .implicitDeny)
        #expect(Self.policies.evaluate(read.action("s3:DeleteObject")).decision == .explicitDeny)
        #expect(Decision.implicitDeny.testDescription == ".implicitDeny")
        #expect(Decision.allow.testDescription == ".allow")
        #expect(Self.policies.evaluate(read).testDescription.hasPrefix(".allow: "))
        #expect(
            read.testDescription
                == "arn:aws:iam::111122223333:user/alice → s3:GetObject on arn:aws:s3:::reports/q1.csv (owned by 111122223333)"
        )
    }

    @Test func helpersPassSilentlyWhenTheDecisionHolds() throws {
        let read = try alice().action("s3:GetObject").resource("arn:aws:s3:::reports/q1.csv", ownedBy: Self.account)
        #expect(expectAllowed(read, by: Self.policies).decision == .allow)
        expectDenied(read.action("s3:PutObject"), by: Self.policies)
        expectDenied(read.action("s3:DeleteObject"), by: Self.policies.compiled())
        expectDecision(.explicitDeny, for: read.action("s3:DeleteObject"), by: Self.policies)
    }

    @Test func expectAllowedRecordsAnIssueWithTheExplanation() throws {
        let write = try alice().action("s3:PutObject").resource("arn:aws:s3:::reports/q1.csv", ownedBy: Self.account)
        withKnownIssue {
            expectAllowed(write, by: Self.policies, "writers need PutObject")
        } matching: { issue in
            let text = issue.comments.map(\.rawValue).joined(separator: "\n")
            return text.contains("writers need PutObject") && text.contains("Expected Allow")
                && text.contains("got ImplicitDeny") && text.contains("s3:PutObject")
        }
    }

    @Test func expectDeniedRecordsAnIssueNamingTheAllowingStatement() throws {
        let read = try alice().action("s3:GetObject").resource("arn:aws:s3:::reports/q1.csv", ownedBy: Self.account)
        withKnownIssue {
            expectDenied(read, by: Self.policies)
        } matching: { issue in
            let text = issue.comments.map(\.rawValue).joined(separator: "\n")
            return text.contains("Expected a deny") && text.contains("got Allow") && text.contains("Read")
        }
    }

    @Test func expectDecisionRecordsAnIssueAtTheCallersLine() throws {
        let delete = try alice().action("s3:DeleteObject")
            .resource("arn:aws:s3:::reports/q1.csv", ownedBy: Self.account)
        let line = #line + 2
        withKnownIssue {
            expectDecision(.implicitDeny, for: delete, by: Self.policies)
        } matching: { issue in
            issue.sourceLocation?.line == line && issue.sourceLocation?.fileName == "TestingHelpersTests.swift"
        }
    }

    static let vectorFile = #"""
        [{"name": "reads", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
           "action": "s3:GetObject", "resource": "arn:aws:s3:::reports/q1.csv", "resourceAccount": "111122223333"},
          "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}],
          "expect": "Allow"},
         {"name": "wrong on purpose", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
           "action": "s3:PutObject", "resource": "arn:aws:s3:::reports/q1.csv", "resourceAccount": "111122223333"},
          "expect": "Allow", "because": "deliberately wrong"}]
        """#

    @Test func vectorFilesRecordOneIssuePerFailingVector() {
        withKnownIssue {
            let checked = expectVectorsHold(Array(Self.vectorFile.utf8), file: "mine.json")
            #expect(checked == 2)
        } matching: { issue in
            let text = issue.comments.map(\.rawValue).joined()
            return text.contains("mine.json[1] 'wrong on purpose': expected Allow, got ImplicitDeny")
                && text.contains("deliberately wrong")
        }
    }

    @Test func malformedVectorFilesRecordTheirProblems() {
        withKnownIssue {
            expectVectorsHold(Array(#"[{"name": 1}]"#.utf8), file: "broken.json")
        } matching: { issue in
            issue.comments.map(\.rawValue).joined().contains("broken.json:1:")
        }
    }

    /// A broken vector is an issue with its JSON path, and the file's good vectors still run.
    @Test func aBrokenVectorDoesNotVoidItsFile() {
        let file = #"[{"name": "broken", "request": {}}, "# + Self.vectorFile.drop { $0 != "{" }
        var checked = 0
        withKnownIssue {
            checked = expectVectorsHold(Array(file.utf8), file: "mixed.json")
        } matching: { issue in
            let text = issue.comments.map(\.rawValue).joined()
            return text.contains("[0].request") || text.contains("'wrong on purpose'")
        }
        #expect(checked == 2)
    }

    @Test func unreadableVectorFilesRecordAnIssue() {
        withKnownIssue {
            expectVectorsHold(contentsOf: URL(fileURLWithPath: "/nonexistent/vectors.json"))
        }
    }
}
