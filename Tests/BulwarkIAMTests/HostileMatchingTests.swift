import Testing

@testable import BulwarkIAM

/// Wildcard matching on hostile patterns: correct against a reference matcher, and linear-time.
///
/// Regression for the fuzzing finding that the two-pointer matcher restarted the text after the last
/// `*` at every position, so `*aaa…ab` against `aaa…a` took O(n·m) (minutes for a 20 KB pattern on
/// 200 KB of text). Without a time limit a regression shows up as a hang of this suite.
@Suite("Hostile matching")
struct HostileMatchingTests {
    /// Cases where the anchored first/last pieces and the leftmost middle pieces must agree with IAM's
    /// `*` (any run, including empty) and `?` (exactly one character) (IAM UG, "Resource" element).
    @Test(
        arguments: [
            ("a*a", "a", false, "first and last pieces may not overlap"),
            ("ab*ba", "aba", false, "first and last pieces may not overlap"),
            ("ab*ba", "abba", true, "empty star between anchored pieces"),
            ("*aab", "aaab", true, "a failed partial match must not skip the real start (KMP border)"),
            ("*abac*", "ababac", true, "leftmost occurrence after a partial match"),
            ("*abab*c", "abaabababc", true, "KMP failure links"),
            ("a*?*b", "ab", false, "? needs one character"),
            ("a*?*b", "axb", true, "? after a star"),
            ("*?", "", false, "? needs one character at the end"),
            ("???", "abc", true, "? without a star: lengths agree"),
            ("???", "abcd", false, "? without a star: lengths differ"),
            ("*a?c*", "xxabxaxc", true, "? inside a middle piece"),
            ("*a?c*", "xxabxaxd", false, "? inside a middle piece, no occurrence"),
        ] as [(String, String, Bool, String)]
    )
    func wildcardCase(pattern: String, text: String, expected: Bool, reason: String) {
        #expect(Glob(pattern, caseInsensitive: false).matches(text) == expected, "\(reason)")
    }

    /// Thousands of small random patterns agree with a dynamic-programming reference.
    @Test func agreesWithReference() {
        var random = SplitMix(seed: 0x5EED)
        let alphabet: [Character] = ["a", "b", "A", "*", "?"]
        for _ in 0..<4000 {
            let pattern = String((0..<random.next(below: 9)).map { _ in alphabet[random.next(below: 5)] })
            let text = String((0..<random.next(below: 12)).map { _ in alphabet[random.next(below: 3)] })
            for ignoreCase in [false, true] {
                let expected = referenceMatch(Array(pattern.utf8), Array(text.utf8), ignoreCase: ignoreCase)
                #expect(
                    Glob(pattern, caseInsensitive: ignoreCase).matches(text) == expected,
                    "\(pattern) ~ \(text) ignoreCase=\(ignoreCase)"
                )
            }
        }
    }

    /// Patterns shaped to defeat backtracking matchers finish (quadratic time would take minutes here).
    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            ("*" + String(repeating: "a", count: 20_000) + "b", String(repeating: "a", count: 200_000)),
            ("*" + String(repeating: "a", count: 20_000) + "b*", String(repeating: "a", count: 200_000)),
            ("*" + String(repeating: "a?", count: 5_000) + "b*", String(repeating: "a", count: 200_000)),
            (String(repeating: "*a", count: 50_000) + "b", String(repeating: "a", count: 200_000)),
            (String(repeating: "*", count: 50_000), String(repeating: "a", count: 200_000)),
        ]
    )
    func hostilePatternsFinish(pattern: String, text: String) {
        let expected = pattern.allSatisfy { $0 == "*" }
        #expect(Glob(pattern, caseInsensitive: true).matches(text) == expected)
        #expect(ResourcePattern("arn:aws:s3:::" + pattern).matches("arn:aws:s3:::" + text) == expected)
        #expect(ActionPattern("s3:" + pattern).matches("s3:" + text) == expected)
    }
}

/// The obvious O(n·m) dynamic-programming matcher, as the oracle.
private func referenceMatch(_ pattern: [UInt8], _ text: [UInt8], ignoreCase: Bool) -> Bool {
    func fold(_ b: UInt8) -> UInt8 { ignoreCase ? Glob.fold(b) : b }
    var row = [Bool](repeating: false, count: text.count + 1)
    row[0] = true
    for p in pattern {
        var next = [Bool](repeating: false, count: text.count + 1)
        for j in 0...text.count {
            if p == UInt8(ascii: "*") {
                next[j] = row[j] || (j > 0 && next[j - 1])
            } else if j > 0 && row[j - 1] && (p == UInt8(ascii: "?") || fold(p) == fold(text[j - 1])) {
                next[j] = true
            }
        }
        row = next
    }
    return row[text.count]
}

/// A small deterministic generator (SplitMix64), so the random cases are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
