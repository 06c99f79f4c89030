@testable import BulwarkCLI
import Foundation
import Testing

@Suite struct ScanTests {
    private func temporaryFile(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-scan-\(UUID())-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func scansTheBundledExampleAccountWithoutArguments() async throws {
        let result = await runCLI(["scan", "--format", "json"])
        #expect(result.status == 0 || result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["formatVersion"] as? Int == 1)
        #expect(json["account"] as? String == "123456789012")
    }

    /// Every kind of bad input exits 2 with a message naming what is wrong.
    @Test func badInputExitsTwo() async throws {
        let missing = await runCLI(["scan", "/nonexistent/snapshot"])
        #expect(missing.status == 2)
        let framework = await runCLI(["scan", "--framework", "nope"])
        #expect(framework.status == 2)
        #expect(framework.errors.contains("unknown framework 'nope'"))
        let domain = await runCLI(["scan", "--domain", "security"])
        #expect(domain.status == 2)
        let mute = try temporaryFile("mute.json", #"{"suppressions": [{"control": "S3.*"}]}"#)
        let badSuppressions = await runCLI(["scan", "--suppressions", mute])
        #expect(badSuppressions.status == 2)
        #expect(badSuppressions.errors.contains("suppressions[0].reason"))
        let old = try temporaryFile("old.json", #"{"findings": []}"#)
        let badBaseline = await runCLI(["scan", "--baseline", old])
        #expect(badBaseline.status == 2)
        #expect(badBaseline.errors.contains("formatVersion"))
    }

    @Test func writesEveryFormatToAFile() async throws {
        for format in ["text", "json", "sarif", "ocsf", "html"] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-\(UUID()).\(format)").path
            let result = await runCLI(["scan", "--format", format, "--output", path])
            #expect(result.status == 0 || result.status == 1)
            #expect(result.output.isEmpty)
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!written.isEmpty)
        }
    }

    @Test func controlsListsFrameworksAsJSON() async throws {
        let result = await runCLI(["controls", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["framework"] as? String == "all")
        #expect(json["controls"] is [Any])
    }
}
