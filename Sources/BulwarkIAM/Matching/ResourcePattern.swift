/// A compiled `Resource`/`NotResource` pattern, also used for `ArnLike`/`ArnEquals` condition values.
///
/// Matching is case-sensitive and ARN-segment aware (IAM User Guide, "IAM JSON policy elements:
/// Resource"): the first five colon-separated segments (`arn`, partition, service, region, account)
/// are matched separately, `*` and `?` work inside any segment, `*` in the resource part crosses `/`
/// and `:`, and a `*` that is the last character of a segment "can expand to match beyond the colon
/// boundaries" (so `arn:aws:s3:*` covers every S3 ARN). `"*"` matches everything. The same matcher
/// serves the ARN condition operators, whose "six colon-delimited components" are matched separately.
public struct ResourcePattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    /// One glob per segment; the last one covers the rest of the ARN.
    ///
    /// A single segment for `*` or for text that is not an ARN.
    package let segments: [Glob]
    /// Whether the pattern has the `arn:` shape (several segments).
    package let isARN: Bool
    /// When the pattern has six segments and the first five have no wildcards: their bytes with the
    /// five colons (`arn:aws:s3:::`), so matching is one byte comparison plus ``tail``; else empty.
    let literalHead: [UInt8]
    /// The last segment's glob (the resource part of a six-part ARN).
    let tail: Glob

    /// Compiles a pattern in which `*` and `?` are wildcards.
    public init(_ text: String) {
        self.init(text: text, elements: WildcardElement.parse(text))
    }

    /// Compiles wildcard-aware elements (from ``PolicyTemplate/resolve(in:wildcards:)``).
    package init(text: String, elements: [WildcardElement]) {
        self.text = text
        let colon = WildcardElement.byte(UInt8(ascii: ":"))
        var segments: [Glob] = []
        var current: [WildcardElement] = []
        for e in elements {
            if e == colon && segments.count < 5 {
                segments.append(Glob(elements: current, caseInsensitive: false))
                current = []
            } else {
                current.append(e)
            }
        }
        segments.append(Glob(elements: current, caseInsensitive: false))
        self.isARN = segments.count > 1
        self.segments = segments
        tail = segments[segments.count - 1]
        if segments.count == 6 && segments[..<5].allSatisfy({ $0.shape == .exact }) {
            literalHead = segments[..<5].flatMap { $0.literal + [UInt8(ascii: ":")] }
        } else {
            literalHead = []
        }
    }

    /// Whether the pattern matches everything (`*`).
    public var matchesEverything: Bool { !isARN && segments[0].shape == .any }

    /// Whether the pattern matches `resource` (an ARN, or `*`).
    public func matches(_ resource: String) -> Bool {
        let request = RequestResource(resource)
        return request.bytes.withUnsafeBufferPointer { matches(request, $0) }
    }

    /// Matches a prepared request resource.
    @inline(__always)
    package func matches(_ resource: RequestResource, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        matches(resource.segments, bytes)
    }

    /// Matches UTF-8 text whose segments are located.
    package func matches(_ resource: ArnSegments, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = literalHead.count
        if length > 0 && resource.count == 6 {
            // The request's fifth colon must end exactly where the literal head does.
            guard resource.start(5) == length else { return false }
            let same = literalHead.withUnsafeBufferPointer { head in
                var i = 0
                while i < length {
                    if head[i] != bytes[i] { return false }
                    i += 1
                }
                return true
            }
            return same && tail.matches(bytes: UnsafeBufferPointer(rebasing: bytes[length...]))
        }
        return matchesSegments(resource, bytes)
    }

    /// Matches segment by segment (patterns with wildcards before the resource part, or truncated).
    private func matchesSegments(_ resource: ArnSegments, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        return segments.withUnsafeBufferPointer { segments in
            let count = segments.count
            guard isARN, resource.count > 1 else {
                // `*`, or a pattern or resource that is not an ARN: compare the whole text.
                return count == 1 && segments[0].matches(bytes: bytes)
            }
            guard resource.count >= count else { return false }
            for i in 0..<(count - 1) {
                let slice = UnsafeBufferPointer(rebasing: bytes[resource.start(i)..<resource.end(i)])
                if !segments[i].matches(bytes: slice) { return false }
            }
            if count < resource.count && !segments[count - 1].endsWithStar {
                return false
            }
            return segments[count - 1]
                .matches(bytes: UnsafeBufferPointer(rebasing: bytes[resource.start(count - 1)...]))
        }
    }

    /// The pattern as written.
    public var description: String { text }
}

/// A request's resource with its ARN segments located, so matching allocates nothing.
package struct RequestResource: Sendable, Hashable {
    /// The resource as given.
    package let text: String
    /// The UTF-8 bytes.
    package let bytes: [UInt8]
    /// Where the segments are.
    package let segments: ArnSegments

    /// Prepares a resource ARN (or `*`).
    package init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        segments = bytes.withUnsafeBufferPointer { ArnSegments($0) }
    }

    /// The number of segments: six for an ARN, one for text that is not an ARN.
    package var segmentCount: Int { segments.count }

    /// Where segment `i` starts.
    @inline(__always)
    package func segmentStart(_ i: Int) -> Int { segments.start(i) }

    /// Where segment `i` ends (the last segment runs to the end).
    @inline(__always)
    package func segmentEnd(_ i: Int) -> Int { segments.end(i) }

    /// The text of segment `i` (4 is the account), or `nil` when absent.
    package func segment(_ i: Int) -> String? {
        guard i < segmentCount else { return nil }
        return String(decoding: bytes[segmentStart(i)..<segmentEnd(i)], as: UTF8.self)
    }
}

/// The offsets of the first five colons of an ARN, held inline (no allocation).
package struct ArnSegments: Sendable, Hashable {
    private var c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0
    /// The number of colons found (at most five); zero when the text does not start with `arn:`.
    private var colons = 0
    /// The length of the text.
    private let length: Int

    /// Locates the segments of UTF-8 text.
    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        length = bytes.count
        guard bytes.count >= 4, bytes[0] == UInt8(ascii: "a"), bytes[1] == UInt8(ascii: "r"),
            bytes[2] == UInt8(ascii: "n"), bytes[3] == UInt8(ascii: ":")
        else { return }
        var i = 0
        while i < bytes.count && colons < 5 {
            if bytes[i] == UInt8(ascii: ":") {
                switch colons {
                case 0: c0 = i
                case 1: c1 = i
                case 2: c2 = i
                case 3: c3 = i
                default: c4 = i
                }
                colons += 1
            }
            i += 1
        }
    }

    /// The number of segments: six for a full ARN, one for text that is not an ARN.
    package var count: Int { colons + 1 }

    private func colon(_ k: Int) -> Int {
        switch k {
        case 0: c0
        case 1: c1
        case 2: c2
        case 3: c3
        default: c4
        }
    }

    /// Where segment `i` starts.
    @inline(__always)
    package func start(_ i: Int) -> Int { i == 0 ? 0 : colon(i - 1) + 1 }

    /// Where segment `i` ends (the last segment runs to the end).
    @inline(__always)
    package func end(_ i: Int) -> Int { i < colons ? colon(i) : length }
}
