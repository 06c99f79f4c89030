import BulwarkIAM
import Foundation
import Testing

/// One file of the policy corpus and the diagnostics it must produce (`Policies/manifest.json`).
struct CorpusCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Expected: Decodable, Sendable, Hashable, CustomStringConvertible {
        var severity: String
        var code: String
        var path: String
        var description: String { "\(severity) \(code) at \(path)" }
    }

    var file: String
    var kind: String
    var because: String
    var expect: [Expected]

    var testDescription: String { file }

    static let directory = Bundle.module.url(forResource: "Policies", withExtension: nil)

    static func all() throws -> [CorpusCase] {
        let directory = try #require(directory)
        let data = try Data(contentsOf: directory.appendingPathComponent("manifest.json"))
        struct Manifest: Decodable { var cases: [CorpusCase] }
        return try JSONDecoder().decode(Manifest.self, from: data).cases
    }

    func contents() throws -> Data {
        let directory = try #require(Self.directory)
        return try Data(contentsOf: directory.appendingPathComponent(file))
    }
}

@Suite struct PolicyCorpusTests {
    /// Each corpus file produces exactly the listed diagnostics (severity, code and JSON path).
    @Test(arguments: try CorpusCase.all())
    func producesExpectedDiagnostics(_ corpusCase: CorpusCase) throws {
        let kind = try #require(PolicyKind(rawValue: corpusCase.kind))
        let parsed = PolicyDocument.parse(try corpusCase.contents(), kind: kind)
        let actual = parsed.diagnostics.map {
            CorpusCase.Expected(severity: $0.severity.rawValue, code: $0.code.rawValue, path: $0.path.description)
        }
        #expect(
            actual.sorted { $0.description < $1.description }
                == corpusCase.expect.sorted { $0.description < $1.description },
            "\(corpusCase.because)\n\(parsed.diagnostics.map(\.description).joined(separator: "\n"))"
        )
        #expect((parsed.document == nil) == corpusCase.expect.contains { $0.severity == "error" })
    }

    /// Every diagnostic from a file carries a location, and the location is inside the file.
    @Test(arguments: try CorpusCase.all())
    func diagnosticsAreLocated(_ corpusCase: CorpusCase) throws {
        let kind = try #require(PolicyKind(rawValue: corpusCase.kind))
        let data = try corpusCase.contents()
        let parsed = PolicyDocument.parse(data, kind: kind)
        for diagnostic in parsed.diagnostics {
            let location = try #require(diagnostic.position, "\(diagnostic) has no location")
            #expect(location.line >= 1 && location.column >= 1)
            #expect(location.offset <= data.count)
            #expect(!diagnostic.message.isEmpty)
        }
    }

    /// The manifest lists every file in the corpus, so no file goes unchecked.
    @Test func manifestCoversEveryFile() throws {
        let directory = try #require(CorpusCase.directory)
        let listed = Set(try CorpusCase.all().map(\.file))
        var onDisk: Set<String> = []
        for folder in ["valid", "invalid"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: directory.appendingPathComponent(folder).path
            )
            onDisk.formUnion(names.filter { $0.hasSuffix(".json") }.map { "\(folder)/\($0)" })
        }
        #expect(listed == onDisk)
    }
}
