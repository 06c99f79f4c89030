import Foundation
import Testing

/// `bulwark simulate`: output lines, summary, JSON document and exit codes (DESIGN.md).
@Suite struct SimulateTests {
    static let allow = #"""
        {"name": "identity allow", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
          "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "resourceAccount": "111122223333"},
         "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}],
         "expect": "Allow", "because": "IAM UG policy-eval-basics: an identity-based Allow"}
        """#
    static let wrong = #"""
        {"name": "no policy but expects allow", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
          "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "resourceAccount": "111122223333"},
         "expect": "Allow"}
        """#
    static let unchecked = #"""
        {"name": "just evaluate", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
          "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "resourceAccount": "111122223333"}}
        """#
    static let malformed = #"""
        [{"name": "bad context", "request": {"principal": "*", "action": "s3:GetObject", "resource": "*",
          "context": {"aws:SourceIp": null}}}]
        """#

    /// Writes `files` (name → contents) into a fresh directory and returns its path.
    func directory(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url.path
    }

    @Test func passingVectorsExitZeroWithSummary() async throws {
        let dir = try directory(["a.json": "[\(Self.allow)]"])
        let result = await runCLI(["simulate", dir + "/a.json"])
        #expect(result.status == 0)
        #expect(result.output.contains("PASS Allow"))
        #expect(result.output.contains("a.json[0] identity allow"))
        #expect(result.output.hasSuffix("1 passed, 0 failed\n"))
    }

    @Test func aMismatchExitsOne() async throws {
        let dir = try directory(["a.json": "[\(Self.allow), \(Self.wrong)]"])
        let result = await runCLI(["simulate", dir + "/a.json"])
        #expect(result.status == 1)
        #expect(result.output.contains("FAIL ImplicitDeny"))
        #expect(result.output.contains("(expected Allow)"))
        #expect(result.output.hasSuffix("1 passed, 1 failed\n"))
    }

    @Test func malformedFileExitsTwoButOthersAreEvaluated() async throws {
        let dir = try directory(["bad.json": Self.malformed, "good.json": Self.allow])
        let result = await runCLI(["simulate", dir + "/bad.json", dir + "/good.json"])
        #expect(result.status == 2)
        #expect(result.errors.contains("bad.json:2:"))
        #expect(result.errors.contains("[0].request.context.aws:SourceIp: expected a string, number, boolean or array"))
        #expect(result.output.contains("PASS Allow"))
        #expect(result.output.contains("1 passed, 0 failed"))
    }

    @Test func vectorsWithoutExpectationPrintNoSummary() async throws {
        let dir = try directory(["u.json": Self.unchecked])
        let result = await runCLI(["simulate", dir + "/u.json"])
        #expect(result.status == 0)
        #expect(result.output.contains("ImplicitDeny"))
        #expect(!result.output.contains("passed"))
        #expect(!result.output.contains("PASS"))
    }

    @Test func explainPrintsTheEvaluatorExplanationAndTheReason() async throws {
        let dir = try directory(["a.json": Self.allow])
        let result = await runCLI(["simulate", dir + "/a.json", "--explain"])
        #expect(result.status == 0)
        #expect(result.output.contains("    allow: "))
        #expect(result.output.contains("    because: IAM UG policy-eval-basics"))
    }

    @Test func jsonFormatIsOneDocument() async throws {
        let dir = try directory(["a.json": "[\(Self.allow), \(Self.wrong)]", "bad.json": Self.malformed])
        let result = await runCLI(["simulate", dir, "--format", "json", "--explain"])
        #expect(result.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let vectors = try #require(object?["vectors"] as? [[String: Any]])
        #expect(vectors.map { $0["decision"] as? String } == ["Allow", "ImplicitDeny"])
        #expect(vectors.map { $0["status"] as? String } == ["pass", "fail"])
        #expect(vectors.first?["expect"] as? String == "Allow")
        #expect((vectors.first?["explanation"] as? [String: Any])?["rule"] is String)
        let summary = try #require(object?["summary"] as? [String: Int])
        #expect(summary == ["passed": 1, "failed": 1, "unchecked": 0, "invalidFiles": 1])
        let errors = try #require(object?["errors"] as? [[String: Any]])
        #expect(errors.first?["path"] as? String == "[0].request.context.aws:SourceIp")
        #expect(errors.first?["line"] as? Int == 2)
    }

    @Test func aDirectoryStandsForItsJSONFiles() async throws {
        let dir = try directory(["a.json": Self.allow, "b.json": Self.allow, "notes.txt": "ignored"])
        let result = await runCLI(["simulate", dir])
        #expect(result.status == 0)
        #expect(result.output.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test func theRepositoryVectorsAllPass() async throws {
        let vectors = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BulwarkEvaluatorTests/Vectors")
        let result = await runCLI(["simulate", vectors.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        let summary = try #require(result.output.split(separator: "\n").last)
        #expect(summary.hasSuffix(" passed, 0 failed"))
    }

    @Test(arguments: [
        (["simulate"], "missing FILE"),
        (["simulate", "x.json", "--format", "yaml"], "--format must be one of text, json"),
        (["simulate", "/nonexistent/vectors.json"], "cannot read the file"),
        (["simulate", "x.json", "--frobnicate"], "unknown option --frobnicate"),
    ])
    func badInputExitsTwo(_ arguments: [String], _ message: String) async {
        let result = await runCLI(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains(message))
    }
}
