extension WildcardPattern {
    /// The largest product of two pattern lengths ``intersects(_:)`` explores; beyond it the
    /// patterns are assumed to intersect (so a lint stays quiet rather than slow).
    static let intersectionBudget = 1 << 20

    /// Whether some text matches both this pattern and `other`.
    ///
    /// Explores pairs of positions in the two patterns (at most their lengths' product, bounded by
    /// ``intersectionBudget``), so it never backtracks exponentially.
    package func intersects(_ other: WildcardPattern) -> Bool {
        let a = bytes
        let b = other.bytes
        let width = b.count + 1
        guard (a.count + 1) * width <= Self.intersectionBudget else { return true }
        var visited = [Bool](repeating: false, count: (a.count + 1) * width)
        var stack: [(Int, Int)] = [(0, 0)]
        while let (i, j) = stack.popLast() {
            let index = i * width + j
            if visited[index] { continue }
            visited[index] = true
            if i == a.count && j == b.count { return true }
            // A `*` may match nothing.
            if i < a.count && a[i] == Self.star { stack.append((i + 1, j)) }
            if j < b.count && b[j] == Self.star { stack.append((i, j + 1)) }
            // Both consume one common character.
            guard i < a.count && j < b.count else { continue }
            let x = a[i]
            let y = b[j]
            let xAny = x == Self.star || x == Self.question
            let yAny = y == Self.star || y == Self.question
            guard xAny || yAny || x == y else { continue }
            stack.append((x == Self.star ? i : i + 1, y == Self.star ? j : j + 1))
        }
        return false
    }

    /// Whether every text `narrower` matches is also matched by `broader` (a sound, conservative test).
    ///
    /// `broader` must match `narrower`'s own text, with a `*` of `narrower` matched only by a `*` of
    /// `broader` and a `?` only by `?` or `*`. Linear two-pointer matching; compares bytes exactly
    /// (ARNs are case-sensitive) unless `ignoringCase`.
    package static func covers(_ broader: String, _ narrower: String, ignoringCase: Bool = false) -> Bool {
        let pattern = Array(broader.utf8)
        let text = Array(narrower.utf8)
        func same(_ p: UInt8, _ t: UInt8) -> Bool {
            if p == question { return t != star }
            if p == star || t == star || t == question { return false }
            return ignoringCase ? lowercase(p) == lowercase(t) : p == t
        }
        var p = 0
        var t = 0
        var starP = -1
        var starT = 0
        while t < text.count {
            if p < pattern.count && pattern[p] == star {
                starP = p
                starT = t
                p += 1
            } else if p < pattern.count && same(pattern[p], text[t]) {
                p += 1
                t += 1
            } else if starP >= 0 {
                p = starP + 1
                starT += 1
                t = starT
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == star { p += 1 }
        return p == pattern.count
    }
}
