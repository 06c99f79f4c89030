/// Why JSON text could not be parsed, and where.
package struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable error code (open set: codes may be added).
    package struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's text, such as `invalid-utf8`.
        package var rawValue: String
        /// Creates a code from its text.
        package init(rawValue: String) { self.rawValue = rawValue }

        /// The input holds no JSON value (empty or only whitespace).
        package static let emptyInput = Code(rawValue: "empty-input")
        /// The input ended in the middle of a value.
        package static let unexpectedEnd = Code(rawValue: "unexpected-end")
        /// A character that cannot start or continue a value here.
        package static let unexpectedCharacter = Code(rawValue: "unexpected-character")
        /// Bytes that are not valid UTF-8.
        package static let invalidUTF8 = Code(rawValue: "invalid-utf8")
        /// A raw NUL byte (U+0000) in the text.
        package static let nulByte = Code(rawValue: "nul-byte")
        /// A raw control character inside a string (must be escaped).
        package static let controlCharacter = Code(rawValue: "control-character")
        /// A bad backslash escape or an unpaired UTF-16 surrogate.
        package static let invalidEscape = Code(rawValue: "invalid-escape")
        /// A number that does not follow RFC 8259 syntax (`01`, `1.`, `+1`, `.5`).
        package static let invalidNumber = Code(rawValue: "invalid-number")
        /// Arrays and objects nested deeper than the parser's limit.
        package static let tooDeep = Code(rawValue: "too-deep")
        /// Text after the one top-level value.
        package static let trailingContent = Code(rawValue: "trailing-content")

        /// The code's text.
        package var description: String { rawValue }
    }

    /// What went wrong.
    package var code: Code
    /// Where it went wrong.
    package var location: TextPosition
    /// A sentence saying what was found and what was expected.
    package var message: String

    /// Creates an error.
    package init(_ code: Code, at location: TextPosition, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    /// `LINE:COLUMN: message`.
    package var description: String { "\(location): \(message)" }
}
