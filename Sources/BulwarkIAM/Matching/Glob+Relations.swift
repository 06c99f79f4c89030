extension Glob {
    /// The most pairs of positions ``overlap(_:_:caseInsensitive:)`` and ``covers(_:_:caseInsensitive:)``
    /// explore (2 MiB of bits): two patterns of 4,096 elements each, after their common literal ends
    /// are set aside, which is more than any policy AWS accepts can hold.
    package static let relationBudget = 1 << 24

    /// Whether some text matches both patterns.
    package func overlaps(_ other: Glob) -> Bool {
        Glob.overlap(elements, other.elements, caseInsensitive: caseInsensitive || other.caseInsensitive)
    }

    /// Whether every text `narrower` matches is also matched by this pattern (sound, conservative).
    package func covers(_ narrower: Glob) -> Bool {
        Glob.covers(elements, narrower.elements, caseInsensitive: caseInsensitive)
    }

    /// Whether some text matches both element lists.
    ///
    /// Runs the product of the two patterns as automata over pairs of positions, visiting each pair
    /// at most once: O(|a|·|b|) time and bits, never exponential. A literal prefix and suffix that
    /// both patterns share are compared first and set aside. Past ``relationBudget`` pairs the
    /// answer is `true` ("may overlap").
    package static func overlap(_ a: [WildcardElement], _ b: [WildcardElement], caseInsensitive fold: Bool) -> Bool {
        guard let (x, y) = trimmedLiteralEnds(a[...], b[...], fold) else { return false }
        let width = y.count + 1
        guard (x.count + 1) * width <= relationBudget else { return true }
        var visited = BitSet(count: (x.count + 1) * width)
        var stack: [(Int, Int)] = [(0, 0)]
        while let (i, j) = stack.popLast() {
            guard visited.insert(i * width + j) else { continue }
            if i == x.count && j == y.count { return true }
            let p = i < x.count ? x[x.startIndex + i] : nil
            let q = j < y.count ? y[y.startIndex + j] : nil
            // A star may match nothing.
            if p?.isRun == true { stack.append((i + 1, j)) }
            if q?.isRun == true { stack.append((i, j + 1)) }
            // Both consume one common byte; a star stays where it is.
            guard let p, let q, canShare(p, q, fold) else { continue }
            stack.append((p.isRun ? i : i + 1, q.isRun ? j : j + 1))
        }
        return false
    }

    /// Whether every text that `narrower` matches is also matched by `broader` (sound, conservative).
    ///
    /// `broader` must match `narrower`'s own elements: a `*` of `narrower` only by a `*` of `broader`
    /// (excluding nothing, or the same byte), a `?` by a `?` or a `*`, a literal byte by itself, `?` or
    /// `*`. Dynamic programming over pairs of positions: O(|a|·|b|), bounded by ``relationBudget``
    /// (past it the answer is `false`, "not shown to cover").
    package static func covers(
        _ broader: [WildcardElement],
        _ narrower: [WildcardElement],
        caseInsensitive fold: Bool
    ) -> Bool {
        let p = broader
        let t = narrower
        let width = t.count + 1
        guard (p.count + 1) * width <= relationBudget else { return false }
        var visited = BitSet(count: (p.count + 1) * width)
        var stack: [(Int, Int)] = [(0, 0)]
        while let (i, j) = stack.popLast() {
            guard visited.insert(i * width + j) else { continue }
            if i == p.count && j == t.count { return true }
            guard i < p.count else { continue }
            if p[i].isRun {
                stack.append((i + 1, j))
                if j < t.count && absorbs(p[i], t[j], fold) { stack.append((i, j + 1)) }
            } else if j < t.count && absorbs(p[i], t[j], fold) {
                stack.append((i + 1, j + 1))
            }
        }
        return false
    }

    /// Compares and drops the literal bytes both patterns start and end with; `nil` when they differ.
    private static func trimmedLiteralEnds(
        _ a: ArraySlice<WildcardElement>,
        _ b: ArraySlice<WildcardElement>,
        _ fold: Bool
    ) -> (ArraySlice<WildcardElement>, ArraySlice<WildcardElement>)? {
        var a = a
        var b = b
        while let x = a.first?.literalByte, let y = b.first?.literalByte {
            guard same(x, y, fold) else { return nil }
            a = a.dropFirst()
            b = b.dropFirst()
        }
        while let x = a.last?.literalByte, let y = b.last?.literalByte {
            guard same(x, y, fold) else { return nil }
            a = a.dropLast()
            b = b.dropLast()
        }
        return (a, b)
    }

    /// Whether one byte can be consumed by both elements.
    private static func canShare(_ x: WildcardElement, _ y: WildcardElement, _ fold: Bool) -> Bool {
        switch (x, y) {
        case (.byte(let a), .byte(let b)): same(a, b, fold)
        case (.byte(let a), _): !excludes(y, a, fold)
        case (_, .byte(let b)): !excludes(x, b, fold)
        // Two wildcards exclude at most two of the 256 bytes.
        default: true
        }
    }

    /// Whether the `broader` element matches everything the `narrower` element stands for.
    private static func absorbs(_ broader: WildcardElement, _ narrower: WildcardElement, _ fold: Bool) -> Bool {
        switch (broader, narrower) {
        case (.byte(let a), .byte(let b)): same(a, b, fold)
        case (.byte, _): false
        case (.anyByte, .anyRun): false
        case (_, .byte(let b)): !excludes(broader, b, fold)
        case (.anyByte(let e), .anyByte(let f)), (.anyRun(let e), .anyByte(let f)), (.anyRun(let e), .anyRun(let f)):
            e == nil || e == f
        }
    }

    /// Whether a wildcard excludes `byte`.
    private static func excludes(_ wildcard: WildcardElement, _ byte: UInt8, _ fold: Bool) -> Bool {
        switch wildcard {
        case .anyByte(let e?), .anyRun(let e?): same(e, byte, fold)
        default: false
        }
    }

    /// Whether two bytes are the same (ignoring ASCII case when `fold`).
    @inline(__always)
    private static func same(_ x: UInt8, _ y: UInt8, _ fold: Bool) -> Bool {
        fold ? Glob.fold(x) == Glob.fold(y) : x == y
    }
}

/// A fixed-size set of small integers, one bit each.
private struct BitSet {
    private var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    /// Adds `i`; `false` when it was already there.
    mutating func insert(_ i: Int) -> Bool {
        let bit = UInt64(1) << UInt64(i & 63)
        guard words[i >> 6] & bit == 0 else { return false }
        words[i >> 6] |= bit
        return true
    }
}
