import BulwarkIAM
import Testing

@Suite struct PolicyHostileInputTests {
    /// Hostile input becomes an error diagnostic with a location, never a crash or a hang.
    @Test(
        arguments: [
            ("NUL byte", [0x7B, 0x00, 0x7D]),
            ("invalid UTF-8", Array(#"{"Version": "20"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)),
            ("100k-deep arrays", Array(repeating: UInt8(ascii: "["), count: 100_000)),
            ("100k-deep objects", Array(String(repeating: #"{"a":"#, count: 100_000).utf8)),
            ("empty", []),
            ("only a BOM", [0xEF, 0xBB, 0xBF]),
            ("huge number", Array(#"{"Version": 1e999999999}"#.utf8)),
            ("lone surrogate escape", Array(#"{"Version": "\udead"}"#.utf8)),
        ] as [(String, [UInt8])]
    )
    func hostileInputIsAnError(name: String, bytes: [UInt8]) throws {
        let parsed = PolicyDocument.parse(bytes)
        #expect(parsed.document == nil, "\(name)")
        let diagnostic = try #require(parsed.errors.first)
        #expect(diagnostic.position != nil)
    }

    /// A 2 MB policy parses in linear time and is reported as too large (the CLI tests feed 10 MB).
    @Test func twoMegabytePolicyIsTooLarge() throws {
        let statement = #"{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*"},"#
        let count = 2_000_000 / statement.utf8.count
        let text =
            #"{"Version":"2012-10-17","Statement":["# + String(repeating: statement, count: count)
            + #"{"Effect":"Deny","Action":"*","Resource":"*"}]}"#
        let parsed = PolicyDocument.parse(text)
        #expect(parsed.errors.map(\.code) == [.policyTooLarge])
    }

    /// Wrong JSON types for every element of a statement, each reported at its own path.
    @Test(arguments: ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition", "Principal"])
    func wrongTypeForEachElement(element: String) throws {
        for value in ["42", "true", "null", "{}", "[[]]"]
        where !(value == "{}" && ["Condition", "Principal"].contains(element)) {
            var members = [#""Effect": "Deny""#, #""Action": "s3:*""#, #""Resource": "*""#, #""Principal": "*""#]
            members.removeAll { $0.hasPrefix("\"\(element)\"") || $0.hasPrefix("\"\(element.replacingNot())\"") }
            members.append("\"\(element)\": \(value)")
            let text = #"{"Version": "2012-10-17", "Statement": {"# + members.joined(separator: ", ") + "}}"
            let parsed = PolicyDocument.parse(text, kind: .resource)
            #expect(parsed.document == nil, "\(text)")
            #expect(parsed.errors.contains { $0.path.description.hasPrefix("Statement.\(element)") }, "\(text)")
        }
    }

    /// Thousands of condition keys, duplicate keys and duplicate Sids are checked in linear time.
    @Test func manyConditionKeysAndDuplicatesAreLinear() {
        let keys = (0..<20_000).map { #""aws:PrincipalTag/k\#($0)": "v""# }.joined(separator: ",")
        let duplicates = String(repeating: #""Sid": "A","#, count: 20_000)
        let text =
            #"{"Version":"2012-10-17","Statement":{"# + duplicates
            + #""Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"ForAllValues:StringEquals":{"# + keys
            + "}}}}"
        let parsed = PolicyDocument.parse(text, kind: .resource)
        #expect(parsed.warnings.filter { $0.code == .forAllValuesWithAllow }.count == 20_000)
        #expect(parsed.warnings.filter { $0.code == .duplicateKey }.count == 19_999)
    }

    /// Pathological policy variables are checked in linear time.
    @Test func manyVariableOpeningsAreFast() {
        let resource = "arn:aws:s3:::" + String(repeating: "${", count: 50_000)
        let text =
            #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":""# + resource + #""}}"#
        #expect(PolicyDocument.parse(text).errors.map(\.code).contains(.invalidVariable))
    }
}

extension String {
    /// `NotAction` for `Action` and the other way round.
    fileprivate func replacingNot() -> String { hasPrefix("Not") ? String(dropFirst(3)) : "Not" + self }
}
