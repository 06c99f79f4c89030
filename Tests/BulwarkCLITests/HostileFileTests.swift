@testable import BulwarkCLI
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Paths that are not regular files get a sentence and exit 2, never a hang or unbounded reading.
///
/// Regression: `Data(contentsOf:)` blocked forever on a FIFO with no writer and read `/dev/zero` until
/// memory ran out; a symbolic link loop was reported as "no such file".
@Suite struct HostileFileTests {
    enum Kind: String, CaseIterable, Sendable { case fifo, device, symlinkLoop, directory, missing }

    /// Creates the hostile path of `kind` inside `files` and the message it must produce.
    static func make(_ kind: Kind, in files: PolicyFiles) throws -> (path: String, message: String) {
        let path = files.directory.appendingPathComponent("\(kind.rawValue).json").path
        switch kind {
        case .fifo:
            #expect(mkfifo(path, 0o600) == 0)
            return (path, "is not a regular file")
        case .device:
            return ("/dev/zero", "is not a regular file")
        case .symlinkLoop:
            let other = files.directory.appendingPathComponent("other.json").path
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: other)
            try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: path)
            return (path, "is a symbolic link loop")
        case .directory:
            return (files.directory.path, "the directory holds no .json files")
        case .missing:
            return (path, "no such file")
        }
    }

    @Test(arguments: Kind.allCases)
    func policyValidateRefuses(kind: Kind) async throws {
        let files = try PolicyFiles()
        let (path, message) = try Self.make(kind, in: files)
        let result = await runCLI(["policy", "validate", path])
        #expect(result.status == 2)
        #expect(result.output.contains("\(path): error: \(message)"), "\(result.output)")
    }

    @Test(arguments: Kind.allCases)
    func simulateRefuses(kind: Kind) async throws {
        let files = try PolicyFiles()
        let (path, message) = try Self.make(kind, in: files)
        let result = await runCLI(["simulate", path])
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
    }
}
