import BulwarkIAM
import Foundation
import Testing

/// `PolicyDocument.swiftSource` (what `bulwark policy to-swift` prints) for the whole corpus, compiled:
/// GeneratedCorpusPolicies.swift holds one function per valid corpus policy, and these tests check that
/// the file is current and that every compiled declaration encodes to the file's canonical form.
@Suite struct GeneratedCorpusTests {
    static let generatedFile = CodeLocation.packageRoot
        .appendingPathComponent("Tests/BulwarkIAMTests/Builder/GeneratedCorpusPolicies.swift")

    /// The generated file's text for the current corpus and writer.
    static func generatedText() throws -> String {
        var functions: [String] = []
        var table: [String] = []
        for corpusCase in try PolicyRoundTripTests.validCases() {
            let kind = try #require(PolicyKind(rawValue: corpusCase.kind))
            let document = try #require(PolicyDocument.parse(try corpusCase.contents(), kind: kind).document)
            let function = "corpus_" + String(corpusCase.file.dropLast(5).map { $0.isLetter || $0.isNumber ? $0 : "_" })
            let declaration = document.swiftSource(name: "policy", kind: kind)
            functions.append(
                "/// \(corpusCase.file) (\(kind)).\nfunc \(function)() throws -> PolicyDocument {\n"
                    + declaration.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
                    .joined(separator: "\n") + "\n    return policy\n}"
            )
            table.append("    \"\(corpusCase.file)\": \(function),")
        }
        return """
            // Generated from Tests/BulwarkIAMTests/Policies by PolicyDocument.swiftSource (`bulwark policy to-swift`).
            // Do not edit: run Scripts/update-generated-corpus.sh. GeneratedCorpusTests fails when it is stale.
            // swift-format-ignore-file

            import BulwarkIAM

            /// Each valid corpus policy, by file, built by the declaration that `bulwark policy to-swift` writes.
            let generatedCorpusPolicies: [String: @Sendable () throws -> PolicyDocument] = [
            \(table.joined(separator: "\n"))
            ]

            \(functions.joined(separator: "\n\n"))

            """
    }

    /// The committed file is what the writer produces now (set BULWARK_RECORD=1 to rewrite it).
    @Test func generatedFileIsCurrent() throws {
        let expected = try Self.generatedText()
        if ProcessInfo.processInfo.environment["BULWARK_RECORD"] == "1" {
            try expected.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.generatedFile, encoding: .utf8)
        #expect(committed == expected, "GeneratedCorpusPolicies.swift is stale: run Scripts/update-generated-corpus.sh")
    }

    /// Compiling the generated declaration and encoding it canonically gives what `policy format` prints.
    @Test(arguments: try PolicyRoundTripTests.validCases())
    func compiledDeclarationEncodesCanonically(_ corpusCase: CorpusCase) throws {
        let kind = try #require(PolicyKind(rawValue: corpusCase.kind))
        let document = try #require(PolicyDocument.parse(try corpusCase.contents(), kind: kind).document)
        let build = try #require(generatedCorpusPolicies[corpusCase.file], "not in GeneratedCorpusPolicies.swift")
        let compiled = try build()
        #expect(compiled.jsonString(pretty: true) == document.jsonString(pretty: true))
        #expect(compiled == document)
    }
}
