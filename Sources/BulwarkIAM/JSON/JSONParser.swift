/// A strict RFC 8259 JSON parser that records where every value starts.
///
/// Hand-written over UTF-8 bytes and iterative (an explicit stack, not recursion), so hostile input
/// gets an error instead of a crash: invalid UTF-8, raw NUL bytes, nesting deeper than
/// ``maximumDepth``, trailing text, and malformed numbers, escapes and literals are all rejected with
/// a ``JSONParseError`` naming line and column. Time is linear in the input. A leading UTF-8 byte
/// order mark is skipped (RFC 8259 §8.1 allows it). Numbers keep their source text.
///
/// ```swift
/// let json = try JSONParser.parse(Array(#"{"Version": "2012-10-17"}"#.utf8))
/// json["Version"]?.location  // line 1, column 13
/// ```
package enum JSONParser {
    /// The deepest nesting of arrays and objects accepted by default.
    package static let maximumDepth = 512

    /// Parses one JSON value from UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - bytes: the UTF-8 text.
    ///   - maximumDepth: the deepest nesting accepted (default ``maximumDepth``).
    /// - Throws: ``JSONParseError`` saying where and why the text is not valid JSON.
    package static func parse(
        _ bytes: some Collection<UInt8>,
        maximumDepth: Int = JSONParser.maximumDepth
    ) throws(JSONParseError) -> LocatedJSON {
        if let result = bytes.withContiguousStorageIfAvailable({ parse(buffer: $0, maximumDepth: maximumDepth) }) {
            return try result.get()
        }
        return try ContiguousArray(bytes).withUnsafeBufferPointer { parse(buffer: $0, maximumDepth: maximumDepth) }
            .get()
    }

    /// Parses one JSON value from a string.
    package static func parse(
        _ text: String,
        maximumDepth: Int = JSONParser.maximumDepth
    ) throws(JSONParseError) -> LocatedJSON {
        var text = text
        return try text.withUTF8 { parse(buffer: $0, maximumDepth: maximumDepth) }.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int) -> Result<
        LocatedJSON, JSONParseError
    > {
        var scanner = JSONScanner(buffer, maximumDepth: maximumDepth)
        return Result { () throws(JSONParseError) in try scanner.parseDocument() }
    }
}
