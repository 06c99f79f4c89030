/// Why JSON text could not be parsed, and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable error code (open set: codes may be added).
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's text, such as `invalid-utf8`.
        public var rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The input holds no JSON value (empty or only whitespace).
        public static let emptyInput = Code(rawValue: "empty-input")
        /// The input ended in the middle of a value.
        public static let unexpectedEnd = Code(rawValue: "unexpected-end")
        /// A character that cannot start or continue a value here.
        public static let unexpectedCharacter = Code(rawValue: "unexpected-character")
        /// Bytes that are not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalid-utf8")
        /// A raw NUL byte (U+0000) in the text.
        public static let nulByte = Code(rawValue: "nul-byte")
        /// A raw control character inside a string (must be escaped).
        public static let controlCharacter = Code(rawValue: "control-character")
        /// A bad backslash escape or an unpaired UTF-16 surrogate.
        public static let invalidEscape = Code(rawValue: "invalid-escape")
        /// A number that does not follow RFC 8259 syntax (`01`, `1.`, `+1`, `.5`).
        public static let invalidNumber = Code(rawValue: "invalid-number")
        /// Arrays and objects nested deeper than the parser's limit.
        public static let tooDeep = Code(rawValue: "too-deep")
        /// Text after the one top-level value.
        public static let trailingContent = Code(rawValue: "trailing-content")

        /// The code's text.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// Where it went wrong.
    public var location: TextPosition
    /// A sentence saying what was found and what was expected.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, at location: TextPosition, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    /// `LINE:COLUMN: message`.
    public var description: String { "\(location): \(message)" }
}
