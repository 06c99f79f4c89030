@testable import BulwarkCLI
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// A temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-collect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ component: String) -> URL { url.appendingPathComponent(component) }
}

/// POSIX permission bits of the item at `url`.
func permissions(_ url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// Puts `Tests/CollectFixtures/fake-aws.sh` on a private `PATH` as `aws`; returns the environment and its state folder.
func installFakeAWS(in folder: TemporaryFolder) throws -> (environment: [String: String], state: URL) {
    let bin = folder.path("bin")
    let state = folder.path("state")
    for directory in [bin, state] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
    let aws = bin.appendingPathComponent("aws")
    try FileManager.default.copyItem(at: CollectFixtures.folder.appendingPathComponent("fake-aws.sh"), to: aws)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: aws.path)
    return (["PATH": "\(bin.path):/usr/bin:/bin", "FAKE_AWS_STATE": state.path, "AWS_PAGER": "less"], state)
}

@Suite struct CollectRunnerTests {
    @Test func missingCLIIsAClearBadInput() async throws {
        let folder = try TemporaryFolder()
        let emptyBin = folder.path("bin")
        try FileManager.default.createDirectory(at: emptyBin, withIntermediateDirectories: true)
        #expect(throws: CollectError.missingCLI) {
            try AWSCLI(environment: ["PATH": emptyBin.path], profile: nil, endpointURL: nil)
        }
        let captured = CapturedConsole()
        let status = await CollectCommand.collect(
            output: folder.path("snapshot"),
            regions: nil,
            profile: nil,
            endpointURL: nil,
            concurrency: 8,
            environment: ["PATH": emptyBin.path],
            console: captured.console
        )
        #expect(status == 2)
        #expect(captured.errors.contains("the AWS CLI ('aws') was not found on PATH"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("snapshot").path))
    }

    @Test(arguments: [
        (["collect"], "--output DIR is required"),
        (["collect", "--output", "x", "--regions", "Mars"], "is not a region name"),
        (["collect", "--output", "x", "--concurrency", "0"], "--concurrency must be"),
        (["collect", "--output", "x", "extra"], "unexpected argument"),
    ])
    func badArgumentsAreBadInput(arguments: [String], message: String) async {
        let result = await runCLI(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains(message))
    }

    @Test func writerIsOwnerOnlyAndRefusesAFolderInUse() throws {
        let folder = try TemporaryFolder()
        let writer = try SnapshotWriter(root: folder.path("snap"))
        try writer.write(Data("{}".utf8), to: "global/iam/list-users.json")
        writer.finish()
        #expect(try permissions(folder.path("snap")) == 0o700)
        #expect(try permissions(folder.path("snap/global")) == 0o700)
        #expect(try permissions(folder.path("snap/global/iam")) == 0o700)
        #expect(try permissions(folder.path("snap/global/iam/list-users.json")) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: writer.scratch.path))
        #expect(throws: CollectError.self) { try SnapshotWriter(root: folder.path("snap")) }
        #expect(throws: CollectError.self) { try SnapshotWriter(root: folder.path("snap/global/iam/list-users.json")) }
    }

    @Test func retryDelaysGrowAndStayBounded() {
        let policy = RetryPolicy()
        #expect((Duration.milliseconds(500)...Duration.seconds(1)).contains(policy.delay(afterAttempt: 1)))
        #expect((Duration.seconds(2)...Duration.seconds(4)).contains(policy.delay(afterAttempt: 3)))
        #expect(policy.delay(afterAttempt: 60) <= policy.maxDelay)
    }

    /// Runs a small plan through the real runner with the fake `aws` of `Tests/CollectFixtures/fake-aws.sh`.
    @Test func runnerWritesOutputsErrorsAndManifestThroughTheCLI() async throws {
        let folder = try TemporaryFolder()
        let (environment, state) = try installFakeAWS(in: folder)
        let root = folder.path("snapshot")
        var collector = Collector(
            cli: try AWSCLI(environment: environment, profile: "p1", endpointURL: "http://127.0.0.1:9"),
            writer: try SnapshotWriter(root: root)
        )
        collector.plan = CollectionPlan(
            global: [
                CallTemplate("s3api", "list-buckets"),
                try #require(
                    CollectionPlan.standard.global.first { $0.operation == "generate-credential-report" }?.fanOut.first?
                        .calls.first,
                    "the standard plan's get-credential-report, which waits out ReportInProgress"
                ),
                CallTemplate("iam", "list-saml-providers"),
            ],
            regional: [
                .list(
                    "kms",
                    "list-keys",
                    each: "Keys[].KeyId",
                    [
                        CallTemplate("kms", "describe-key", ["--key-id", "{id}"]),
                        CallTemplate("kms", "get-key-policy", ["--key-id", "{id}", "--policy-name", "default"]),
                    ]
                )
            ]
        )
        collector.concurrency = 3
        collector.retry.sleep = { _ in }
        let summary = try await collector.collect(regions: nil)

        // identity + regions + 3 global + 2 regions × (list-keys + 2 describe-key) succeed; 2 × 2 get-key-policy fail.
        #expect(summary.tally.succeeded == 11)
        #expect(summary.tally.failed == 4)
        #expect(summary.tally.failuresByCode == ["AccessDeniedException": 4])
        #expect(summary.manifest.accountID == "111122223333")
        #expect(summary.manifest.partition == "aws")
        #expect(summary.manifest.regions == ["ap-south-1", "eu-west-1"])
        #expect(summary.manifest.awsCliVersion?.contains("fake") == true)
        #expect(summary.text.contains("11 succeeded, 4 failed"))

        let buckets = try Data(contentsOf: root.appendingPathComponent("global/s3api/list-buckets.json"))
        #expect(buckets.count > 2_000_000)
        #expect(try JSONSelector("Buckets[].Name").strings(in: buckets).count == 1501)
        #expect(try String(contentsOf: state.appendingPathComponent("report.count"), encoding: .utf8) == "3\n")
        let saml = try String(
            contentsOf: root.appendingPathComponent("global/iam/list-saml-providers.json"),
            encoding: .utf8
        )
        #expect(saml == "{}\n")
        let key = try Data(contentsOf: root.appendingPathComponent("eu-west-1/kms/describe-key/k-2.json"))
        #expect(try JSONSelector("KeyMetadata.KeyId").strings(in: key) == ["k-2"])

        let errorFile = root.appendingPathComponent("ap-south-1/kms/get-key-policy/k-1.error.json")
        let record = try JSONDecoder().decode(CallFailure.self, from: Data(contentsOf: errorFile))
        #expect(record.code == "AccessDeniedException")
        #expect(record.message == "no access to k-1")
        #expect(record.region == "ap-south-1" && record.operation == "get-key-policy" && record.exitStatus == 254)
        #expect(
            !FileManager.default.fileExists(
                atPath: root.appendingPathComponent("ap-south-1/kms/get-key-policy/k-1.json").path
            )
        )

        let manifest = try JSONDecoder()
            .decode(SnapshotManifest.self, from: Data(contentsOf: root.appendingPathComponent("manifest.json")))
        #expect(manifest == summary.manifest)

        let calls = try String(contentsOf: state.appendingPathComponent("calls.log"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("--version") }
        #expect(calls.count == 17)  // 15 results + a throttled and a "report in progress" attempt
        #expect(
            calls.allSatisfy {
                $0.contains("--output json") && $0.contains("--profile p1")
                    && $0.contains("--endpoint-url http://127.0.0.1:9")
            }
        )
        #expect(
            calls.contains(
                "kms get-key-policy --key-id k-2 --policy-name default --output json --region eu-west-1 --profile p1 --endpoint-url http://127.0.0.1:9"
            )
        )
        #expect(try String(contentsOf: state.appendingPathComponent("env.log"), encoding: .utf8) == "AWS_PAGER=[]\n")

        // What was written is a snapshot the loader reads: the account, the KMS keys, and the denied calls as unreadable.
        let snapshot = try await AccountSnapshot.load(from: root)
        #expect(snapshot.inventory.account == "111122223333")
        #expect(snapshot.inventory.totalCount(of: "AWS::KMS::Key") == 4)
        let denied = snapshot.inventory.unreadable.filter { $0.call.contains("kms get-key-policy") }
        #expect(denied.count == 4)
        #expect(denied.allSatisfy { $0.error == "AccessDeniedException" })

        var loose: [String] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let item = enumerator?.nextObject() as? URL {
            let isDirectory = (try? item.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if try permissions(item) != (isDirectory ? 0o700 : 0o600) { loose.append(item.lastPathComponent) }
        }
        #expect(loose.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".bulwark-partial").path))
    }

    @Test func resourcesListedTwiceAreReadOnce() async throws {
        let folder = try TemporaryFolder()
        let (environment, state) = try installFakeAWS(in: folder)
        var collector = Collector(
            cli: try AWSCLI(environment: environment, profile: nil, endpointURL: nil),
            writer: try SnapshotWriter(root: folder.path("snapshot"))
        )
        let describe = [CallTemplate("kms", "describe-key", ["--key-id", "{id}"])]
        collector.plan = CollectionPlan(
            global: [],
            regional: [
                .list("kms", "list-keys", each: "Keys[].KeyId", describe),
                .list("kms", "list-aliases", each: "Keys[].KeyId", describe),
            ]
        )
        let summary = try await collector.collect(regions: ["us-east-1", "us-east-1"])
        let calls = try String(contentsOf: state.appendingPathComponent("calls.log"), encoding: .utf8)
        #expect(calls.components(separatedBy: "kms describe-key").count - 1 == 2)
        #expect(summary.tally.succeeded == 5)  // identity, two lists, two keys: the repeated region is collected once
        #expect(summary.manifest.regions == ["us-east-1"])
    }

    @Test func failedIdentityEndsTheRunWithTheAWSError() async throws {
        let folder = try TemporaryFolder()
        let bin = folder.path("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script =
            "#!/bin/sh\necho 'Unable to locate credentials. You can configure credentials by running \"aws configure\".' >&2\nexit 253\n"
        try Data(script.utf8).write(to: bin.appendingPathComponent("aws"))
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755],
            ofItemAtPath: bin.appendingPathComponent("aws").path
        )
        let captured = CapturedConsole()
        let status = await CollectCommand.collect(
            output: folder.path("snapshot"),
            regions: ["us-east-1"],
            profile: nil,
            endpointURL: nil,
            concurrency: 2,
            environment: ["PATH": bin.path],
            console: captured.console
        )
        #expect(status == 2)
        #expect(captured.errors.contains("could not identify the account"))
        #expect(captured.errors.contains("NoCredentials"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("snapshot").path), "no half snapshot is left")
    }
}
