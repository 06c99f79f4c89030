import BulwarkModels
import Foundation

/// Writes a snapshot directory with owner-only permissions: folders 0700, files 0600.
///
/// The snapshot holds the credential report and policies, so nothing in it may be readable by other
/// users, whatever the umask. Each call's output is first written to a temporary file inside the
/// snapshot (already 0600) and then moved into place, so a file at its final path is always complete.
struct SnapshotWriter: Sendable {
    /// The snapshot directory.
    let root: URL
    /// Where calls write before their output is moved into place; removed by ``finish()``.
    let scratch: URL

    /// Owner-only permissions for folders.
    static let directoryPermissions: Int16 = 0o700
    /// Owner-only permissions for files.
    static let filePermissions: Int16 = 0o600

    /// Prepares `root`: creates it (0700) when missing; an existing folder must be empty.
    ///
    /// - Throws: ``CollectError/outputNotUsable(_:reason:)`` when `root` is a file, is not empty, or
    ///   cannot be created.
    init(root: URL) throws(CollectError) {
        self.root = root
        self.scratch = root.appendingPathComponent(".bulwark-partial")
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .outputNotUsable(root.path, reason: "it is a file, not a folder")
            }
            let contents = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
            guard contents.isEmpty else {
                throw .outputNotUsable(
                    root.path,
                    reason: "it is not empty; give a new or empty folder so that no stale file mixes into the snapshot"
                )
            }
        }
        do {
            try Self.makeDirectory(root)
            try Self.makeDirectory(scratch)
        } catch {
            throw .outputNotUsable(root.path, reason: "\(error.localizedDescription)")
        }
    }

    /// Creates `directory` and any missing parents with owner-only permissions.
    static func makeDirectory(_ directory: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue {
            try manager.setAttributes([.posixPermissions: directoryPermissions], ofItemAtPath: directory.path)
            return
        }
        try manager.createDirectory(
            at: directory,
            withIntermediateDirectories: true,
            attributes: [.posixPermissions: directoryPermissions]
        )
        // The umask can only remove bits; set them exactly anyway.
        try manager.setAttributes([.posixPermissions: directoryPermissions], ofItemAtPath: directory.path)
    }

    /// A new empty owner-only file in the scratch folder.
    func temporaryFile() throws -> URL {
        let file = scratch.appendingPathComponent(UUID().uuidString)
        guard
            FileManager.default.createFile(
                atPath: file.path,
                contents: nil,
                attributes: [.posixPermissions: Self.filePermissions]
            )
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        return file
    }

    /// Moves the finished temporary `file` to `relativePath` inside the snapshot, creating folders.
    func install(_ file: URL, at relativePath: String) throws {
        let destination = root.appendingPathComponent(relativePath)
        try Self.makeDirectory(destination.deletingLastPathComponent())
        try FileManager.default.setAttributes([.posixPermissions: Self.filePermissions], ofItemAtPath: file.path)
        if FileManager.default.fileExists(atPath: destination.path) {
            try FileManager.default.removeItem(at: destination)
        }
        try FileManager.default.moveItem(at: file, to: destination)
    }

    /// Writes `data` to `relativePath` inside the snapshot (owner-only, complete or not at all).
    func write(_ data: Data, to relativePath: String) throws {
        let file = try temporaryFile()
        do {
            try data.write(to: file)
            try install(file, at: relativePath)
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw error
        }
    }

    /// Writes `value` as pretty, key-sorted JSON to `relativePath`.
    func writeJSON(_ value: some Encodable, to relativePath: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        try write(data, to: relativePath)
    }

    /// Removes everything written so far (the folder was empty before), and the folder itself when
    /// `removingRoot`; used when a collection cannot start, so no half snapshot is left behind.
    func discard(removingRoot: Bool) {
        let manager = FileManager.default
        if removingRoot {
            try? manager.removeItem(at: root)
            return
        }
        for item in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] {
            try? manager.removeItem(at: root.appendingPathComponent(item))
        }
    }

    /// Removes the scratch folder.
    func finish() {
        try? FileManager.default.removeItem(at: scratch)
    }
}
