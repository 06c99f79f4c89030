/// Whether a literal condition value can ever match its operator's type.
///
/// Syntax only; matching belongs to the evaluator. Values containing `${…}` are not checked.
enum ConditionValueSyntax {
    /// A sentence on why `value` cannot match operators of `family`, or `nil`.
    static func problem(with value: ConditionValue, for family: OperatorFamily) -> String? {
        let text = value.text
        if PolicyVariableSyntax.containsVariable(text) { return nil }
        switch family {
        case .numeric:
            if Double(text) == nil { return "'\(text)' is not a number, so this Numeric condition never matches" }
        case .boolean, .null:
            if text.lowercased() != "true" && text.lowercased() != "false" {
                return "'\(text)' is not true or false, so this \(family.rawValue) condition never matches"
            }
        case .date:
            if !isDate(text) {
                return "'\(text)' is not a date (ISO 8601 such as 2025-01-31T00:00:00Z, or epoch seconds)"
            }
        case .ipAddress:
            if !isIPAddressOrCIDR(text) {
                return "'\(text)' is not an IP address or CIDR block such as 203.0.113.0/24"
            }
        case .arn:
            if text != "*" && !text.hasPrefix("arn:") {
                return "'\(text)' is not an ARN; Arn operators compare ARNs such as arn:aws:iam::111122223333:role/name"
            }
        case .string, .binary:
            break
        }
        return nil
    }

    private static func isDate(_ text: String) -> Bool {
        if Double(text) != nil { return true }
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return false }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { bytes[$0] >= 48 && bytes[$0] <= 57 } }
        return digits(0..<4) && bytes[4] == UInt8(ascii: "-") && digits(5..<7) && bytes[7] == UInt8(ascii: "-")
            && digits(8..<10)
    }

    private static func isIPAddressOrCIDR(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = parts.first else { return false }
        let isIPv6 = address.utf8.contains(UInt8(ascii: ":"))
        if parts.count == 2 {
            guard let prefix = Int(parts[1]), prefix >= 0, prefix <= (isIPv6 ? 128 : 32) else { return false }
        }
        if isIPv6 {
            return !address.isEmpty && address.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let octets = address.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in Int(octet).map { (0...255).contains($0) } == true && octet.count <= 3 }
    }
}
