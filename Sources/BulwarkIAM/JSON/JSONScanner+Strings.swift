extension JSONScanner {
    /// Reads a string starting at its opening quote; decodes escapes and validates UTF-8.
    mutating func readString() throws(JSONParseError) -> String {
        position += 1
        let start = position
        // Fast path: plain ASCII without escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            position += 1
        }
        var decoded = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &decoded)
            case 0:
                throw JSONParseError(.nulByte, at: here, "NUL byte (0x00) inside a string; write it as \\u0000")
            case 0x01..<0x20:
                throw JSONParseError(
                    .controlCharacter,
                    at: here,
                    "control character 0x\(Self.hex(byte)) inside a string; escape it (\\n, \\t, \\u00XX)"
                )
            case 0x80...:
                guard let length = validUTF8Length(at: position) else {
                    throw JSONParseError(
                        .invalidUTF8,
                        at: here,
                        "invalid UTF-8 byte 0x\(Self.hex(byte)) inside a string; save the file as UTF-8"
                    )
                }
                decoded.append(contentsOf: bytes[position..<position + length])
                position += length
            default:
                decoded.append(byte)
                position += 1
            }
        }
        throw endError("the closing '\"' of a string")
    }

    /// Reads one backslash escape and appends its UTF-8 encoding.
    private mutating func readEscape(into decoded: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = here
        position += 1
        guard position < bytes.count else { throw endError("an escape character after '\\'") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else {
                    throw JSONParseError(
                        .invalidEscape,
                        at: escapeStart,
                        "unpaired UTF-16 high surrogate in \\u escape; follow it with a low surrogate \\uDC00–\\uDFFF"
                    )
                }
                position += 2
                let low = try readHex4(escapeStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONParseError(
                        .invalidEscape,
                        at: escapeStart,
                        "a high surrogate must be followed by a low surrogate"
                    )
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw JSONParseError(.invalidEscape, at: escapeStart, "unpaired UTF-16 low surrogate in \\u escape")
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw JSONParseError(.invalidEscape, at: escapeStart, "\\u escape is not a Unicode scalar")
            }
            decoded.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
        default:
            position -= 1
            throw unexpected(
                "after '\\' (valid escapes: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                code: .invalidEscape
            )
        }
    }

    private mutating func readHex4(_ escapeStart: TextPosition) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw endError("four hex digits after \\u") }
            let byte = bytes[position]
            guard let digit = ASCII.hexValue(byte) else {
                throw unexpected("in a \\u escape (four hex digits expected)", code: .invalidEscape)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// The length of the valid UTF-8 sequence starting at `offset`, or `nil` if it is invalid
    /// (overlong forms, surrogates and values above U+10FFFF are invalid, per RFC 3629).
    func validUTF8Length(at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        let second = bytes[offset + 1]
        guard second >= low && second <= high else { return nil }
        for index in 2..<length where bytes[offset + index] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// Reads a number per RFC 8259 and returns its source text.
    mutating func readNumber() throws(JSONParseError) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw endError("a digit after '-'") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                throw JSONParseError(.invalidNumber, at: here, "numbers cannot have leading zeros")
            }
        } else if isDigit(bytes[position]) {
            skipDigits()
        } else {
            throw unexpected("in a number (a digit was expected)", code: .invalidNumber)
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                if position >= bytes.count { throw endError("a digit after '.'") }
                throw unexpected("after '.' in a number (a digit was expected)", code: .invalidNumber)
            }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                if position >= bytes.count { throw endError("a digit in the exponent") }
                throw unexpected("in a number's exponent (a digit was expected)", code: .invalidNumber)
            }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
}
