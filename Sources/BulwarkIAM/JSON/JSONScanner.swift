/// The parser's state over one buffer: position, line tracking and the stack of open containers.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    var position = 0
    var line = 1
    var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// One array or object being filled.
    private struct OpenContainer {
        var isObject: Bool
        var location: TextPosition
        var elements: [LocatedJSON] = []
        var members: [JSONMember] = []
        var pendingKey = ""
        var pendingKeyLocation = TextPosition.start
    }

    var here: TextPosition { TextPosition(line: line, column: position - lineStart + 1, offset: position) }

    func location(at offset: Int) -> TextPosition {
        TextPosition(line: line, column: offset - lineStart + 1, offset: offset)
    }

    var atEnd: Bool { position >= bytes.count }

    func byte(at offset: Int) -> UInt8 { bytes[offset] }

    mutating func parseDocument() throws(JSONParseError) -> LocatedJSON {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhitespace()
        if atEnd {
            throw JSONParseError(.emptyInput, at: here, "the input is empty: expected a JSON value such as {…}")
        }
        let value = try parseValue()
        skipWhitespace()
        if !atEnd {
            throw unexpected("after the end of the top-level value", code: .trailingContent)
        }
        return value
    }

    private mutating func parseValue() throws(JSONParseError) -> LocatedJSON {
        var stack: [OpenContainer] = []
        while true {
            // Expecting a value.
            skipWhitespace()
            guard !atEnd else { throw endError("a value") }
            let start = here
            var completed: LocatedJSON
            switch bytes[position] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maximumDepth else {
                    throw JSONParseError(
                        .tooDeep,
                        at: start,
                        "arrays and objects are nested more than \(maximumDepth) levels deep; flatten the document"
                    )
                }
                let isObject = bytes[position] == UInt8(ascii: "{")
                position += 1
                var container = OpenContainer(isObject: isObject, location: start)
                skipWhitespace()
                let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if !atEnd && bytes[position] == close {
                    position += 1
                    completed = LocatedJSON(isObject ? .object([]) : .array([]), at: start)
                } else {
                    if isObject { try readKey(into: &container) }
                    stack.append(container)
                    continue
                }
            case UInt8(ascii: "\""):
                completed = LocatedJSON(.string(try readString()), at: start)
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                completed = LocatedJSON(.bool(true), at: start)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                completed = LocatedJSON(.bool(false), at: start)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                completed = LocatedJSON(.null, at: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                completed = LocatedJSON(.number(try readNumber()), at: start)
            default:
                throw unexpected("where a value was expected")
            }
            // Attach the completed value to its container; close containers as they end.
            while true {
                guard var top = stack.popLast() else { return completed }
                if top.isObject {
                    top.members.append(
                        JSONMember(key: top.pendingKey, keyLocation: top.pendingKeyLocation, value: completed)
                    )
                } else {
                    top.elements.append(completed)
                }
                skipWhitespace()
                guard !atEnd else { throw endError(top.isObject ? "',' or '}'" : "',' or ']'") }
                let next = bytes[position]
                if next == UInt8(ascii: ",") {
                    position += 1
                    if top.isObject { try readKey(into: &top) }
                    stack.append(top)
                    break
                }
                if top.isObject && next == UInt8(ascii: "}") {
                    position += 1
                    completed = LocatedJSON(.object(top.members), at: top.location)
                } else if !top.isObject && next == UInt8(ascii: "]") {
                    position += 1
                    completed = LocatedJSON(.array(top.elements), at: top.location)
                } else {
                    let expected = top.isObject ? "',' or '}' after an object member" : "',' or ']' after an element"
                    throw unexpected("where \(expected) was expected")
                }
            }
        }
    }

    /// Reads `"key" :` into the container's pending key.
    private mutating func readKey(into container: inout OpenContainer) throws(JSONParseError) {
        skipWhitespace()
        guard !atEnd else { throw endError("an object key") }
        guard bytes[position] == UInt8(ascii: "\"") else {
            throw unexpected("where an object key in double quotes was expected")
        }
        container.pendingKeyLocation = here
        container.pendingKey = try readString()
        skipWhitespace()
        guard !atEnd else { throw endError("':'") }
        guard bytes[position] == UInt8(ascii: ":") else {
            throw unexpected("where ':' after an object key was expected")
        }
        position += 1
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                position += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // LF, CRLF and a lone CR (classic Mac OS text) each end one line, as editors count them.
                if bytes[position] == UInt8(ascii: "\r"), position + 1 < bytes.count,
                    bytes[position + 1] == UInt8(ascii: "\n")
                {
                    position += 1
                }
                position += 1
                line += 1
                lineStart = position
            default:
                return
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        var index = 0
        let text = literal.utf8Start
        while index < literal.utf8CodeUnitCount {
            guard position < bytes.count else { throw endError("'\(literal)'") }
            guard bytes[position] == text[index] else {
                throw unexpected("in the literal '\(literal)' (JSON literals are lowercase true, false, null)")
            }
            position += 1
            index += 1
        }
    }

    func endError(_ expected: String) -> JSONParseError {
        JSONParseError(.unexpectedEnd, at: here, "the input ends where \(expected) was expected; is it truncated?")
    }

    /// An error for the byte at the current position, describing it (NUL and invalid UTF-8 get their own codes).
    func unexpected(_ context: String, code: JSONParseError.Code = .unexpectedCharacter) -> JSONParseError {
        let byte = bytes[position]
        if byte == 0 {
            return JSONParseError(.nulByte, at: here, "NUL byte (0x00) \(context); JSON text cannot contain NUL")
        }
        if byte >= 0x80 {
            if validUTF8Length(at: position) == nil {
                return JSONParseError(
                    .invalidUTF8,
                    at: here,
                    "invalid UTF-8 byte 0x\(Self.hex(byte)) \(context); save the file as UTF-8"
                )
            }
            return JSONParseError(code, at: here, "unexpected non-ASCII character \(context)")
        }
        if byte < 0x20 || byte == 0x7F {
            return JSONParseError(code, at: here, "unexpected control character 0x\(Self.hex(byte)) \(context)")
        }
        return JSONParseError(code, at: here, "unexpected '\(Character(Unicode.Scalar(byte)))' \(context)")
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
