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
        #expect(diagnostic.location?.line == line)
        #expect(diagnostic.location?.column == column)
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
