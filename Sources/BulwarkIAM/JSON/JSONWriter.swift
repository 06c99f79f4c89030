/// Writes JSON text: compact or pretty-printed (4-space indent), keys in the order given.
///
/// Used for canonical policy encoding and for the CLI's JSON output, so both escape strings the same way.
package enum JSONWriter {
    /// The JSON text of `value`.
    ///
    /// - Parameters:
    ///   - value: the JSON value to write.
    ///   - pretty: indent nested values by four spaces, one member or element per line.
    package static func string(_ value: JSONValue, pretty: Bool = false) -> String {
        var output = ""
        write(value, pretty: pretty, indent: 0, into: &output)
        return output
    }

    /// `text` as a JSON string literal, with quotes and escapes.
    package static func quoted(_ text: String) -> String {
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
        guard text.utf8.contains(where: needsEscaping) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            if let escape = escape(scalar) {
                output += escape
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// The number of Unicode scalars in the compact JSON text of `value`, without building the text.
    package static func compactLength(of value: JSONValue) -> Int {
        switch value {
        case .null: 4
        case .bool(let bool): bool ? 4 : 5
        case .number(let text): text.utf8.count
        case .string(let text): quotedLength(text)
        case .array(let elements):
            2 + max(elements.count - 1, 0) + elements.reduce(0) { $0 + compactLength(of: $1.value) }
        case .object(let members):
            2 + max(members.count - 1, 0)
                + members.reduce(0) { $0 + quotedLength($1.key) + 1 + compactLength(of: $1.value.value) }
        }
    }

    private static func quotedLength(_ text: String) -> Int {
        guard text.utf8.contains(where: needsEscaping) else { return text.unicodeScalars.count + 2 }
        return text.unicodeScalars.reduce(2) { $0 + (escape($1)?.unicodeScalars.count ?? 1) }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    /// The escape sequence for `scalar`, or `nil` when it is written as itself.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\u{08}": "\\b"
        case "\u{0C}": "\\f"
        case "\u{00}"..."\u{1F}", "\u{7F}": "\\u00" + JSONScanner.hex(UInt8(scalar.value))
        default: nil
        }
    }
}
