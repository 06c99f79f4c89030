import BulwarkCatalog
import Foundation
import Testing

/// A damaged catalog file is a ``CatalogError`` naming the file, never a crash.
///
/// A deterministic mini-fuzz over the bundled catalog: cut it at many points, overwrite bytes with
/// tabs, newlines, NUL and invalid UTF-8, and splice in hostile lines. Each result must load or throw.
@Suite struct HostileCatalogTests {
    static let bundled: Data = {
        guard let url = AWSCatalog.bundledResourceURL, let data = try? Data(contentsOf: url) else { return Data() }
        return data
    }()

    /// Loads `data`; a thrown error must be a malformed-catalog error that names the file.
    static func loadsOrThrows(_ data: Data, _ label: String) {
        do {
            _ = try AWSCatalog(data: data, name: "hostile.tsv")
        } catch {
            #expect(error.code == .catalogMalformed, "\(label)")
            #expect(error.description.contains("hostile.tsv"), "\(label): \(error)")
        }
    }

    @Test func truncatedAnywhere() throws {
        let data = Self.bundled
        try #require(!data.isEmpty)
        for cut in stride(from: 0, to: data.count, by: data.count / 29) {
            Self.loadsOrThrows(data.prefix(cut), "cut at \(cut)")
        }
    }

    @Test(arguments: [UInt8(0x09), 0x0A, 0x00, 0xFF, 0x41, 0x7C])
    func overwrittenBytes(byte: UInt8) throws {
        let data = Self.bundled
        try #require(!data.isEmpty)
        for offset in stride(from: 7, to: data.count, by: data.count / 11) {
            var copy = data
            copy[copy.startIndex + offset] = byte
            Self.loadsOrThrows(copy, "byte \(byte) at \(offset)")
        }
    }

    /// Hand-written hostile lines after a valid header.
    @Test(arguments: [
        "A\tGetObject\tRead\t\t\t\n",
        "S\ts3\n",
        "S\t\t\t\nA\t\t\t\t\t\n",
        "S\ts3\tS3\t1\nA\tGetObject\tRead\t" + String(repeating: "|", count: 100_000) + "\t\t\n",
        "S\ts3\tS3\t1\nR\tobject\t" + String(repeating: "${", count: 100_000) + "\t\n",
        "S\ts3\tS3\t1\nK\ts3:x\t" + String(repeating: "|", count: 100_000) + "\n",
        String(repeating: "\t", count: 100_000) + "\n",
        "G\taws:x\tString\n" + String(repeating: "\n", count: 100_000),
    ])
    func hostileLines(body: String) {
        let header = "bulwark-catalog\t1\nsource\tiamdata\t1\t2026\ncounts\t1\t1\t1\t1\t1\n"
        Self.loadsOrThrows(Data((header + body).utf8), body.prefix(40).debugDescription)
    }
}
