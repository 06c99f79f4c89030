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

    /// Compiles a pattern in which `*` and `?` are wildcards.
    public init(_ text: String) {
        self.init(text: text, elements: Glob.elements(wildcardText: text))
    }

    /// Compiles wildcard-aware elements (from ``PolicyTemplate/resolve(in:wildcards:)``).
    package init(text: String, elements: [Int16]) {
        self.text = text
        let colon = Int16(UInt8(ascii: ":"))
        var segments: [Glob] = []
        var current: [Int16] = []
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
    }

    /// Whether the pattern matches everything (`*`).
    public var matchesEverything: Bool { !isARN && segments[0].shape == .any }

    /// Whether the pattern matches `resource` (an ARN, or `*`).
    public func matches(_ resource: String) -> Bool {
        let request = RequestResource(resource)
        return request.bytes.withUnsafeBufferPointer { matches(request, $0) }
    }

    /// Matches a prepared request resource.
    package func matches(_ resource: RequestResource, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = segments.count
        guard isARN, resource.segmentCount > 1 else {
            // `*`, or a pattern or resource that is not an ARN: compare the whole text.
            return count == 1 && segments[0].matches(bytes: bytes)
        }
        guard resource.segmentCount >= count else { return false }
        var i = 0
        while i < count - 1 {
            let slice = UnsafeBufferPointer(rebasing: bytes[resource.segmentStart(i)..<resource.segmentEnd(i)])
            if !segments[i].matches(bytes: slice) { return false }
            i += 1
        }
        let last = segments[count - 1]
        if count < resource.segmentCount && last.elements.last != Glob.star {
            return false
        }
        return last.matches(bytes: UnsafeBufferPointer(rebasing: bytes[resource.segmentStart(count - 1)...]))
    }

    /// The pattern as written.
    public var description: String { text }
}

/// A request's resource with its first five colons located, so matching allocates nothing.
package struct RequestResource: Sendable, Hashable {
    /// The resource as given.
    package let text: String
    /// The UTF-8 bytes.
    package let bytes: [UInt8]
    /// Offsets of the first five colons (fewer when the text has fewer).
    package let colons: [Int]

    /// Prepares a resource ARN (or `*`).
    package init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        var colons: [Int] = []
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: ":") && colons.count < 5 {
            colons.append(i)
        }
        self.colons = bytes.starts(with: "arn:".utf8) ? colons : []
    }

    /// The number of segments: six for an ARN, one for text that is not an ARN.
    package var segmentCount: Int { colons.count + 1 }

    /// Where segment `i` starts.
    @inline(__always)
    package func segmentStart(_ i: Int) -> Int { i == 0 ? 0 : colons[i - 1] + 1 }

    /// Where segment `i` ends (the last segment runs to the end).
    @inline(__always)
    package func segmentEnd(_ i: Int) -> Int { i < colons.count ? colons[i] : bytes.count }

    /// The text of segment `i` (4 is the account), or `nil` when absent.
    package func segment(_ i: Int) -> String? {
        guard i < segmentCount else { return nil }
        return String(decoding: bytes[segmentStart(i)..<segmentEnd(i)], as: UTF8.self)
    }
}
