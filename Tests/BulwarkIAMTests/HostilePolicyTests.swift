import BulwarkIAM
import Testing

@Suite struct HostilePolicyTests {
    /// Lines end at LF, CRLF or a lone CR (classic Mac OS text), so locations match what an editor shows.
    ///
    /// Regression: a lone CR was plain white space, so a CR-only file reported every problem on line 1.
    @Test(arguments: [
        ("\n", 3, 16),
        ("\r\n", 3, 16),
        ("\r", 3, 16),
        ("\r\r", 5, 16),
        ("\n\r", 5, 16),
    ])
    func lineEndingsCount(newline: String, line: Int, column: Int) throws {
        let text = "{" + newline + #""Version": "2012-10-17","# + newline + #"  "Statement": 7}"#
        let diagnostic = try #require(PolicyDocument.parse(text).errors.first)
        #expect(diagnostic.path.description == "Statement")
        #expect(diagnostic.position?.line == line)
        #expect(diagnostic.position?.column == column)
    }

    /// A statement with many `ForAllValues` keys is checked in linear time.
    ///
    /// Regression: the "ForAllValues with Allow" check scanned every condition for a matching `Null`
    /// check once per key: 20,000 keys took 70 s in a debug build (100,000 would take about half an hour).
    @Test(.timeLimit(.minutes(1)))
    func manyForAllValuesKeysAreLinear() {
        let count = 20_000
        let keys = (0..<count).map { #""aws:k\#($0)": "v""# }.joined(separator: ",")
        let text =
            #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","#
            + #""Condition":{"ForAllValues:StringLike":{"# + keys + #"}}}}"#
        let parsed = PolicyDocument.parse(text)
        #expect(parsed.diagnostics.count { $0.code == .forAllValuesWithAllow } == count)
    }
}

@Suite struct HostileMessageTests {
    /// A message quoting a huge value keeps its start and its advice and says what it left out.
    @Test func hugeValuesAreAbbreviatedInMessages() throws {
        let action = "s3:" + String(repeating: "G", count: 100_000) + "!"
        let text =
            #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":""# + action + #"","Resource":"*"}}"#
        let diagnostic = try #require(PolicyDocument.parse(text).errors.first { $0.code == .invalidAction })
        #expect(diagnostic.message.count < 1_200)
        #expect(diagnostic.message.hasPrefix("'s3:GGG"))
        #expect(diagnostic.message.contains("characters omitted"))
        #expect(diagnostic.message.hasSuffix(#"such as "Get*""#))
    }

    /// Vector problems are abbreviated the same way.
    @Test func hugeValuesAreAbbreviatedInVectorProblems() {
        let principal = "arn:aws:iam::1:user/" + String(repeating: "/", count: 100_000)
        let text =
            #"{"name": "n", "request": {"principal": ""# + principal
            + #"", "action": "s3:GetObject", "resource": "*"}}"#
        do {
            _ = try IAMTestVector.decode(text, file: "v.json")
            Issue.record("a vector with an invalid principal decoded")
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.message.count < 1_200 })
            #expect(error.diagnostics.contains { $0.message.contains("characters omitted") })
        }
    }
}
