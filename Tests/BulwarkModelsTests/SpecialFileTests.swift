import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that are not plain files, and manifests that point outside the snapshot, never hang or escape.
@Suite struct SpecialFileTests {
    @Test func aFIFOIsUnreadableInsteadOfBlocking() async throws {
        let snapshot = try TemporarySnapshot(["global/iam/get-account-summary.json": MalformedSnapshotTests.summary])
        let fifo = snapshot.url.appendingPathComponent("global/iam/get-account-authorization-details.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let loaded = try await snapshot.load()
        #expect(loaded.iam.users.unreadable?.code == Unreadable.unreadableFile)
        #expect(loaded.issues.map(\.code) == [.unreadableFile])
        #expect(loaded.iam.accountSummary.valueIfPresent?.users == 2)
    }

    @Test func aSymlinkToADeviceIsUnreadable() async throws {
        let snapshot = try TemporarySnapshot([:])
        let link = snapshot.url.appendingPathComponent("global/iam/get-credential-report.json")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        let loaded = try await snapshot.load()
        #expect(loaded.iam.credentialReport.unreadable?.code == Unreadable.unreadableFile)
    }

    @Test func regionNamesThatLeaveTheSnapshotAreSkipped() async throws {
        let manifest = """
            {"formatVersion": 1, "accountId": "123456789012", "partition": "aws",
             "regions": ["us-east-1", "../../etc", "US_EAST"], "collectedAt": "2026-11-01T00:00:00Z", "toolVersion": "test"}
            """
        let loaded = try await TemporarySnapshot(["manifest.json": manifest]).load()
        #expect(loaded.regionNames == ["us-east-1"])
        #expect(loaded.issues.filter { $0.code == .invalidManifest }.count == 2)
    }
}
