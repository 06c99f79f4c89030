extension IAMTestVector {
    /// Decodes a vector file: one vector object, or an array of them.
    ///
    /// Every problem is collected (invalid JSON, unknown or missing members, wrong types, policies that
    /// do not parse, principals that are not principals, duplicate names) and reported together, each
    /// with its JSON path and line and column, so one run shows everything to fix.
    ///
    /// - Parameters:
    ///   - bytes: the file's UTF-8 contents.
    ///   - file: the name to report in errors, such as `cross-account.json`.
    /// - Throws: ``IAMError`` listing every problem (code `invalid-vector`, or `invalid-json`).
    public static func decode(_ bytes: some Collection<UInt8>, file: String) throws(IAMError)
        -> [IAMTestVector]
    {
        let contents = decodeEach(bytes, file: file)
        if let error = contents.error { throw error }
        return contents.vectors
    }

    /// Decodes vector JSON text (one object or an array of them).
    ///
    /// - Throws: ``IAMError`` listing every problem (code `invalid-vector`, or `invalid-json`).
    public static func decode(_ text: String, file: String) throws(IAMError) -> [IAMTestVector] {
        try decode(Array(text.utf8), file: file)
    }

    /// Decodes vectors from an already parsed JSON value (one object or an array of them).
    ///
    /// - Throws: ``IAMError`` listing every problem (code `invalid-vector`, or `invalid-json`).
    package static func decode(_ json: LocatedJSON, file: String) throws(IAMError) -> [IAMTestVector] {
        let contents = decodeEach(json, file: file)
        if let error = contents.error { throw error }
        return contents.vectors
    }

    /// Decodes every vector of a file that can be read, and the problems of those that cannot: one
    /// broken vector does not void the others.
    ///
    /// A file that is not JSON, or not a vector or an array of them, yields no vectors and its problem.
    public static func decodeEach(_ bytes: some Collection<UInt8>, file: String) -> IAMTestVectorFile {
        do {
            return decodeEach(try JSONParser.parse(bytes), file: file)
        } catch {
            let diagnostic = Diagnostic(
                .error,
                .invalidJSON,
                file: file,
                position: error.location,
                message: "not valid JSON: \(error.message)"
            )
            return IAMTestVectorFile(vectors: [], error: IAMError(diagnostics: [diagnostic]))
        }
    }

    /// Decodes every readable vector of already parsed JSON, and the problems of the others.
    package static func decodeEach(_ json: LocatedJSON, file: String) -> IAMTestVectorFile {
        var decoder = VectorDecoder(file: file)
        let vectors = decoder.decodeFile(json)
        guard !decoder.problems.isEmpty else { return IAMTestVectorFile(vectors: vectors, error: nil) }
        return IAMTestVectorFile(vectors: vectors, error: IAMError(diagnostics: decoder.problems.sortedByPosition()))
    }
}

/// What `IAMTestVector.decodeEach(_:file:)` read from a vector file: the vectors that could
/// be read, and the problems of those that could not.
public struct IAMTestVectorFile: Sendable {
    /// Every vector that could be read, in file order.
    public var vectors: [IAMTestVector]
    /// Every problem, each with its JSON path (such as `[3].request.principal`); `nil` when the whole
    /// file was read.
    public var error: IAMError?

    /// Creates the contents of a file.
    public init(vectors: [IAMTestVector], error: IAMError?) {
        self.vectors = vectors
        self.error = error
    }
}
