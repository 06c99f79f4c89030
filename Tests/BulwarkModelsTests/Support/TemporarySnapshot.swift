import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// A snapshot directory written for one test and removed afterwards.
struct TemporarySnapshot {
    let url: URL

    /// Writes `files` (path relative to the snapshot → contents) plus a manifest unless one is given.
    init(_ files: [String: String], manifest: Bool = true, regions: [String] = ["us-east-1"]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-models-\(UUID().uuidString)")
        var all = files
        if manifest, all["manifest.json"] == nil {
            let regionList = regions.map { "\"\($0)\"" }.joined(separator: ", ")
            all["manifest.json"] = """
                {"formatVersion": 1, "accountId": "123456789012", "partition": "aws", "regions": [\(regionList)],
                 "collectedAt": "2026-11-01T00:00:00Z", "toolVersion": "test"}
                """
        }
        for (path, contents) in all {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(contents.utf8).write(to: file)
        }
    }

    /// Writes raw bytes at `path`.
    func write(_ bytes: [UInt8], at path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Loads the snapshot, then removes the directory.
    func load() async throws -> AccountSnapshot {
        defer { try? FileManager.default.removeItem(at: url) }
        return try await AccountSnapshot.load(from: url)
    }
}

/// The contents of a file under `Fixtures/`.
func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return try String(contentsOf: url, encoding: .utf8)
}

/// The first region of a loaded snapshot.
extension AccountSnapshot {
    var usEast1: RegionSnapshot {
        get throws { try #require(regions["us-east-1"]) }
    }
}
