import BulwarkIAM
import Testing

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct PolicyMutationTests {
    /// Bytes that break JSON and policy structure in interesting ways.
    static let interestingBytes: [UInt8] = Array(#"{}[]",:\0 tfn-1e9*?${}"#.utf8) + [0x00, 0x80, 0xC3, 0xFF, 0x0A]

    /// Random byte edits of valid policies never crash; every result is either a document without
    /// errors (which then round-trips through canonical JSON) or has a located error.
    @Test(arguments: try PolicyRoundTripTests.validCases())
    func mutatedPoliciesAreHandled(_ corpusCase: CorpusCase) throws {
        let kind = try #require(PolicyKind(rawValue: corpusCase.kind))
        let original = Array(try corpusCase.contents())
        var generator = SeededGenerator(
            state: UInt64(corpusCase.file.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & 0xFFFF_FFFF)
        )
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: 0...bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where position < bytes.count: bytes.remove(at: position)
                case 1: bytes.insert(Self.interestingBytes.randomElement(using: &generator) ?? 0, at: position)
                case 2 where position < bytes.count:
                    bytes[position] = Self.interestingBytes.randomElement(using: &generator) ?? 0
                default: bytes.removeSubrange(position...)
                }
            }
            let parsed = PolicyDocument.parse(bytes, kind: kind)
            if let document = parsed.document {
                #expect(!parsed.hasErrors)
                #expect(PolicyDocument.parse(document.jsonString(), kind: kind).document == document)
            } else {
                #expect(parsed.hasErrors)
            }
            #expect(parsed.diagnostics.allSatisfy { $0.position != nil })
        }
    }
}
