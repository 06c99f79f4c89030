/// A compiled IAM wildcard pattern: `*` matches any run of characters, `?` matches one character.
///
/// Matching compares ASCII letters case-insensitively (action names and condition keys are
/// case-insensitive in IAM) and runs in time linear in the pattern and text lengths: the two-pointer
/// algorithm remembers only the last `*`, so no input can make it backtrack exponentially.
package struct WildcardPattern: Sendable, Hashable {
    /// The lowercased pattern bytes.
    package let bytes: [UInt8]
    /// Whether the pattern holds `*` or `?`; without them it is a plain string compare.
    package let hasWildcards: Bool

    /// Compiles `pattern`.
    package init(_ pattern: some StringProtocol) {
        bytes = pattern.utf8.map(Self.lowercase)
        hasWildcards = bytes.contains(Self.star) || bytes.contains(Self.question)
    }

    /// Creates a pattern from bytes that are already lowercased, with `*` and `?` as wildcards.
    package init(lowercasedBytes: [UInt8]) {
        bytes = lowercasedBytes
        hasWildcards = bytes.contains(Self.star) || bytes.contains(Self.question)
    }

    /// The byte for `*`.
    package static let star = UInt8(ascii: "*")
    /// The byte for `?`.
    package static let question = UInt8(ascii: "?")

    /// Lowercases an ASCII letter and leaves every other byte alone.
    @inline(__always)
    package static func lowercase(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }

    /// Whether the whole of `text` matches the pattern.
    package func matches(_ text: some StringProtocol) -> Bool {
        var text = String(text)
        return text.withUTF8 { matches(utf8: $0) }
    }

    /// Whether the whole of the UTF-8 `text` matches the pattern.
    package func matches(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { Self.match(pattern: $0, text: text) }
    }

    /// The two-pointer glob match: linear, never backtracking past the last `*`.
    package static func match(pattern: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        var t = 0
        var starP = -1
        var starT = 0
        while t < text.count {
            if p < pattern.count {
                let c = pattern[p]
                if c == star {
                    starP = p
                    starT = t
                    p += 1
                    continue
                }
                if c == question || c == lowercase(text[t]) {
                    p += 1
                    t += 1
                    continue
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starT += 1
            t = starT
        }
        while p < pattern.count && pattern[p] == star { p += 1 }
        return p == pattern.count
    }
}
