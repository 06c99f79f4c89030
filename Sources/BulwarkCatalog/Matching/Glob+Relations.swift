import BulwarkIAM

extension Glob {
    /// The largest product of two pattern lengths ``intersects(_:)`` explores; beyond it the
    /// patterns are assumed to intersect (so a lint stays quiet rather than slow).
    static let intersectionBudget = 1 << 20

    /// A `*` that matches any run of characters without a `/` (used for template placeholders that a
    /// more specific sibling template continues with `/…`, such as S3's `${BucketName}`).
    static let starWithoutSlash: Int16 = -3
    /// A `*` that matches any run of characters without a `:`.
    static let starWithoutColon: Int16 = -4

    /// Whether some text matches both this pattern and `other`.
    ///
    /// Explores pairs of positions in the two patterns (at most their lengths' product, bounded by
    /// ``intersectionBudget``), so it never backtracks exponentially. Letters compare ignoring case
    /// when either pattern ignores case.
    func intersects(_ other: Glob) -> Bool {
        Self.intersect(elements, other.elements, fold: caseInsensitive || other.caseInsensitive)
    }

    /// Whether some text matches both element lists, which may also hold ``starWithoutSlash`` and
    /// ``starWithoutColon``.
    static func intersect(_ a: [Int16], _ b: [Int16], fold: Bool) -> Bool {
        let width = b.count + 1
        guard (a.count + 1) * width <= intersectionBudget else { return true }
        var visited = [Bool](repeating: false, count: (a.count + 1) * width)
        var stack: [(Int, Int)] = [(0, 0)]
        while let (i, j) = stack.popLast() {
            let index = i * width + j
            if visited[index] { continue }
            visited[index] = true
            if i == a.count && j == b.count { return true }
            // A star may match nothing.
            if i < a.count && isStar(a[i]) { stack.append((i + 1, j)) }
            if j < b.count && isStar(b[j]) { stack.append((i, j + 1)) }
            // Both consume one common character.
            guard i < a.count && j < b.count, canShare(a[i], b[j], fold: fold) else { continue }
            stack.append((isStar(a[i]) ? i : i + 1, isStar(b[j]) ? j : j + 1))
        }
        return false
    }

    /// Whether an element is one of the stars.
    @inline(__always)
    static func isStar(_ element: Int16) -> Bool {
        element == star || element == starWithoutSlash || element == starWithoutColon
    }

    /// Whether one character can be consumed by both elements.
    private static func canShare(_ x: Int16, _ y: Int16, fold: Bool) -> Bool {
        switch (x < 0, y < 0) {
        case (false, false): return same(x, y, fold: fold)
        case (true, false): return allows(x, y)
        case (false, true): return allows(y, x)
        case (true, true): return true
        }
    }

    /// Whether the wildcard element `wildcard` can consume the literal byte `literal`.
    private static func allows(_ wildcard: Int16, _ literal: Int16) -> Bool {
        switch wildcard {
        case starWithoutSlash: literal != Int16(UInt8(ascii: "/"))
        case starWithoutColon: literal != Int16(UInt8(ascii: ":"))
        default: true
        }
    }

    /// Whether every text `narrower` matches is also matched by this pattern (a sound, conservative test).
    ///
    /// This pattern must match `narrower`'s own elements, with a `*` of `narrower` matched only by a
    /// `*` here and a `?` only by `?` or `*`. Linear two-pointer matching.
    func covers(_ narrower: Glob) -> Bool {
        let pattern = elements
        let text = narrower.elements
        let fold = caseInsensitive
        func same(_ p: Int16, _ t: Int16) -> Bool {
            if p == Self.question { return t != Self.star }
            if t < 0 { return false }
            return Self.same(p, t, fold: fold)
        }
        var p = 0
        var t = 0
        var starP = -1
        var starT = 0
        while t < text.count {
            if p < pattern.count && pattern[p] == Self.star {
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
        while p < pattern.count && pattern[p] == Self.star { p += 1 }
        return p == pattern.count
    }

    /// Whether two literal elements are the same byte (ignoring ASCII case when `fold`).
    @inline(__always)
    static func same(_ x: Int16, _ y: Int16, fold: Bool) -> Bool {
        guard fold else { return x == y }
        return Glob.fold(UInt8(truncatingIfNeeded: x)) == Glob.fold(UInt8(truncatingIfNeeded: y))
    }
}
