import Bulwark
import Foundation
import Testing

// The code below appears verbatim in
// Sources/BulwarkControls/BulwarkControls.docc/SuppressingFindings.md; the guide's JSON example is
// read from the guide itself and must parse.

// MARK: - Guide: apply a suppressions file in your own tool

func scanWithSuppressions(snapshot: AccountSnapshot, suppressionsFile: URL) async throws -> ScanResult {
    let suppressions = try SuppressionList.load(from: suppressionsFile)
    let now = Date()
    var result = await ControlRunner(framework: acmeBaseline).scan(snapshot, now: now)
    suppressions.apply(to: &result, now: now)
    for note in result.suppressionNotes {
        print("warning: \(note)")  // "suppressions[1] expired on 2026-01-31 (…)"
    }
    return result
}

// MARK: - Guide: build suppressions in code

let reviewed = SuppressionList([
    Suppression(
        control: "ACME-S3-*",
        resource: "arn:aws:s3:::public-site*",
        reason: "static website",
        expires: "2027-06-30"
    ),
    Suppression(control: "ACME-IAM-1", tags: ["team": "data"], reason: "keys rotated by Vault"),
])

// MARK: - Checks of the guide's claims

@Suite struct SuppressingFindingsGuideTests {
    static let guide = "Sources/BulwarkControls/BulwarkControls.docc/SuppressingFindings.md"

    @Test func suppressingFindingsGuideInSync() throws {
        try CodeBlockSync.expectBlocks(of: Self.guide, minimumBlocks: 2)
    }

    /// The guide's JSON example is a valid suppressions file with the entries it describes.
    @Test func theGuideExampleParses() throws {
        let text = try String(contentsOf: CodeBlockSync.packageRoot.appendingPathComponent(Self.guide), encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let list = try SuppressionList.parse(Array(text[start.upperBound..<end.lowerBound].utf8), file: "guide")
        #expect(list.entries.count == 3)
        #expect(list.entries.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func suppressedFindingsStayMarkedAndUnusedEntriesAreReported() async throws {
        let bucket = S3Bucket(
            name: "public-site-www",
            policy: .value(
                EmbeddedPolicy(
                    text: "",
                    document: try PolicyDocument(
                        json:
                            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::public-site-www/*"}]}"#,
                        kind: .resource
                    )
                )
            )
        )
        let snapshot = AccountSnapshot(accountID: "111122223333", s3: S3Resources(buckets: .value([bucket])))
        var result = await ControlRunner(controls: [bucketsPrivate]).scan(snapshot)
        reviewed.apply(to: &result, now: Date())
        #expect(result.findings.first?.status == .fail)
        #expect(result.findings.first?.suppression?.reason == "static website")
        #expect(result.suppressionNotes.map(\.kind) == [.unused])
        #expect(result.failures(atOrAbove: .low).isEmpty)
    }
}
