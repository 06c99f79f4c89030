/// Whether a literal condition value can ever match its operator's type.
///
/// Asks the evaluator's own parsers (``ConditionLiteral/accepts(_:for:)``), so a value passes here
/// exactly when the evaluator can compile it. Values containing `${…}` are not checked.
enum ConditionValueSyntax {
    /// A sentence on why `value` cannot match operators of `family`, or `nil`.
    static func problem(with value: ConditionValue, for family: OperatorFamily) -> String? {
        let text = value.text
        if PolicyTemplate.containsVariable(text) { return nil }
        if !ConditionLiteral.accepts(text, for: family) {
            switch family {
            case .numeric: return "'\(text)' is not a number, so this Numeric condition never matches"
            case .boolean, .null:
                return "'\(text)' is not true or false, so this \(family.rawValue) condition never matches"
            case .date: return "'\(text)' is not a date (ISO 8601 such as 2025-01-31T00:00:00Z, or epoch seconds)"
            case .ipAddress: return "'\(text)' is not an IP address or CIDR block such as 203.0.113.0/24"
            case .binary: return "'\(text)' is not base64, so this BinaryEquals condition never matches"
            case .string, .arn: break
            }
        }
        // ARN values always compile; one that is not an ARN can only be a mistake.
        if family == .arn, text != "*", !text.hasPrefix("arn:") {
            return "'\(text)' is not an ARN; Arn operators compare ARNs such as arn:aws:iam::111122223333:role/name"
        }
        return nil
    }
}
