extension Glob {
    /// The piece tables of a general pattern, shared by every copy of the pattern.
    final class PieceTable: Sendable, Hashable {
        let pieces: [Piece]
        init(_ pieces: [Piece]) { self.pieces = pieces }
        static func == (a: PieceTable, b: PieceTable) -> Bool { a.pieces == b.pieces }
        func hash(into hasher: inout Hasher) { hasher.combine(pieces) }
    }

    /// The literal text between two stars: elements `start..<end`, with its KMP failure table.
    struct Piece: Sendable, Hashable {
        /// Where the piece starts in ``Glob/elements``.
        var start: Int
        /// Where the piece ends (exclusive).
        var end: Int
        /// The Knuth–Morris–Pratt failure table, or `nil` when the piece contains `?`.
        ///
        /// `failure[i]` is the length of the longest proper border of the first `i + 1` elements.
        var failure: [Int]? = nil

        var count: Int { end - start }
    }

    /// Splits collapsed elements at each star.
    ///
    /// With at least one star there are at least two pieces (the first and last may be empty).
    static func pieces(of elements: [Int16]) -> [Piece] {
        var pieces: [Piece] = []
        var start = 0
        for (i, e) in elements.enumerated() where e == star {
            pieces.append(piece(elements, start, i))
            start = i + 1
        }
        pieces.append(piece(elements, start, elements.count))
        return pieces
    }

    private static func piece(_ elements: [Int16], _ start: Int, _ end: Int) -> Piece {
        let text = elements[start..<end]
        guard !text.contains(question), text.count > 0 else { return Piece(start: start, end: end) }
        var failure = [Int](repeating: 0, count: text.count)
        var k = 0
        for i in 1..<max(1, text.count) {
            while k > 0 && text[start + i] != text[start + k] { k = failure[k - 1] }
            if text[start + i] == text[start + k] { k += 1 }
            failure[i] = k
        }
        return Piece(start: start, end: end, failure: failure)
    }

    /// Matches a pattern of shape ``Shape/general``: anchored first and last pieces, leftmost middle pieces.
    func matchGeneral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let pieces = self.pieces
        let n = bytes.count
        guard pieces.count >= 2 else {
            // `?` but no `*`: lengths must agree.
            return n == elements.count && matches(piece: Piece(start: 0, end: elements.count), bytes, at: 0)
        }
        let first = pieces[0]
        let last = pieces[pieces.count - 1]
        guard first.count + last.count <= n,
            matches(piece: first, bytes, at: 0),
            matches(piece: last, bytes, at: n - last.count)
        else { return false }
        var position = first.count
        let limit = n - last.count
        for piece in pieces[1..<(pieces.count - 1)] where piece.count > 0 {
            guard let found = find(piece, bytes, from: position, before: limit) else { return false }
            position = found + piece.count
        }
        return true
    }

    /// Whether `piece` matches `bytes` at `offset` (the caller checked the bounds).
    private func matches(piece: Piece, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var i = 0
        while i < piece.count {
            let e = elements[piece.start + i]
            if e != Glob.question && !byteEqual(e, bytes[offset + i]) { return false }
            i += 1
        }
        return true
    }

    /// The leftmost offset in `from..<before` where `piece` fits entirely before `before`.
    private func find(_ piece: Piece, _ bytes: UnsafeBufferPointer<UInt8>, from: Int, before: Int) -> Int? {
        let length = piece.count
        guard before - from >= length else { return nil }
        guard let failure = piece.failure else {
            guard length > 16 else {
                // A short piece with `?`: direct search, at most 16 comparisons per position.
                var offset = from
                while offset + length <= before {
                    if matches(piece: piece, bytes, at: offset) { return offset }
                    offset += 1
                }
                return nil
            }
            return shiftAndFind(piece, bytes, from: from, before: before)
        }
        // Knuth–Morris–Pratt: each input byte is examined a bounded number of times (amortised).
        var k = 0
        var t = from
        while t < before {
            while k > 0 && !byteEqual(elements[piece.start + k], bytes[t]) { k = failure[k - 1] }
            if byteEqual(elements[piece.start + k], bytes[t]) { k += 1 }
            t += 1
            if k == length { return t - length }
        }
        return nil
    }

    /// Bit-parallel Shift-And search for a piece containing `?`: O(window · ⌈length / 64⌉).
    ///
    /// Bit `i` of the state is set when the first `i + 1` elements of the piece match the bytes that
    /// end at the current position.
    private func shiftAndFind(_ piece: Piece, _ bytes: UnsafeBufferPointer<UInt8>, from: Int, before: Int) -> Int? {
        let length = piece.count
        let words = (length + 63) / 64
        // masks[c * words + w]: the positions where byte c (folded) may appear.
        var masks = [UInt64](repeating: 0, count: 256 * words)
        for i in 0..<length {
            let e = elements[piece.start + i]
            let bit = UInt64(1) << UInt64(i % 64)
            if e == Glob.question {
                for c in 0..<256 { masks[c * words + i / 64] |= bit }
            } else {
                masks[Int(e) * words + i / 64] |= bit
                // Pattern letters are folded already; an input letter is folded before lookup.
            }
        }
        var state = [UInt64](repeating: 0, count: words)
        let lastWord = (length - 1) / 64
        let lastBit = UInt64(1) << UInt64((length - 1) % 64)
        var t = from
        while t < before {
            let c = Int(caseInsensitive ? Glob.fold(bytes[t]) : bytes[t])
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
