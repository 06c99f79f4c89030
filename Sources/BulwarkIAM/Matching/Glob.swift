/// A compiled `*`/`?` wildcard pattern, matched over UTF-8 bytes in linear time.
///
/// Each pattern element is a literal byte (`0...255`), ``star`` or ``question``, so text that came
/// from a policy variable or an escape such as `${*}` stays literal. Matching uses the two-pointer
/// greedy algorithm (remember the last `*` and the input position it tried; on a mismatch, let that
/// `*` swallow one more byte). It never backtracks further, so `a*a*a*…*b` against 100,000 bytes
/// takes O(n·m) in the worst case with tiny constants and no recursion or regex.
package struct Glob: Sendable, Hashable {
    /// The element that matches any run of bytes, including an empty one.
    package static let star: Int16 = -1
    /// The element that matches exactly one byte.
    package static let question: Int16 = -2

    /// How the pattern can be matched cheaply.
    package enum Shape: Sendable, Hashable {
        /// `*`: matches everything.
        case any
        /// No wildcards: byte-for-byte equality.
        case exact
        /// Literal bytes followed by a single trailing `*`.
        case prefix
        /// Anything else.
        case general
    }

    /// The elements: literal bytes (lowercased when ``caseInsensitive``), ``star`` or ``question``.
    package let elements: [Int16]
    /// Whether ASCII letters compare case-insensitively.
    package let caseInsensitive: Bool
    /// The classification used for the fast paths.
    package let shape: Shape

    /// Compiles elements into a pattern.
    package init(elements: [Int16], caseInsensitive: Bool) {
        var folded = elements
        if caseInsensitive {
            for i in folded.indices where folded[i] >= 0 {
                folded[i] = Int16(Glob.fold(UInt8(folded[i])))
            }
        }
        // Collapse runs of `*`: they match the same inputs and would only cost time.
        var collapsed: [Int16] = []
        collapsed.reserveCapacity(folded.count)
        for e in folded where !(e == Glob.star && collapsed.last == Glob.star) {
            collapsed.append(e)
        }
        self.elements = collapsed
        self.caseInsensitive = caseInsensitive
        let stars = collapsed.reduce(0) { $0 + ($1 == Glob.star ? 1 : 0) }
        let questions = collapsed.reduce(0) { $0 + ($1 == Glob.question ? 1 : 0) }
        if collapsed == [Glob.star] {
            shape = .any
        } else if stars == 0 && questions == 0 {
            shape = .exact
        } else if stars == 1 && questions == 0 && collapsed.last == Glob.star {
            shape = .prefix
        } else {
            shape = .general
        }
    }

    /// Compiles pattern text in which `*` and `?` are wildcards.
    package init(_ text: some StringProtocol, caseInsensitive: Bool) {
        self.init(elements: Glob.elements(wildcardText: text), caseInsensitive: caseInsensitive)
    }

    /// A pattern that matches `text` literally (its `*` and `?` are plain characters).
    package init(literal text: some StringProtocol, caseInsensitive: Bool) {
        self.init(elements: text.utf8.map { Int16($0) }, caseInsensitive: caseInsensitive)
    }

    /// The elements of text in which `*` and `?` are wildcards.
    package static func elements(wildcardText text: some StringProtocol) -> [Int16] {
        text.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "*"): star
            case UInt8(ascii: "?"): question
            default: Int16(byte)
            }
        }
    }

    /// ASCII lowercase of one byte.
    @inline(__always)
    package static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }

    /// Whether the pattern matches the whole of `text`.
    package func matches(_ text: some StringProtocol) -> Bool {
        var text = String(text)
        return text.withUTF8 { matches(bytes: $0) }
    }

    /// Whether the pattern matches all of `bytes`.
    package func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if shape == .any { return true }
        let folding = caseInsensitive
        return elements.withUnsafeBufferPointer { elements in
            switch shape {
            case .any:
                return true
            case .exact:
                guard bytes.count == elements.count else { return false }
                return Glob.hasPrefix(elements, bytes, length: elements.count, folding)
            case .prefix:
                let length = elements.count - 1
                guard bytes.count >= length else { return false }
                return Glob.hasPrefix(elements, bytes, length: length, folding)
            case .general:
                return Glob.matchGeneral(elements, bytes, folding)
            }
        }
    }

    @inline(__always)
    private static func byteEqual(_ element: Int16, _ byte: UInt8, _ folding: Bool) -> Bool {
        element == Int16(folding ? fold(byte) : byte)
    }

    private static func hasPrefix(
        _ elements: UnsafeBufferPointer<Int16>,
        _ bytes: UnsafeBufferPointer<UInt8>,
        length: Int,
        _ folding: Bool
    ) -> Bool {
        var i = 0
        while i < length {
            if !byteEqual(elements[i], bytes[i], folding) { return false }
            i += 1
        }
        return true
    }

    /// The two-pointer greedy match.
    ///
    /// On a mismatch, resume just after the last `*`, which now swallows one more input byte.
    /// Earlier stars never need to be revisited.
    private static func matchGeneral(
        _ elements: UnsafeBufferPointer<Int16>,
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ folding: Bool
    ) -> Bool {
        let n = bytes.count
        let m = elements.count
        var t = 0
        var p = 0
        var starP = -1
        var starT = 0
        while t < n {
            if p < m {
                let e = elements[p]
                if e == star {
                    starP = p
                    starT = t
                    p += 1
                    continue
                }
                if e == question || byteEqual(e, bytes[t], folding) {
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
        while p < m && elements[p] == star { p += 1 }
        return p == m
    }
}

extension Glob {
    /// Whether a byte is an ASCII hex digit.
    package static func isHexDigit(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102)
    }
}
