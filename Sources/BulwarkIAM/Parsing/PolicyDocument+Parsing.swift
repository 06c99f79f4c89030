extension PolicyDocument {
    /// Parses and validates policy JSON text, reporting every problem.
    ///
    /// Never throws and never traps: invalid JSON, wrong types and grammar errors all become
    /// diagnostics with a JSON path, a line and column, and a sentence on how to fix them.
    ///
    /// ```swift
    /// let parsed = PolicyDocument.parse(text, kind: .identity)
    /// for diagnostic in parsed.diagnostics { print(diagnostic) }
    /// ```
    ///
    /// Pass `checkingQuotas: false` for a policy that AWS has already stored (read from an account
    /// or a snapshot): the size and character-set quotas apply when a policy is written, and AWS
    /// managed policies exceed the customer quotas.
    ///
    /// Pass `strictness: .evaluation` to evaluate a policy that AWS or a peer evaluator evaluates even
    /// though the authoring rules reject it; see ``PolicyStrictness`` for each relaxed rule.
    public static func parse(
        _ text: String,
        kind: PolicyKind = .identity,
        checkingQuotas: Bool = true,
        strictness: PolicyStrictness = .authoring
    ) -> ParsedPolicy {
        parse(
            parsingJSON: { () throws(JSONParseError) in try JSONParser.parse(text) },
            kind: kind,
            sourceLength: kind.countsWhiteSpace ? text.unicodeScalars.count : nil,
            checkingQuotas: checkingQuotas,
            strictness: strictness
        )
    }

    /// Parses and validates policy JSON from UTF-8 bytes (`Data`, `[UInt8]`, …).
    ///
    /// `checkingQuotas`, `strictness`: as for the `String` overload of `parse(_:kind:checkingQuotas:strictness:)`.
    public static func parse(
        _ bytes: some Collection<UInt8>,
        kind: PolicyKind = .identity,
        checkingQuotas: Bool = true,
        strictness: PolicyStrictness = .authoring
    ) -> ParsedPolicy {
        parse(
            parsingJSON: { () throws(JSONParseError) in try JSONParser.parse(bytes) },
            kind: kind,
            sourceLength: kind.countsWhiteSpace ? bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } : nil,
            checkingQuotas: checkingQuotas,
            strictness: strictness
        )
    }

    /// Validates a policy that is part of a larger JSON document (a vector file, an AWS CLI response).
    ///
    /// Paths in the diagnostics are relative to `json`; locations are those of the larger document.
    /// `checkingQuotas`, `strictness`: as for the `String` overload of `parse(_:kind:checkingQuotas:strictness:)`.
    public static func parse(
        _ json: LocatedJSON,
        kind: PolicyKind = .identity,
        checkingQuotas: Bool = true,
        strictness: PolicyStrictness = .authoring
    ) -> ParsedPolicy {
        parse(json, kind: kind, sourceLength: nil, checkingQuotas: checkingQuotas, strictness: strictness)
    }

    /// `sourceLength`: the characters of the source text, for kinds whose size limit counts white space.
    private static func parse(
        _ json: LocatedJSON,
        kind: PolicyKind,
        sourceLength: Int?,
        checkingQuotas: Bool,
        strictness: PolicyStrictness
    ) -> ParsedPolicy {
        var decoder = PolicyDecoder(kind: kind)
        decoder.strictness = strictness
        decoder.sourceLength = sourceLength
        decoder.checksQuotas = checkingQuotas
        let document = decoder.decodeDocument(json)
        let diagnostics = decoder.diagnostics.sortedByPosition()
        return ParsedPolicy(
            document: diagnostics.containsErrors ? nil : document,
            diagnostics: diagnostics,
            kind: kind,
            json: json
        )
    }

    /// Parses policy JSON, throwing when it has any error.
    ///
    /// - Throws: ``IAMError`` listing every diagnostic.
    public init(json text: String, kind: PolicyKind = .identity) throws(IAMError) {
        let parsed = Self.parse(text, kind: kind)
        guard let document = parsed.document else { throw IAMError(diagnostics: parsed.diagnostics) }
        self = document
    }

    private static func parse(
        parsingJSON: () throws(JSONParseError) -> LocatedJSON,
        kind: PolicyKind,
        sourceLength: Int?,
        checkingQuotas: Bool,
        strictness: PolicyStrictness
    ) -> ParsedPolicy {
        do {
            return parse(
                try parsingJSON(),
                kind: kind,
                sourceLength: sourceLength,
                checkingQuotas: checkingQuotas,
                strictness: strictness
            )
        } catch {
            let diagnostic = Diagnostic(
                .error,
                .invalidJSON,
                path: .root,
                position: error.location,
                message: "not valid JSON: \(error.message)"
            )
            return ParsedPolicy(document: nil, diagnostics: [diagnostic], kind: kind, json: nil)
        }
    }
}
