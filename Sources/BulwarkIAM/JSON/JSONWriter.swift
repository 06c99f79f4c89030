/// Writes JSON text: compact or pretty-printed (4-space indent), keys in the order given.
///
/// Used for canonical policy encoding and for the CLI's JSON output, so both escape strings the same way.
public enum JSONWriter {
    /// The JSON text of `value`.
    ///
    /// - Parameter pretty: indent nested values by four spaces, one member or element per line.
    public static func string(_ value: JSONValue, pretty: Bool = false) -> String {
        var output = ""
        write(value, pretty: pretty, indent: 0, into: &output)
        return output
    }

    /// `text` as a JSON string literal, with quotes and escapes.
    public static func quoted(_ text: String) -> String {
        var output = ""
        appendQuoted(text, to: &output)
        return output
    }

    private static func write(_ value: JSONValue, pretty: Bool, indent: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let bool): output += bool ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): appendQuoted(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                newline(pretty, indent + 1, &output)
                write(element.value, pretty: pretty, indent: indent + 1, into: &output)
            }
            newline(pretty, indent, &output)
            output += "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                newline(pretty, indent + 1, &output)
                appendQuoted(member.key, to: &output)
                output += pretty ? ": " : ":"
                write(member.value.value, pretty: pretty, indent: indent + 1, into: &output)
            }
            newline(pretty, indent, &output)
            output += "}"
        }
    }

    private static func newline(_ pretty: Bool, _ indent: Int, _ output: inout String) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: " ", count: indent * 4)
    }

    private static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        let needsEscaping = text.utf8.contains {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x7F
        }
        guard needsEscaping else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                output += "\\u00" + JSONScanner.hex(UInt8(scalar.value))
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
