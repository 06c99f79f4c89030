import BulwarkIAM
import Testing

@Suite struct JSONParserTests {
    /// RFC 8259 values parse to the expected tree (numbers keep their source text).
    @Test(arguments: [
        ("null", JSONValue.null),
        ("true", .bool(true)),
        (" false ", .bool(false)),
        ("0", .number("0")),
        ("-12.5e+3", .number("-12.5e+3")),
        ("1e999", .number("1e999")),
        (#""a\"b\\c\/d\b\f\n\r\t""#, .string("a\"b\\c/d\u{08}\u{0C}\n\r\t")),
        (#""\u00e9\u65e5\ud83d\ude00""#, .string("é日😀")),
        ("\"é日😀\"", .string("é日😀")),
        ("[]", .array([])),
        ("{}", .object([])),
        ("\u{FEFF}[]", .array([])),
    ])
    func parsesValues(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text).value == expected)
    }

    /// Strict RFC 8259: every malformed input is an error with a code and a location (line:column).
    @Test(arguments: [
        ("", "empty-input", 1, 1),
        ("   \n  ", "empty-input", 2, 3),
        ("{", "unexpected-end", 1, 2),
        ("[1,]", "unexpected-character", 1, 4),
        ("{\"a\":1,}", "unexpected-character", 1, 8),
        ("{\"a\" 1}", "unexpected-character", 1, 6),
        ("{a:1}", "unexpected-character", 1, 2),
        ("[1 2]", "unexpected-character", 1, 4),
        ("'a'", "unexpected-character", 1, 1),
        ("tru", "unexpected-end", 1, 4),
        ("True", "unexpected-character", 1, 1),
        ("nul", "unexpected-end", 1, 4),
        ("01", "invalid-number", 1, 2),
        ("-", "unexpected-end", 1, 2),
        ("1.", "unexpected-end", 1, 3),
        ("1.e5", "invalid-number", 1, 3),
        ("+1", "unexpected-character", 1, 1),
        (".5", "unexpected-character", 1, 1),
        ("1e", "unexpected-end", 1, 3),
        ("NaN", "unexpected-character", 1, 1),
        ("\"abc", "unexpected-end", 1, 5),
        ("\"a\nb\"", "control-character", 1, 3),
        ("\"\\x\"", "invalid-escape", 1, 3),
        ("\"\\u12\"", "invalid-escape", 1, 6),
        ("\"\\ud800\"", "invalid-escape", 1, 2),
        ("\"\\udc00\"", "invalid-escape", 1, 2),
        ("\"\\ud800\\u0041\"", "invalid-escape", 1, 2),
        ("{} {}", "trailing-content", 1, 4),
        ("[]\n\nx", "trailing-content", 3, 1),
        ("// c\n{}", "unexpected-character", 1, 1),
        ("\"a\u{0}\"", "nul-byte", 1, 3),
        ("[\u{0}]", "nul-byte", 1, 2),
    ])
    func rejectsMalformed(text: String, code: String, line: Int, column: Int) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.code.rawValue == code && error.location.line == line && error.location.column == column
                && !error.message.isEmpty
        }
    }

    /// Invalid UTF-8 (stray continuation, overlong forms, surrogates, beyond U+10FFFF, truncation) is rejected.
    @Test(
        arguments: [
            [0x22, 0x80, 0x22],
            [0x22, 0xC0, 0xAF, 0x22],
            [0x22, 0xE0, 0x80, 0xAF, 0x22],
            [0x22, 0xED, 0xA0, 0x80, 0x22],
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],
            [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22],
            [0x22, 0xE6, 0x97],
            [0x5B, 0xFF, 0x5D],
        ] as [[UInt8]]
    )
    func rejectsInvalidUTF8(bytes: [UInt8]) {
        #expect {
            try JSONParser.parse(bytes)
        } throws: { error in
            (error as? JSONParseError)?.code == .invalidUTF8
        }
    }

    /// Locations are 1-based line and byte column plus the byte offset of each value and key.
    @Test func recordsLocations() throws {
        let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\"}\n  ]\n}"
        let json = try JSONParser.parse(text)
        #expect(json.location == TextPosition(line: 1, column: 1, offset: 0))
        #expect(json["Version"]?.location == TextPosition(line: 2, column: 14, offset: 15))
        let statement = try #require(json.value(at: ["Statement", .index(0)]))
        #expect(statement.location.line == 4 && statement.location.column == 5)
        #expect(statement.members?.first?.keyLocation.column == 6)
        #expect(json.value(at: ["Statement", .index(0), "Effect"])?.value == .string("Allow"))
        #expect(json.value(at: ["Statement", .index(3)]) == nil)
    }

    /// Duplicate keys are kept in order (callers report them); lookup returns the last one.
    @Test func keepsDuplicateKeys() throws {
        let json = try JSONParser.parse(#"{"a": 1, "a": 2}"#)
        #expect(json.members?.map(\.key) == ["a", "a"])
        #expect(json["a"]?.value == .number("2"))
    }

    /// `1e999` stays text; only `doubleValue` notices that it overflows.
    @Test func keepsHugeNumbersAsText() throws {
        let json = try JSONParser.parse("[1e999, 1.5]")
        #expect(json.elements?.first?.value.doubleValue == nil)
        #expect(json.elements?.last?.value.doubleValue == 1.5)
    }

    /// 100,000 nested arrays or objects give a depth error, not a stack overflow.
    @Test(arguments: ["[", "{\"a\":"])
    func rejectsDeepNesting(opener: String) {
        let text = String(repeating: opener, count: 100_000)
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.code == .tooDeep && error.location.offset == 512 * opener.utf8.count
        }
    }

    /// Exactly the maximum depth parses; one more does not.
    @Test func depthLimitIsExact() throws {
        let depth = JSONParser.maximumDepth
        _ = try JSONParser.parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect(throws: JSONParseError.self) {
            try JSONParser.parse(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1))
        }
    }

    /// A 10 MB document parses (large input is linear, not a hang).
    @Test func parsesLargeInput() throws {
        let element = #"{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*"},"#
        let count = 10_000_000 / element.utf8.count
        let text = "[" + String(repeating: element, count: count) + "null]"
        let json = try JSONParser.parse(Array(text.utf8))
        #expect(json.elements?.count == count + 1)
    }

    /// Writing and parsing again gives the same tree (strings with escapes and non-ASCII included).
    @Test(arguments: [
        #"{"a":[1,-2.5e3,true,false,null,"x\"\\\n\t\u0001é日😀"],"b":{}}"#,
        #"[[],{},"",0]"#,
    ])
    func writerRoundTrips(text: String) throws {
        let value = try JSONParser.parse(text).value
        #expect(try JSONParser.parse(JSONWriter.string(value)).value.stripped == value.stripped)
        #expect(try JSONParser.parse(JSONWriter.string(value, pretty: true)).value.stripped == value.stripped)
    }
}

extension JSONValue {
    /// The value with every location reset, to compare trees parsed from different text.
    var stripped: JSONValue {
        switch self {
        case .array(let elements): .array(elements.map { LocatedJSON($0.value.stripped) })
        case .object(let members):
            .object(members.map { JSONMember(key: $0.key, value: LocatedJSON($0.value.value.stripped)) })
        default: self
        }
    }
}
