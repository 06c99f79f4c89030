import BulwarkControls
import BulwarkModels
import Foundation
import Testing

@Suite struct SuppressionTests {
    private func scan() async -> ScanResult {
        let buckets = ["public-site", "public-assets", "logs"].map { S3Bucket(name: $0, versioning: .notConfigured) }
        return await ControlRunner(controls: [bucketVersioning, passwordLength])
            .scan(snapshot(buckets: .value(buckets)), now: testNow)
    }

    private func list(_ json: String) throws -> SuppressionList {
        try SuppressionList.parse(Array(json.utf8), file: "mute.json")
    }

    @Test func matchingEntriesSuppressWithTheirReason() async throws {
        var result = await scan()
        let mute = try list(
            #"{"suppressions": [{"control": "TEST-S3-*", "resource": "arn:aws:s3:::public-*", "reason": "static websites"}]}"#
        )
        mute.apply(to: &result, now: testNow)
        let suppressed = result.findings.filter(\.isSuppressed)
        #expect(suppressed.map(\.resource) == ["arn:aws:s3:::public-site", "arn:aws:s3:::public-assets"])
        #expect(suppressed.first?.suppression?.reason == "static websites")
        #expect(result.summary.suppressed == 2)
        #expect(result.summary.fail == 2)
        #expect(result.suppressionNotes.isEmpty)
    }

    @Test func expiredEntriesStopSuppressingAndAreReported() async throws {
        var result = await scan()
        let mute = try list(#"{"suppressions": [{"control": "*", "reason": "old", "expires": "2026-01-31"}]}"#)
        mute.apply(to: &result, now: testNow)
        #expect(result.findings.allSatisfy { !$0.isSuppressed })
        #expect(result.suppressionNotes.map(\.kind) == [.expired])
    }

    @Test func anEntryIsActiveThroughItsLastDay() async throws {
        var result = await scan()
        let lastDay = testNow.formatted(.iso8601.year().month().day())
        try list(#"{"suppressions": [{"control": "TEST-IAM-1", "reason": "r", "expires": "\#(lastDay)"}]}"#)
            .apply(to: &result, now: testNow)
        #expect(result.findings.contains { $0.controlID == "TEST-IAM-1" && $0.isSuppressed })
    }

    @Test func unusedEntriesAreReported() async throws {
        var result = await scan()
        try list(
            #"{"suppressions": [{"control": "NOPE-*", "reason": "nothing"}, {"region": "global", "tags": {"env": "dev"}, "reason": "no tags"}]}"#
        )
        .apply(to: &result, now: testNow)
        #expect(result.suppressionNotes.map(\.kind) == [.unused, .unused])
        #expect(result.suppressionNotes.map(\.entryIndex) == [0, 1])
    }

    /// Malformed files: the error names the file and the JSON path.
    static let malformed: [(String, String)] = [
        (#"{"suppressions": [{"control": "S3.*"}]}"#, "suppressions[0].reason"),
        (#"{"suppressions": [{"reason": "r", "expires": "2027-02-30"}]}"#, "suppressions[0].expires"),
        (#"{"suppressions": [{"reason": "r", "tags": {"env": 1}}]}"#, "suppressions[0].tags.env"),
        (#"{"suppressions": [{"reason": "r", "control": ["S3.1"]}]}"#, "suppressions[0].control"),
        (#"{"suppressions": [{"reason": "r", "contorl": "S3.1"}]}"#, "suppressions[0].contorl"),
        (#"{"mutes": []}"#, "mute.json"),
        (#"{"suppressions": [}"#, "mute.json:1:19"),
    ]

    @Test(arguments: malformed)
    func malformedFilesNameTheFileAndPath(json: String, place: String) {
        #expect {
            try SuppressionList.parse(Array(json.utf8), file: "mute.json")
        } throws: { error in
            "\(error)".contains(place) && "\(error)".hasPrefix("mute.json")
        }
    }
}

@Suite struct BaselineTests {
    @Test func findingsAreNewUnchangedOrFixed() async throws {
        let before = [
            S3Bucket(name: "a", versioning: .notConfigured), S3Bucket(name: "b", versioning: .notConfigured),
            S3Bucket(name: "gone", versioning: .notConfigured),
        ]
        let after = [
            S3Bucket(name: "a", versioning: .notConfigured),
            S3Bucket(name: "b", versioning: .value(BucketVersioning(status: .enabled))),
            S3Bucket(name: "c", versioning: .notConfigured),
        ]
        let runner = ControlRunner(controls: [bucketVersioning])
        let previous = await runner.scan(snapshot(buckets: .value(before)), now: testNow).jsonReport()
        let baseline = try Baseline.parse(Array(previous.utf8), file: "previous.json")
        var result = await runner.scan(snapshot(buckets: .value(after)), now: testNow)
        baseline.compare(&result)
        #expect(result.findings.map(\.baseline) == [.unchanged, .fixed, .new])
        #expect(result.removedSinceBaseline.map(\.resource) == ["arn:aws:s3:::gone"])
        #expect(result.jsonReport().contains(#""baseline": "fixed""#))
    }

    @Test func aFileThatIsNotAScanReportIsBadInput() {
        #expect {
            try Baseline.parse(Array(#"{"formatVersion": 99, "findings": []}"#.utf8), file: "old.json")
        } throws: { error in
            "\(error)".contains("old.json") && "\(error)".contains("formatVersion")
        }
    }
}
