/// A compiled `*`/`?` wildcard pattern, matched over UTF-8 bytes in linear time.
///
/// Each pattern element is a literal byte (`0...255`), ``star`` or ``question``, so text that came
/// from a policy variable or an escape such as `${*}` stays literal. Matching uses the two-pointer
/// greedy algorithm over the star-separated pieces (see `Glob+Pieces.swift`): the first piece is anchored at
/// the start, the last at the end, and each middle piece takes its leftmost occurrence, found with
/// Knuth–Morris–Pratt. Earlier stars never need revisiting, so matching is linear in the input for
/// every pattern whose pieces have no `?` (pieces with `?` use a bit-parallel search, O(n·⌈k/64⌉) for a piece of length k), with no
/// recursion or regex.
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
    /// For ``Shape/general``: the star-separated pieces with their search tables, boxed so that the
    /// exact and prefix patterns (nearly all of them) carry no second buffer to retain on every copy.
    private let general: PieceTable?

    /// The star-separated pieces (empty unless the shape is ``Shape/general``).
    var pieces: [Piece] { general?.pieces ?? [] }

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
        general = shape == .general ? PieceTable(Glob.pieces(of: collapsed)) : nil
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
    ///
    /// The exact and prefix shapes (most action and resource patterns) compare over a borrowed buffer
    /// of the elements, which keeps retain/release and bounds checks off the evaluator's hot path.
    package func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch shape {
        case .any:
            return true
        case .exact:
            guard bytes.count == elements.count else { return false }
            return elements.withUnsafeBufferPointer { Glob.hasPrefix($0, bytes, length: $0.count, caseInsensitive) }
        case .prefix:
            let length = elements.count - 1
            guard bytes.count >= length else { return false }
            return elements.withUnsafeBufferPointer { Glob.hasPrefix($0, bytes, length: length, caseInsensitive) }
        case .general:
            return matchGeneral(bytes)
        }
    }

    @inline(__always)
    func byteEqual(_ element: Int16, _ byte: UInt8) -> Bool {
        Glob.byteEqual(element, byte, caseInsensitive)
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
}

extension Glob {
    /// Whether the bytes contain a policy wildcard, `*` or `?`.
    package static func containsWildcard(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
    }
}
