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
    /// - Throws: ``IAMTestVectorError`` listing every problem.
    public static func decode(_ bytes: some Collection<UInt8>, file: String) throws(IAMTestVectorError)
        -> [IAMTestVector]
    {
        let json: LocatedJSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            let problem = IAMTestVectorError.Problem(
                path: .root,
                location: error.location,
                message: "not valid JSON: \(error.message)"
            )
            throw IAMTestVectorError(file: file, problems: [problem])
        }
        return try decode(json, file: file)
    }

    /// Decodes vector JSON text (one object or an array of them).
    ///
    /// - Throws: ``IAMTestVectorError`` listing every problem.
    public static func decode(_ text: String, file: String) throws(IAMTestVectorError) -> [IAMTestVector] {
        try decode(Array(text.utf8), file: file)
    }

    /// Decodes vectors from an already parsed JSON value (one object or an array of them).
    ///
    /// - Throws: ``IAMTestVectorError`` listing every problem.
    public static func decode(_ json: LocatedJSON, file: String) throws(IAMTestVectorError) -> [IAMTestVector] {
        var decoder = VectorDecoder(file: file)
        let vectors = decoder.decodeFile(json)
        guard decoder.problems.isEmpty else {
            let sorted = decoder.problems.enumerated()
                .sorted { lhs, rhs in
                    let left = lhs.element.location?.offset ?? -1
                    let right = rhs.element.location?.offset ?? -1
                    return left != right ? left < right : lhs.offset < rhs.offset
                }
            throw IAMTestVectorError(file: file, problems: sorted.map(\.element))
        }
        return vectors
    }
}
