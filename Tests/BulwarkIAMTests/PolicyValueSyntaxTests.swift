import BulwarkIAM
import Testing

/// Grammar checks of single values, run through the public parser.
@Suite struct PolicyValueSyntaxTests {
    private static func diagnostics(resource: String, version: String = "2012-10-17") -> [DiagnosticCode] {
        let text =
            #"{"Version": ""# + version + #"", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": ""#
            + resource + #""}}"#
        return PolicyDocument.parse(text).diagnostics.map(\.code)
    }

    /// Well-formed policy variables (Policy variables page): keys, tag keys, defaults, escapes.
    @Test(arguments: [
        "arn:aws:s3:::b/${aws:username}",
        "arn:aws:s3:::b/${aws:PrincipalTag/team}/${aws:userid}",
        "arn:aws:s3:::b/${aws:PrincipalTag/team, 'none'}",
        "arn:aws:s3:::b/${aws:PrincipalTag/team,'none'}",
        "arn:aws:s3:::b/${aws:PrincipalTag/team, ''}",
        "arn:aws:s3:::b/${*}${?}${$}",
        "arn:aws:s3:::b/$literal/{braces}",
        "arn:aws:s3:::b/${s3:prefix}",
        "arn:aws:iam::${aws:PrincipalAccount}:role/x",
    ])
    func acceptsVariables(resource: String) {
        #expect(Self.diagnostics(resource: resource).isEmpty)
    }

    /// Malformed variables are errors under 2012-10-17.
    @Test(arguments: [
        "arn:aws:s3:::b/${aws:username",
        "arn:aws:s3:::b/${}",
        "arn:aws:s3:::b/${ }",
        "arn:aws:s3:::b/${username}",
        "arn:aws:s3:::b/${:username}",
        "arn:aws:s3:::b/${aws:}",
        "arn:aws:s3:::b/${aws:PrincipalTag/team, none}",
        "arn:aws:s3:::b/${aws:PrincipalTag/team, 'a'b'}",
        "arn:aws:s3:::b/${aws:a${aws:b}}",
        "arn:aws:s3:::b/${aws:user*}",
    ])
    func rejectsMalformedVariables(resource: String) {
        #expect(Self.diagnostics(resource: resource) == [.invalidVariable])
    }

    /// Under 2008-10-17 the same text is literal: a warning, not a syntax error.
    @Test func oldVersionMakesVariablesLiteral() {
        #expect(
            Self.diagnostics(resource: "arn:aws:s3:::b/${aws:username", version: "2008-10-17") == [
                .outdatedVersion, .literalVariable,
            ]
        )
    }

    /// Condition values that can never match their operator's type, per operator family.
    @Test(arguments: [
        ("NumericEquals", #""10""#, false),
        ("NumericEquals", "10.5", false),
        ("NumericEquals", #""ten""#, true),
        ("DateGreaterThan", #""2020-01-01""#, false),
        ("DateGreaterThan", "1700000000", false),
        ("DateGreaterThan", #""01/01/2020""#, true),
        ("Bool", "true", false),
        ("Bool", #""False""#, false),
        ("Bool", #""1""#, true),
        ("IpAddress", #""10.0.0.0/8""#, false),
        ("IpAddress", #""2001:db8::1""#, false),
        ("IpAddress", #""10.0.0.0/33""#, true),
        ("IpAddress", #""10.0.0""#, true),
        ("NotIpAddress", #""example.com""#, true),
        ("ArnLike", #""arn:aws:iam::*:role/*""#, false),
        ("ArnLike", #""*""#, false),
        ("ArnLike", #""role/admin""#, true),
        ("Null", #""true""#, false),
        ("Null", #""maybe""#, true),
        ("StringEquals", "42", false),
        ("NumericLessThan", #""${aws:PrincipalTag/limit}""#, false),
    ])
    func conditionValueTypes(op: String, value: String, flagged: Bool) {
        let text =
            #"{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {""#
            + op + #"": {"aws:x": "# + value + "}}}}"
        let codes = PolicyDocument.parse(text).diagnostics.map(\.code)
        #expect(codes == (flagged ? [.conditionValueType] : []), "\(text)")
    }

    /// Actions: `*` or `service:action`, wildcards only in the action name.
    @Test(arguments: [
        ("*", true), ("s3:*", true), ("s3:Get*", true), ("s3:Get?bject", true), ("execute-api:Invoke", true),
        ("S3:GETOBJECT", true), ("s3", false), (":GetObject", false), ("s3:", false), ("*:GetObject", false),
        ("s3:Get-Object", true), ("s3:Get/Object", false), ("s3:Get:Object", false),
    ])
    func actionSyntax(action: String, valid: Bool) {
        let text =
            #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ""# + action
            + #"", "Resource": "*"}}"#
        #expect(PolicyDocument.parse(text).hasErrors == !valid, "\(action)")
    }
}

@Suite struct OperatorSuggestionTests {
    /// Unknown operators get a likely intended operator in the message.
    @Test(arguments: [
        ("stringequals", "StringEquals"),
        ("StringEqualsAnyCase", "StringEqualsIgnoreCase"),
        ("ForAnyValue:stringlike", "StringLike"),
        ("ArnEqual", "ArnEquals"),
        ("IpAddressIfExist", "IpAddress"),
    ])
    func suggests(name: String, expected: String) throws {
        let text =
            #"{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {""#
            + name + #"": {"aws:x": "y"}}}}"#
        let diagnostic = try #require(PolicyDocument.parse(text).errors.first)
        #expect(diagnostic.code == .unknownOperator)
        #expect(diagnostic.message.contains("did you mean \(expected)?"), "\(diagnostic.message)")
    }
}
