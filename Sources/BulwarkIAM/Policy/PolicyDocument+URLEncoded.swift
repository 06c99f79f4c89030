extension PolicyDocument {
    /// Decodes a URL-encoded policy, as the IAM API returns policy documents
    /// (`GetPolicyVersion`, `GetRolePolicy`, `GetAccountAuthorizationDetails`).
    ///
    /// `%XX` escapes are decoded (RFC 3986); `+` stays a plus sign. Text that is already plain JSON
    /// decodes too, since it has no `%` escapes that change it.
    ///
    /// - Throws: ``IAMError`` for a malformed escape, text that is not UTF-8 after decoding, or an invalid policy.
    public init(urlEncoded text: String, kind: PolicyKind = .identity) throws(IAMError) {
        let bytes = try Self.percentDecoded(text)
        let parsed = Self.parse(bytes, kind: kind)
        guard let document = parsed.document else { throw IAMError(diagnostics: parsed.diagnostics) }
        self = document
    }

    /// Parses and validates a URL-encoded policy, reporting every problem.
    ///
    /// `checkingQuotas`, `strictness`: as for the `String` overload of `parse(_:kind:checkingQuotas:strictness:)`.
    public static func parse(
        urlEncoded text: String,
        kind: PolicyKind = .identity,
        checkingQuotas: Bool = true,
        strictness: PolicyStrictness = .authoring
    ) -> ParsedPolicy {
        do {
            return parse(try percentDecoded(text), kind: kind, checkingQuotas: checkingQuotas, strictness: strictness)
        } catch {
            return ParsedPolicy(document: nil, diagnostics: error.diagnostics, kind: kind, json: nil)
        }
    }

    /// The bytes of `text` with `%XX` escapes decoded.
    static func percentDecoded(_ text: String) throws(IAMError) -> [UInt8] {
        var output: [UInt8] = []
        let input = Array(text.utf8)
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            guard byte == UInt8(ascii: "%") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 2 < input.count, let high = ASCII.hexValue(input[index + 1]),
                let low = ASCII.hexValue(input[index + 2])
            else {
                let diagnostic = Diagnostic(
                    .error,
                    .invalidJSON,
                    path: .root,
                    message: "malformed URL escape at character \(index + 1): '%' must be followed by two hex digits"
                )
                throw IAMError(diagnostics: [diagnostic])
            }
            output.append(high << 4 | low)
            index += 3
        }
        return output
    }
}
