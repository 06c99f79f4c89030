import Foundation
import Testing

@testable import BulwarkCLI

/// `bulwark inventory SNAPSHOT [--format json]` as DESIGN.md specifies it.
@Suite struct InventoryTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BulwarkCLI/Examples/example-account").path

    @Test func jsonHasTheDocumentedShape() async throws {
        let result = await runCLI(["inventory", Self.example, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["account", "counts", "unreadable"])
        #expect(object["account"] as? String == "123456789012")
        let counts = try #require(object["counts"] as? [[String: Any]])
        let users = try #require(counts.first { $0["type"] as? String == "AWS::IAM::User" })
        #expect(users["region"] as? String == "global")
        #expect(users["count"] as? Int == 4)
        #expect(counts.allSatisfy { Set($0.keys) == ["type", "region", "count"] })
        let unreadable = try #require(object["unreadable"] as? [[String: String]])
        #expect(unreadable == [["call": "kms list-keys", "region": "eu-west-1", "error": "AccessDeniedException"]])
    }

    @Test func jsonListsTypeRegionAndCountInThatOrder() async {
        let result = await runCLI(["inventory", Self.example, "--format", "json"])
        #expect(result.output.contains(#"{"type": "AWS::IAM::User", "region": "global", "count": 4}"#))
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
