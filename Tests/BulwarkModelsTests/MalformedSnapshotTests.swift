import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// Malformed, truncated and hostile files are reported by file and JSON path; the rest of the snapshot loads.
@Suite struct MalformedSnapshotTests {
    static let summary = #"{"SummaryMap": {"Users": 2, "AccountMFAEnabled": 1}}"#

    @Test func truncatedFileIsReportedAndTheRestLoads() async throws {
        let snapshot = try await TemporarySnapshot([
            "global/iam/get-account-authorization-details.json":
                #"{"UserDetailList": [{"UserName": "a", "Arn": "arn:aws:iam::1"#,
            "global/iam/get-account-summary.json": Self.summary,
        ])
        .load()
        let issue = try #require(snapshot.issues.first)
        #expect(issue.file == "global/iam/get-account-authorization-details.json")
        #expect(issue.code == .malformedJSON)
        #expect(snapshot.iam.users.unreadable?.code == Unreadable.malformedFile)
        #expect(snapshot.iam.accountSummary.valueIfPresent?.users == 2)
        #expect(snapshot.inventory.unreadable.map(\.error) == [Unreadable.malformedFile.rawValue])
    }

    @Test func wrongTypeIsReportedWithItsJSONPath() async throws {
        let snapshot = try await TemporarySnapshot([
            "global/iam/get-account-authorization-details.json":
                #"{"UserDetailList": [{"UserName": "a", "Arn": "arn:aws:iam::123456789012:user/a"}, {"UserName": 7, "Arn": "y"}]}"#
        ])
        .load()
        let issue = try #require(snapshot.issues.first)
        #expect(issue.code == .unexpectedShape)
        #expect(issue.path.description == "UserDetailList[1].UserName")
        #expect(issue.message.contains("expected a string"))
    }

    @Test func missingRequiredMemberIsReportedWithItsJSONPath() async throws {
        let snapshot = try await TemporarySnapshot([
            "us-east-1/ec2/describe-security-groups.json": #"{"SecurityGroups": [{"GroupName": "x"}]}"#
        ])
        .load()
        #expect(snapshot.issues.map(\.path.description) == ["SecurityGroups[0].GroupId"])
    }

    @Test func invalidPolicyKeepsTheResourceAndReportsThePolicyPath() async throws {
        // The trust policy's statement has no Effect: the role loads, its document is nil, and the issue names the path.
        let details = """
            {"RoleDetailList": [
              {"RoleName": "ok", "Arn": "arn:aws:iam::123456789012:role/ok",
               "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}},
              {"RoleName": "bad", "Arn": "arn:aws:iam::123456789012:role/bad",
               "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{
                 "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}]}
            """
        let snapshot = try await TemporarySnapshot(["global/iam/get-account-authorization-details.json": details])
            .load()
        #expect(snapshot.iam.roles.valueIfPresent?.count == 2)
        #expect(snapshot.iam.role(named: "ok").valueIfPresent?.assumeRolePolicyDocument?.parsedDocument != nil)
        let bad = try #require(snapshot.iam.role(named: "bad").valueIfPresent)
        #expect(bad.assumeRolePolicyDocument?.parsedDocument == nil)
        let issue = try #require(snapshot.issues.first)
        #expect(issue.code == .invalidPolicy)
        #expect(issue.path.description.hasPrefix("RoleDetailList[1].AssumeRolePolicyDocument.Statement[0]") == true)
    }

    @Test func policyTextThatIsNotJSONIsAnIssue() async throws {
        let snapshot = try await TemporarySnapshot([
            "global/s3api/list-buckets.json": #"{"Buckets": [{"Name": "b"}]}"#,
            "global/s3api/get-bucket-policy/b.json": #"{"Policy": "{\"Version\": \"2012-10-17\", \"Statement\": ["}"#,
        ])
        .load()
        let policy = try #require(snapshot.s3.bucket(named: "b").valueIfPresent?.policy.valueIfPresent)
        #expect(policy.parsedDocument == nil)
        #expect(snapshot.issues.first?.file == "global/s3api/get-bucket-policy/b.json")
        #expect(snapshot.issues.first?.path.description.hasPrefix("Policy") == true)
    }

    @Test(arguments: [
        ("binary", [UInt8](repeating: 0xFF, count: 64) + [0, 1, 2]),
        ("deep nesting", Array(String(repeating: "[", count: 100_000).utf8)),
        ("not UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
        ("a JSON number", Array("42".utf8)),
        ("null", Array("null".utf8)),
    ])
    func hostileFilesNeverCrash(_ name: String, _ bytes: [UInt8]) async throws {
        let snapshot = try TemporarySnapshot(["global/iam/get-account-summary.json": Self.summary])
        try snapshot.write(bytes, at: "global/iam/get-account-authorization-details.json")
        try snapshot.write(bytes, at: "global/iam/get-credential-report.json")
        let loaded = try await snapshot.load()
        #expect(loaded.issues.count == 2, "\(name)")
        #expect(loaded.iam.users.isKnown == false)
        #expect(loaded.iam.accountSummary.valueIfPresent?.accountMFAEnabled == true)
    }

    @Test func badCredentialReportCSVIsReportedAtContent() async throws {
        let csv = Data("user,arn,mfa_active\nalice,arn:aws:iam::1:user/alice\n".utf8).base64EncodedString()
        let snapshot = try await TemporarySnapshot([
            "global/iam/get-credential-report.json": #"{"Content": "\#(csv)"}"#
        ])
        .load()
        let issue = try #require(snapshot.issues.first)
        #expect(issue.path.description == "Content")
        #expect(issue.message.contains("line 2"))
    }

    @Test func missingManifestIsAnIssueButTheSnapshotLoads() async throws {
        let snapshot = try await TemporarySnapshot(
            [
                "global/sts/get-caller-identity.json":
                    #"{"Account": "123456789012", "Arn": "arn:aws:iam::123456789012:user/x", "UserId": "AIDA"}"#
            ],
            manifest: false
        )
        .load()
        #expect(snapshot.issues.map(\.code) == [.invalidManifest])
        #expect(snapshot.accountID == "123456789012")
    }

    @Test func aDirectoryThatIsNotASnapshotThrows() async throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        await #expect(throws: SnapshotError.self) { try await AccountSnapshot.load(from: empty) }
        await #expect(throws: SnapshotError.self) {
            try await AccountSnapshot.load(from: empty.appendingPathComponent("missing"))
        }
    }
}
