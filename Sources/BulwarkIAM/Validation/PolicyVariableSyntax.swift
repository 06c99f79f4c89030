/// The grammar of `${…}` policy variables: syntax checks on the pieces ``PolicyTemplate`` reads.
///
/// Well-formed: `${aws:username}`, `${aws:PrincipalTag/team}`, `${aws:PrincipalTag/team, 'none'}`
/// (a default in single quotes), and the escapes `${*}`, `${?}`, `${$}`. A `$` not followed by `{`
/// is plain text.
enum PolicyVariableSyntax {
    /// A sentence describing the first malformed variable in `text`, or `nil` when all are well-formed.
    static func firstProblem(in text: String) -> String? {
        guard PolicyTemplate.containsVariable(text) else { return nil }
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index + 2
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else {
                return "'\(text)' has '${' without a closing '}'; write ${aws:username}, or ${$} for a literal '$'"
            }
            let body = String(decoding: bytes[start..<close], as: UTF8.self)
            if let problem = problem(inBody: body) { return "'${\(body)}' in '\(text)' \(problem)" }
            index = close + 1
        }
        return nil
    }

    /// Why a variable body is malformed, or `nil`; reads the body with the evaluator's own split.
    private static func problem(inBody body: String) -> String? {
        if PolicyTemplate.isEscape(body) { return nil }
        if body.isEmpty { return "is empty; name a key such as ${aws:username}" }
        if PolicyTemplate.containsVariable(body) {
            return "nests a variable inside a variable, which IAM does not support"
        }
        let (name, fallback) = PolicyTemplate.split(variable: Substring(body))
        if let fallback {
            guard fallback.count >= 2, fallback.first == "'", fallback.last == "'",
                !fallback.dropFirst().dropLast().utf8.contains(UInt8(ascii: "'"))
            else {
                return "has a malformed default; write the default in single quotes: ${aws:PrincipalTag/team, 'none'}"
            }
        }
        guard ConditionKeyFacts.isWellFormed(name) else {
            return "is not a condition key; variables name keys such as aws:username or aws:PrincipalTag/team"
        }
        let forbidden: Set<Character> = ["'", "{", "$", "\"", "*", "?"]
        if name.contains(where: { forbidden.contains($0) }) {
            return "has a character not allowed in a key name; variables name keys such as aws:username"
        }
        return nil
    }
}
