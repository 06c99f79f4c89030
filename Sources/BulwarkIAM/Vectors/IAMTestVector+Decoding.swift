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
        let json: LocatedJSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            let diagnostic = Diagnostic(
                .error,
                .invalidJSON,
                file: file,
                position: error.location,
                message: "not valid JSON: \(error.message)"
            )
            throw IAMError(diagnostics: [diagnostic])
        }
        return try decode(json, file: file)
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
    public static func decode(_ json: LocatedJSON, file: String) throws(IAMError) -> [IAMTestVector] {
        var decoder = VectorDecoder(file: file)
        let vectors = decoder.decodeFile(json)
        guard decoder.problems.isEmpty else {
            throw IAMError(diagnostics: decoder.problems.sortedByPosition())
        }
        return vectors
    }
}
