import Foundation
import Testing

@testable import BulwarkCLI
import BulwarkIAM

/// `bulwark inventory SNAPSHOT [--format json]` as DESIGN.md specifies it.
@Suite struct InventoryTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BulwarkCLI/Examples/example-account").path

    @Test func jsonHasTheDocumentedShape() async throws {
        let result = await runCLI(["inventory", Self.example, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["account", "counts", "unreadable", "issues"])
        #expect(object["account"] as? String == "123456789012")
        let counts = try #require(object["counts"] as? [[String: Any]])
        let users = try #require(counts.first { $0["type"] as? String == "AWS::IAM::User" })
        #expect(users["region"] as? String == "global")
        #expect(users["count"] as? Int == 4)
        #expect(counts.allSatisfy { Set($0.keys) == ["type", "region", "count"] })
        let unreadable = try #require(object["unreadable"] as? [[String: String]])
        #expect(unreadable == [["call": "kms list-keys", "region": "eu-west-1", "error": "AccessDeniedException"]])
    }

    @Test func jsonListsMembersInTheDocumentedOrder() async throws {
        let result = await runCLI(["inventory", Self.example, "--format", "json"])
        let document = try JSONParser.parse(result.output)
        #expect(document.members?.map(\.key) == ["account", "counts", "unreadable", "issues"])
        let count = try #require(document["counts"]?.elements?.first)
        #expect(count.members?.map(\.key) == ["type", "region", "count"])
    }

    /// Malformed files are warnings: the snapshot still loads, exit 0, the issue on stderr or in `issues`.
    @Test func malformedFilesAreWarnings() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inventory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let iam = folder.appendingPathComponent("global/iam")
        try FileManager.default.createDirectory(at: iam, withIntermediateDirectories: true)
        try Data(#"{"SAMLProviderList": [{"Arn": "x""#.utf8)
            .write(to: iam.appendingPathComponent("list-saml-providers.json"))
        let text = await runCLI(["inventory", folder.path])
        #expect(text.status == 0)
        #expect(text.errors.contains("global/iam/list-saml-providers.json: warning: "))
        let json = await runCLI(["inventory", folder.path, "--format", "json"])
        #expect(json.status == 0)
        let issues = try #require(try JSONParser.parse(json.output)["issues"]?.elements)
        #expect(issues.contains { $0["file"]?.value == .string("global/iam/list-saml-providers.json") })
    }

    @Test func aFileIsNotADirectory() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("inventory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("{}".utf8).write(to: file)
        let result = await runCLI(["inventory", file.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("not a directory"))
    }

    @Test func textIsATable() async {
        let result = await runCLI(["inventory", Self.example])
        #expect(result.status == 0)
        #expect(result.output.contains("REGION"))
        #expect(result.output.contains("AWS::S3::Bucket"))
        #expect(result.output.contains("kms list-keys: AccessDeniedException"))
    }

    @Test(arguments: [
        ["inventory"],
        ["inventory", "/nonexistent/snapshot"],
        ["inventory", "a", "b"],
        ["inventory", "x", "--format", "yaml"],
    ])
    func badInputExitsWithTwo(_ arguments: [String]) async {
        let result = await runCLI(arguments)
        #expect(result.status == 2)
        #expect(!result.errors.isEmpty)
    }
}
