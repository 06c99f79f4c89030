import BulwarkModels
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The package's one defensive file reader: regular files only, a size cap, no blocking.
@Suite struct RegularFileTests {
    private func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "bulwark-regular-file-\(UUID().uuidString).json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsARegularFileWhole() throws {
        let path = try temporaryFile(#"{"Version": "2012-10-17"}"#)
        defer { unlink(path) }
        let data = try RegularFile.read(atPath: path, maximumSize: 1 << 20).get()
        #expect(String(decoding: data, as: UTF8.self) == #"{"Version": "2012-10-17"}"#)
    }

    @Test func refusesAFileOverTheLimitBeforeReadingIt() throws {
        let path = try temporaryFile(String(repeating: "x", count: 100))
        defer { unlink(path) }
        #expect(RegularFile.read(atPath: path, maximumSize: 99) == .failure(.tooLarge(size: 100)))
        #expect((try? RegularFile.read(atPath: path, maximumSize: 100).get())?.count == 100)
    }

    @Test func namesWhyAPathIsNotRead() {
        let missing = NSTemporaryDirectory() + "bulwark-no-such-file-\(UUID().uuidString)"
        #expect(RegularFile.read(atPath: missing, maximumSize: 1) == .failure(.system(ENOENT)))
        #expect(RegularFile.read(atPath: NSTemporaryDirectory(), maximumSize: 1) == .failure(.directory))
        // A device streams forever; it is refused before any byte is read.
        #expect(RegularFile.read(atPath: "/dev/zero", maximumSize: 1) == .failure(.notRegular))
    }

    @Test func aFIFOWithNoWriterIsRefusedWithoutBlocking() throws {
        let path = NSTemporaryDirectory() + "bulwark-fifo-\(UUID().uuidString)"
        try #require(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect(RegularFile.read(atPath: path, maximumSize: 1 << 20) == .failure(.notRegular))
    }
}
