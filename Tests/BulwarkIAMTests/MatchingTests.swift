import Testing

@testable import BulwarkIAM

/// One pattern/text case with the rule it checks.
struct MatchCase: CustomTestStringConvertible, Sendable {
    let pattern: String
    let text: String
    let expected: Bool
    let reason: String
    init(_ pattern: String, _ text: String, _ expected: Bool, _ reason: String) {
        self.pattern = pattern
        self.text = text
        self.expected = expected
        self.reason = reason
    }
    var testDescription: String { "\(pattern) ~ \(text.prefix(60)) → \(expected): \(reason)" }
}

@Suite("Matching")
struct MatchingTests {
    static let actionCases: [MatchCase] = [
        .init("s3:GetObject", "s3:GetObject", true, "exact action (IAM UG, Action element)"),
        .init(
            "IAM:listaccesskeys",
            "iam:ListAccessKeys",
            true,
            "actions are case-insensitive (IAM UG, Action element)"
        ),
        .init("s3:Get*", "s3:GetObjectAcl", true, "* matches any run of characters"),
        .init("s3:Get*", "s3:PutObject", false, "prefix must match"),
        .init("s3:Get*", "s3express:GetObject", false, "service prefix compared whole, not as a string prefix"),
        .init("s3:*Object", "s3:PutObject", true, "leading * in the action name"),
        .init("s3:?etObject", "s3:GetObject", true, "? matches one character"),
        .init("s3:?etObject", "s3:GGetObject", false, "? matches exactly one character"),
        .init("*", "ec2:RunInstances", true, "* matches every action"),
        .init("s3:*", "S3:ListBucket", true, "service prefix case-insensitive"),
        .init(
            "  s3:GetObject  ",
            "s3:GetObject",
            false,
            "white space is part of the policy's action name, which then matches nothing (iam-simulate edgeCases/whitespaceActions)"
        ),
        .init(
            "s3:GetObject,PutObject",
            "s3:PutObject",
            false,
            "a comma does not make a list (iam-simulate coreEngineTests/commas)"
        ),
        .init("s3*:Get*", "s3express:GetObject", true, "wildcard in the service prefix falls back to one glob"),
        .init("ec2:Describe*", "ec2:describeinstances", true, "request action case-insensitive too"),
        .init("s3:GetObject", "s3:GetObjectAcl", false, "exact pattern is not a prefix"),
    ]

    @Test("action patterns", arguments: actionCases)
    func action(_ c: MatchCase) {
        #expect(ActionPattern(c.pattern).matches(c.text) == c.expected, "\(c.reason)")
    }

    static let resourceCases: [MatchCase] = [
        .init("*", "arn:aws:s3:::bucket/key", true, "\"*\" matches every resource (IAM UG, Resource element)"),
        .init("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c", true, "* crosses / in the resource part"),
        .init("arn:aws:s3:::bucket/*", "arn:aws:s3:::Bucket/a", false, "resource matching is case-sensitive"),
        .init("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/key", false, "bucket ARN is not an object ARN"),
        .init(
            "arn:aws:iam::*:user/alice",
            "arn:aws:iam::111122223333:user/alice",
            true,
            "* inside the account segment"
        ),
        .init("arn:aws:iam::1111*:user/alice", "arn:aws:iam::111122223333:user/alice", true, "trailing * in a segment"),
        .init(
            "arn:aws:ec2:*",
            "arn:aws:ec2:us-east-1:111122223333:instance/i-1",
            true,
            "a trailing * in a segment expands beyond colon boundaries (IAM UG, Resource element)"
        ),
        .init("arn:aws:ec2:us-*-1:*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true, "wildcards in region"),
        .init(
            "arn:aws:ec2:us-*-1",
            "arn:aws:ec2:us-east-1:111122223333:instance/i-1",
            false,
            "a segment not ending in * does not run across colons"
        ),
        .init(
            "arn:aws:logs:*:*:log-group:app:*",
            "arn:aws:logs:us-east-1:1:log-group:app:log-stream:x",
            true,
            "colons inside the resource part are ordinary characters"
        ),
        .init(
            "arn:aws:dynamodb:us-east-1:111122223333:table/T",
            "arn:aws:dynamodb:us-east-1:111122223333:table/T",
            true,
            "exact ARN"
        ),
        .init(
            "arn:aws:dynamodb:us-east-1:111122223333:table/T",
            "arn:aws:dynamodb:us-west-2:111122223333:table/T",
            false,
            "region segment must match"
        ),
        .init("arn:aws:s3:::b?cket/*", "arn:aws:s3:::bucket/k", true, "? inside the resource part"),
        .init(
            "arn:aws:s3:::bucket/.*",
            "arn:aws:s3:::bucket/xyz",
            false,
            "regex metacharacters are literal (no regex injection)"
        ),
        .init("arn:aws:s3:::bucket/[ab]", "arn:aws:s3:::bucket/a", false, "brackets are literal"),
        .init("arn:aws:s3:::bucket/[ab]", "arn:aws:s3:::bucket/[ab]", true, "brackets match themselves"),
        .init("arn:aws:s3:::*", "*", false, "an ARN pattern does not match the * resource"),
    ]

    @Test("resource patterns", arguments: resourceCases)
    func resource(_ c: MatchCase) {
        #expect(ResourcePattern(c.pattern).matches(c.text) == c.expected, "\(c.reason)")
    }

    static let globCases: [MatchCase] = [
        .init("", "", true, "empty matches empty"),
        .init("", "a", false, "empty matches only empty"),
        .init("*", "", true, "* matches the empty string"),
        .init("a*b*c", "aXbYc", true, "several stars"),
        .init("a*b*c", "aXbY", false, "missing tail"),
        .init("*a", "bbbba", true, "leading star"),
        .init("a**b", "ab", true, "runs of stars collapse"),
        .init("??", "ab", true, "two ? need two bytes"),
        .init("??", "a", false, "two ? need two bytes"),
        .init("é*", "éclair", true, "UTF-8 bytes"),
    ]

    @Test("glob", arguments: globCases)
    func glob(_ c: MatchCase) {
        #expect(Glob(c.pattern, caseInsensitive: false).matches(c.text) == c.expected, "\(c.reason)")
    }

    @Test("hostile pattern a*a*…*b against 100,000 characters finishes (linear two-pointer, no backtracking)")
    func hostile() {
        let pattern = String(repeating: "a*", count: 40) + "b"
        let text = String(repeating: "a", count: 100_000)
        #expect(!Glob(pattern, caseInsensitive: false).matches(text))
        #expect(Glob(pattern, caseInsensitive: false).matches(text + "b"))
        #expect(!ResourcePattern("arn:aws:s3:::" + pattern).matches("arn:aws:s3:::" + text))
        #expect(!ActionPattern("s3:" + pattern).matches("s3:" + text))
    }

    @Test("case-insensitive glob folds ASCII only")
    func folding() {
        #expect(Glob("ABC*", caseInsensitive: true).matches("abcdef"))
        #expect(!Glob("ABC*", caseInsensitive: false).matches("abcdef"))
    }
}
