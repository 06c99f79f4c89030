/// "Did you mean …?" suggestions: the closest known name by edit distance, ignoring case.
enum Suggestion {
    /// Names longer than this get no suggestion (edit distance is quadratic in the length).
    static let maximumLength = 64

    /// The candidate closest to `text`, if one is within a third of its length (at least 1, at most 3 edits).
    static func closest(to text: String, among candidates: [String]) -> String? {
        let target = Array(text.lowercased().utf8)
        guard !target.isEmpty, target.count <= maximumLength else { return nil }
        let limit = min(3, max(1, target.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let bytes = Array(candidate.lowercased().utf8)
            guard bytes.count <= maximumLength, abs(bytes.count - target.count) <= limit else { continue }
            let distance = editDistance(target, bytes)
            if distance <= limit && distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Levenshtein distance with one rolling row.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
