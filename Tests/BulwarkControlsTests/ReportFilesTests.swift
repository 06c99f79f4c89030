import BulwarkControls
import BulwarkModels
import Foundation
import Testing

/// Writes every report format for the bundled example account scanned with the example controls,
/// into `$BULWARK_REPORTS_DIR` when set (Scripts/ci-reports.sh validates them with SARIF's schema,
/// py-ocsf-models and headless Chromium), else into a temporary folder.
@Suite struct ReportFilesTests {
    static let exampleAccount = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BulwarkCLI/Examples/example-account")

    @Test func writesEveryFormatForTheExampleAccount() async throws {
        let snapshot = try await AccountSnapshot.load(from: Self.exampleAccount)
        let controls = [
            passwordLength, bucketVersioning, bucketNotPublic, ebsDefaultEncryption, noDefaultSecurityGroupRules,
            guardDutyEnabled, keyRotation,
        ]
        var result = await ControlRunner(controls: controls, frameworks: ["examples"]).scan(snapshot, now: testNow)
        try SuppressionList.parse(
            Array(
                #"{"suppressions": [{"control": "TEST-IAM-1", "reason": "tracked in SEC-12", "expires": "2027-06-30"}]}"#
                    .utf8
            ),
            file: "suppressions.json"
        )
        .apply(to: &result, now: testNow)
        #expect(result.findings.contains { $0.status == .fail })
        #expect(result.findings.contains { $0.status == .unknown })
        let directory =
            ProcessInfo.processInfo.environment["BULWARK_REPORTS_DIR"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-reports-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files: [(ReportFormat, String)] = [
            (.json, "scan.json"), (.sarif, "scan.sarif"), (.ocsf, "scan.ocsf.json"),
            (.html, "scan.html"), (.text, "scan.text"),
        ]
        for (format, name) in files {
            let text = result.report(format, options: ReportOptions(toolVersion: "test"))
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
    }
}
