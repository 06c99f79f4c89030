/// How condition values are read for each operator family — the one place for it.
///
/// The evaluator compiles policy values and reads request values with these parsers, and the policy
/// validator asks ``accepts(_:for:)``, so "the policy validates" and "the evaluator can compile this
/// value" cannot disagree. Dates are ``ISO8601``, networks ``IPNetwork``, binaries ``Base64``.
package enum ConditionLiteral {
    /// A decimal number: optional sign, digits with an optional fraction (`1`, `-0`, `1.`, `.5`),
    /// an optional exponent (`2e3`); `nil` for anything else (`0x10`, `inf`, `nan`, spaces) or for a
    /// value beyond ±1.8e308 (`1e999`), which has no finite `Double`.
    ///
    /// IAM documents numeric operators as comparing integers and decimals ("Numeric condition
    /// operators"); hexadecimal and special values are not numbers there. Linear in the text.
    package static func number(_ text: String) -> Double? {
        guard isDecimal(text.utf8), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `true`/`false` in any case (`Bool` and `Null` operators).
    package static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// Whether the evaluator can compile `text` as a value of `family`'s operators.
    ///
    /// String and ARN values always compile (an ARN value that is not an ARN simply never matches);
    /// the validator lints those separately.
    package static func accepts(_ text: String, for family: OperatorFamily) -> Bool {
        switch family {
        case .string, .arn: true
        case .numeric: number(text) != nil
        case .date: ISO8601.parse(text) != nil
        case .boolean, .null: boolean(text) != nil
        case .binary: Base64.decode(text) != nil
        case .ipAddress: IPNetwork(text) != nil
        }
    }

    /// `[+-]? (digits ('.' digits?)? | '.' digits) ([eE] [+-]? digits)?`, checked in one pass.
    private static func isDecimal(_ bytes: String.UTF8View) -> Bool {
        var i = bytes.startIndex
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        func skipDigits() -> Int {
            var count = 0
            while i != bytes.endIndex, isDigit(bytes[i]) {
                count += 1
                bytes.formIndex(after: &i)
            }
            return count
        }
        if i != bytes.endIndex, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            bytes.formIndex(after: &i)
        }
        var mantissa = skipDigits()
        if i != bytes.endIndex, bytes[i] == UInt8(ascii: ".") {
            bytes.formIndex(after: &i)
            mantissa += skipDigits()
        }
        guard mantissa > 0 else { return false }
        if i != bytes.endIndex, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            bytes.formIndex(after: &i)
            if i != bytes.endIndex, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                bytes.formIndex(after: &i)
            }
            guard skipDigits() > 0 else { return false }
        }
        return i == bytes.endIndex
    }
}
