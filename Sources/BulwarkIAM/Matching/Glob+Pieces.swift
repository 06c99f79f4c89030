extension Glob {
    /// The elements and piece tables of a general pattern, shared by every copy of the pattern.
    final class PieceTable: Sendable, Hashable {
        /// The elements: literal bytes (folded when the pattern ignores case), `?` and single `*`s.
        let elements: [WildcardElement]
        /// The star-separated pieces.
        let pieces: [Piece]

        init(_ elements: [WildcardElement]) {
            self.elements = elements
            pieces = PieceTable.pieces(of: elements)
        }

        static func == (a: PieceTable, b: PieceTable) -> Bool { a.elements == b.elements }
        func hash(into hasher: inout Hasher) { hasher.combine(elements) }
    }

    /// The literal text between two stars: elements `start..<end`, with its KMP failure table.
    struct Piece: Sendable, Hashable {
        /// Where the piece starts in the elements.
        var start: Int
        /// Where the piece ends (exclusive).
        var end: Int
        /// The Knuth–Morris–Pratt failure table, or `nil` when the piece contains `?`.
        ///
        /// `failure[i]` is the length of the longest proper border of the first `i + 1` elements.
        var failure: [Int]? = nil

        var count: Int { end - start }
    }
}

extension Glob.PieceTable {
    /// Splits collapsed elements at each star.
    ///
    /// With at least one star there are at least two pieces (the first and last may be empty).
    static func pieces(of elements: [WildcardElement]) -> [Glob.Piece] {
        var pieces: [Glob.Piece] = []
        var start = 0
        for (i, e) in elements.enumerated() where e.isRun {
            pieces.append(piece(elements, start, i))
            start = i + 1
        }
        pieces.append(piece(elements, start, elements.count))
        return pieces
    }

    private static func piece(_ elements: [WildcardElement], _ start: Int, _ end: Int) -> Glob.Piece {
        let text = elements[start..<end]
        guard text.allSatisfy({ $0.literalByte != nil }), text.count > 0 else {
            return Glob.Piece(start: start, end: end)
        }
        var failure = [Int](repeating: 0, count: text.count)
        var k = 0
        for i in 1..<max(1, text.count) {
            while k > 0 && text[start + i] != text[start + k] { k = failure[k - 1] }
            if text[start + i] == text[start + k] { k += 1 }
            failure[i] = k
        }
        return Glob.Piece(start: start, end: end, failure: failure)
    }

    /// Whether element `e` accepts `byte` (`?`, or the same literal byte after folding).
    @inline(__always)
    private func accepts(_ e: WildcardElement, _ byte: UInt8, _ folding: Bool) -> Bool {
        switch e {
        case .byte(let b): b == (folding ? Glob.fold(byte) : byte)
        case .anyByte, .anyRun: true
        }
    }

    /// Matches a pattern of shape ``Glob/Shape/general``: anchored first and last pieces, leftmost middle pieces.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, caseInsensitive folding: Bool) -> Bool {
        let n = bytes.count
        guard pieces.count >= 2 else {
            // `?` but no `*`: lengths must agree.
            return n == elements.count
                && matches(piece: Glob.Piece(start: 0, end: elements.count), bytes, at: 0, folding)
        }
        let first = pieces[0]
        let last = pieces[pieces.count - 1]
        guard first.count + last.count <= n,
            matches(piece: first, bytes, at: 0, folding),
            matches(piece: last, bytes, at: n - last.count, folding)
        else { return false }
        var position = first.count
        let limit = n - last.count
        for piece in pieces[1..<(pieces.count - 1)] where piece.count > 0 {
            guard let found = find(piece, bytes, from: position, before: limit, folding) else { return false }
            position = found + piece.count
        }
        return true
    }

    /// Whether `piece` matches `bytes` at `offset` (the caller checked the bounds).
    private func matches(piece: Glob.Piece, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ folding: Bool)
        -> Bool
    {
        var i = 0
        while i < piece.count {
            if !accepts(elements[piece.start + i], bytes[offset + i], folding) { return false }
            i += 1
        }
        return true
    }

    /// The leftmost offset in `from..<before` where `piece` fits entirely before `before`.
    private func find(
        _ piece: Glob.Piece,
        _ bytes: UnsafeBufferPointer<UInt8>,
        from: Int,
        before: Int,
        _ folding: Bool
    ) -> Int? {
        let length = piece.count
        guard before - from >= length else { return nil }
        guard let failure = piece.failure else {
            guard length > 16 else {
                // A short piece with `?`: direct search, at most 16 comparisons per position.
                var offset = from
                while offset + length <= before {
                    if matches(piece: piece, bytes, at: offset, folding) { return offset }
                    offset += 1
                }
                return nil
            }
            return shiftAndFind(piece, bytes, from: from, before: before, folding)
        }
        // Knuth–Morris–Pratt: each input byte is examined a bounded number of times (amortised).
        var k = 0
        var t = from
        while t < before {
            while k > 0 && !accepts(elements[piece.start + k], bytes[t], folding) { k = failure[k - 1] }
            if accepts(elements[piece.start + k], bytes[t], folding) { k += 1 }
            t += 1
            if k == length { return t - length }
        }
        return nil
    }

    /// Bit-parallel Shift-And search for a piece containing `?`: O(window · ⌈length / 64⌉).
    ///
    /// Bit `i` of the state is set when the first `i + 1` elements of the piece match the bytes that
    /// end at the current position.
    private func shiftAndFind(
        _ piece: Glob.Piece,
        _ bytes: UnsafeBufferPointer<UInt8>,
        from: Int,
        before: Int,
        _ folding: Bool
    ) -> Int? {
        let length = piece.count
        let words = (length + 63) / 64
        // masks[c * words + w]: the positions where byte c (folded) may appear.
        var masks = [UInt64](repeating: 0, count: 256 * words)
        for i in 0..<length {
            let bit = UInt64(1) << UInt64(i % 64)
            if case .byte(let b) = elements[piece.start + i] {
                // Pattern letters are folded already; an input letter is folded before lookup.
                masks[Int(b) * words + i / 64] |= bit
            } else {
                for c in 0..<256 { masks[c * words + i / 64] |= bit }
            }
        }
        var state = [UInt64](repeating: 0, count: words)
        let lastWord = (length - 1) / 64
        let lastBit = UInt64(1) << UInt64((length - 1) % 64)
        var t = from
        while t < before {
            let c = Int(folding ? Glob.fold(bytes[t]) : bytes[t])
            var carry: UInt64 = 1
            for w in 0..<words {
                let next = state[w] >> 63
                state[w] = ((state[w] << 1) | carry) & masks[c * words + w]
                carry = next
            }
            t += 1
            if state[lastWord] & lastBit != 0 { return t - length }
        }
        return nil
    }
}
