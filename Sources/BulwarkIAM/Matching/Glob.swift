/// A compiled `*`/`?` wildcard pattern, matched over UTF-8 bytes in linear time.
///
/// Each pattern element is a ``WildcardElement``: a literal byte, `?` or `*`, so text that came from
/// a policy variable or an escape such as `${*}` stays literal. Matching uses the two-pointer greedy
/// algorithm over the star-separated pieces (see `Glob+Pieces.swift`): the first piece is anchored at
/// the start, the last at the end, and each middle piece takes its leftmost occurrence, found with
/// Knuth–Morris–Pratt. Earlier stars never need revisiting, so matching is linear in the input for
/// every pattern whose pieces have no `?` (pieces with `?` use a bit-parallel search, O(n·⌈k/64⌉) for
/// a piece of length k), with no recursion or regex.
///
/// Exact and prefix patterns (nearly all of them) keep only their literal bytes and compare them
/// directly, never touching the piece tables. Matching treats a wildcard's exclusion (see
/// ``WildcardElement``) as absent: exclusions serve only to compare patterns with each other.
package struct Glob: Sendable, Hashable {
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

    /// Whether ASCII letters compare case-insensitively.
    package let caseInsensitive: Bool
    /// The classification used for the fast paths.
    package let shape: Shape
    /// For the exact and prefix shapes: the literal bytes (lowercased when ``caseInsensitive``).
    package let literal: [UInt8]
    /// For ``Shape/general``: the elements and star-separated pieces with their search tables, boxed
    /// so that exact and prefix patterns carry one buffer only.
    let general: PieceTable?

    /// Compiles elements into a pattern.
    package init(elements: [WildcardElement], caseInsensitive: Bool) {
        // Fold letters, drop exclusions (matching ignores them) and collapse runs of `*`: they match
        // the same inputs and would only cost time.
        var collapsed: [WildcardElement] = []
        collapsed.reserveCapacity(elements.count)
        for e in elements {
            let plain: WildcardElement
            switch e {
            case .byte(let b): plain = .byte(caseInsensitive ? Glob.fold(b) : b)
            case .anyByte: plain = .question
            case .anyRun: plain = .star
            }
            if plain == .star && collapsed.last == .star { continue }
            collapsed.append(plain)
        }
        self.caseInsensitive = caseInsensitive
        let wildcards = collapsed.reduce(0) { $0 + ($1.literalByte == nil ? 1 : 0) }
        if collapsed == [.star] {
            shape = .any
            literal = []
            general = nil
        } else if wildcards == 0 {
            shape = .exact
            literal = collapsed.compactMap(\.literalByte)
            general = nil
        } else if wildcards == 1 && collapsed.last == .star {
            shape = .prefix
            literal = collapsed.compactMap(\.literalByte)
            general = nil
        } else {
            shape = .general
            literal = []
            general = PieceTable(collapsed)
        }
    }

    /// Compiles pattern text in which `*` and `?` are wildcards.
    package init(_ text: some StringProtocol, caseInsensitive: Bool) {
        self.init(elements: WildcardElement.parse(text), caseInsensitive: caseInsensitive)
    }

    /// A pattern that matches `text` literally (its `*` and `?` are plain characters).
    package init(literal text: some StringProtocol, caseInsensitive: Bool) {
        self.init(elements: WildcardElement.literal(text), caseInsensitive: caseInsensitive)
    }

    /// The elements, with letters lowercased when ``caseInsensitive`` and runs of `*` collapsed.
    package var elements: [WildcardElement] {
        switch shape {
        case .any: [.star]
        case .exact: literal.map { .byte($0) }
        case .prefix: literal.map { .byte($0) } + [.star]
        case .general: general?.elements ?? []
        }
    }

    /// Whether the last element is `*`.
    package var endsWithStar: Bool {
        switch shape {
        case .any, .prefix: true
        case .exact: false
        case .general: general?.elements.last == .star
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
    /// of the literal bytes, which keeps retain/release and bounds checks off the evaluator's hot path.
    @inline(__always)
    package func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch shape {
        case .any:
            return true
        case .exact:
            guard bytes.count == literal.count else { return false }
            return literal.withUnsafeBufferPointer { Glob.hasPrefix($0, bytes, caseInsensitive) }
        case .prefix:
            guard bytes.count >= literal.count else { return false }
            return literal.withUnsafeBufferPointer { Glob.hasPrefix($0, bytes, caseInsensitive) }
        case .general:
            return general?.matches(bytes, caseInsensitive: caseInsensitive) ?? false
        }
    }

    /// Whether `bytes` starts with all of `literal` (folding `bytes` when `folding`).
    @inline(__always)
    private static func hasPrefix(
        _ literal: UnsafeBufferPointer<UInt8>,
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ folding: Bool
    ) -> Bool {
        var i = 0
        let length = literal.count
        if folding {
            while i < length {
                if literal[i] != fold(bytes[i]) { return false }
                i += 1
            }
        } else {
            while i < length {
                if literal[i] != bytes[i] { return false }
                i += 1
            }
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
