import BulwarkIAM
import Foundation
import Testing

/// The language-neutral IAM vectors under `Vectors/`, one JSON file per topic.
enum VectorFiles {
    /// The folder holding the vector files (copied into the test bundle).
    static var directory: URL? { Bundle.module.url(forResource: "Vectors", withExtension: nil) }

    /// Every vector file name, sorted.
    static var names: [String] {
        guard let directory,
            let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Reads and decodes one vector file.
    static func load(_ name: String) throws -> [IAMTestVector] {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try IAMTestVector.decode(data, file: name)
    }
}

@Suite struct VectorTests {
    /// Runs every vector of one file and records one issue per vector whose decision differs.
    @Test("IAM vectors", arguments: VectorFiles.names)
    func vectorsHold(_ file: String) throws {
        let vectors = try VectorFiles.load(file)
        #expect(!vectors.isEmpty, "\(file) holds no vectors")
        for vector in vectors {
            let expected = try #require(vector.expected, "\(file): '\(vector.name)' has no expect")
            let evaluation = vector.evaluate()
            if evaluation.decision != expected {
                Issue.record(
                    """
                    \(vector.source): '\(vector.name)' expected \(expected), got \(evaluation.decision)
                    because: \(vector.because ?? "(no reason given)")
                    evaluator: \(evaluation)
                    """
                )
            }
            // The fast path must agree with the explained path.
            #expect(
                vector.policies.decision(for: vector.request) == evaluation.decision,
                "\(vector.source): '\(vector.name)' decision(for:) disagrees with evaluate(_:)"
            )
        }
    }

    /// The documentation a `because` may cite, by its prefix (see Vectors/README.md).
    static let citedSources = [
        "IAM UG ", "Organizations UG ", "KMS DG ", "S3 UG ", "S3 API Reference ", "STS API Reference ",
        "AWS PrivateLink ",
        "AWS whitepaper ", "DESIGN.md vector format",
    ]

    @Test func everyVectorCitesTheRule() throws {
        var total = 0
        for file in VectorFiles.names {
            for vector in try VectorFiles.load(file) {
                total += 1
                let because = vector.because ?? ""
                #expect(
                    Self.citedSources.contains { because.hasPrefix($0) } && because.count > 30,
                    "\(vector.source): '\(vector.name)' needs a because citing the AWS page and rule"
                )
            }
        }
        #expect(total >= 300, "only \(total) vectors")
    }

    @Test func filesAreFound() {
        #expect(VectorFiles.names.count >= 20)
        #expect(VectorFiles.names.contains("cross-account.json"))
    }
}
