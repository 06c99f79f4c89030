@testable import BulwarkCLI
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// The language-neutral test data of `bulwark collect`, in `Tests/CollectFixtures/`.
enum CollectFixtures {
    /// The fixtures folder, found from this file's path (it is not a bundle resource).
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("CollectFixtures")

    /// One sample of what the AWS CLI prints when a call fails, and the record expected from it.
    struct StderrCase: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var because: String
        var stderr: String
        var exitStatus: Int32
        var code: String
        var message: String
        var testDescription: String { name }
    }

    /// The cases of `cli-stderr.json`.
    static func stderrCases() throws -> [StderrCase] {
        let data = try Data(contentsOf: folder.appendingPathComponent("cli-stderr.json"))
        return try JSONDecoder().decode([StderrCase].self, from: data)
    }
}

@Suite struct CallFailureTests {
    @Test(arguments: try CollectFixtures.stderrCases())
    func parsesWhatTheCLIPrinted(_ sample: CollectFixtures.StderrCase) {
        let failure = CallFailure(stderr: sample.stderr, exitStatus: sample.exitStatus)
        #expect(failure.code == sample.code, "\(sample.because)")
        #expect(failure.message == sample.message, "\(sample.because)")
        #expect(failure.exitStatus == sample.exitStatus)
    }

    @Test(arguments: [
        "Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "SlowDown",
    ])
    func throttlingIsRetried(code: String) {
        #expect(CallFailure(code: code, message: "Rate exceeded").isThrottling)
    }

    @Test(arguments: ["AccessDenied", "NoSuchBucketPolicy", "500", "CLIError"])
    func otherErrorsAreNotRetried(code: String) {
        #expect(!CallFailure(code: code, message: "").isThrottling)
    }

    @Test func errorRecordUsesAWSFieldNames() throws {
        var failure = CallFailure(code: "AccessDenied", message: "no", exitStatus: 254)
        failure.service = "s3api"
        failure.operation = "get-bucket-policy"
        failure.region = "eu-west-1"
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(failure)) as? [String: Any]
        #expect(object?["Code"] as? String == "AccessDenied")
        #expect(object?["Message"] as? String == "no")
        #expect(object?["Operation"] as? String == "get-bucket-policy")
        #expect(object?["ExitStatus"] as? Int == 254)
    }
}

@Suite struct SnapshotLayoutTests {
    @Test(arguments: [
        ("my-bucket.logs_1", "my-bucket.logs_1"),
        ("arn:aws:sns:us-east-1:111122223333:alerts", "arn%3Aaws%3Asns%3Aus-east-1%3A111122223333%3Aalerts"),
        ("https://sqs.us-east-1.amazonaws.com/1/q", "https%3A%2F%2Fsqs.us-east-1.amazonaws.com%2F1%2Fq"),
        (".hidden", "%2Ehidden"),
        ("..", "%2E."),
        ("a b%c", "a%20b%25c"),
        ("é", "%C3%A9"),
        ("", "%"),
    ])
    func escapesIDsIntoOneSafeFileName(id: String, escaped: String) {
        let result = SnapshotLayout.escape(resourceID: id)
        #expect(result == escaped)
        #expect(!result.contains("/") && !result.hasPrefix(".") && !result.isEmpty)
        #expect(SnapshotLayout.unescape(result) == id)
    }

    @Test func veryLongIDsAreShortenedUniquelyAndStably() {
        let cluster = String(repeating: "c", count: 255)
        let first = "arn:aws:ecs:us-east-1:111122223333:service/\(cluster)/web"
        let second = "arn:aws:ecs:us-east-1:111122223333:service/\(cluster)/api"
        let escaped = SnapshotLayout.escape(resourceID: first)
        #expect(escaped.utf8.count == SnapshotLayout.maximumComponentLength)
        #expect((escaped + SnapshotLayout.errorSuffix).utf8.count < 255, "file names are limited to 255 bytes")
        #expect(escaped == SnapshotLayout.escape(resourceID: first))
        #expect(escaped != SnapshotLayout.escape(resourceID: second))
        #expect(SnapshotLayout.unescape(escaped) == nil)
        let longest = String(repeating: "a", count: SnapshotLayout.maximumComponentLength)
        #expect(SnapshotLayout.escape(resourceID: longest) == longest)
    }

    @Test(arguments: ["%4", "%ZZ", "%FF", "abc%"])
    func unescapeRejectsBrokenEscapes(component: String) {
        #expect(SnapshotLayout.unescape(component) == nil)
    }

    @Test func pathsFollowTheLayout() {
        #expect(
            SnapshotLayout.outputPath(scope: .global, service: "iam", operation: "list-users")
                == "global/iam/list-users.json"
        )
        #expect(
            SnapshotLayout.errorPath(
                scope: .region("eu-west-1"),
                service: "kms",
                operation: "get-key-policy",
                resourceID: "k/1"
            )
                == "eu-west-1/kms/get-key-policy/k%2F1.error.json"
        )
    }

    @Test func manifestRoundTripsAndDefaultsItsFormatVersion() throws {
        let manifest = SnapshotManifest(
            accountID: "111122223333",
            partition: "aws",
            regions: ["us-east-1"],
            collectedAt: "2026-11-29T17:40:00Z",
            toolVersion: "bulwark 0.1.0",
            calls: .init(succeeded: 3, failed: 1)
        )
        let decoded = try JSONDecoder().decode(SnapshotManifest.self, from: JSONEncoder().encode(manifest))
        #expect(decoded == manifest)
        let minimal = Data(
            #"{"accountId":"1","partition":"aws","regions":[],"collectedAt":"x","toolVersion":"other 1"}"#.utf8
        )
        #expect(try JSONDecoder().decode(SnapshotManifest.self, from: minimal).formatVersion == 1)
    }

    @Test func timestampsAreISO8601InUTCWithoutFractions() {
        #expect(Collector.timestamp(Date(timeIntervalSince1970: 1_795_974_000.25)) == "2026-11-29T17:40:00Z")
    }
}

@Suite struct JSONSelectorTests {
    @Test func walksMembersAndArrays() throws {
        let json = Data(#"{"A": {"B": [{"C": "x"}, {"C": 7}, {"D": "no"}, {"C": null}, {"C": true}]}}"#.utf8)
        #expect(try JSONSelector("A.B[].C").strings(in: json) == ["x", "7", "true"])
        #expect(try JSONSelector("Missing[].C").strings(in: json).isEmpty)
        #expect(try JSONSelector("[]").strings(in: Data(#"["a", "b"]"#.utf8)) == ["a", "b"])
    }

    @Test func rejectsOutputThatIsNotJSON() {
        #expect(throws: (any Error).self) { try JSONSelector("A").strings(in: Data("not json".utf8)) }
    }
}
