import Testing

@testable import BulwarkIAM

/// One condition case: operator, key, policy values, request context, expected result, reason.
struct ConditionCase: CustomTestStringConvertible, Sendable {
    let op: String
    let key: String
    let values: [String]
    let context: RequestContext
    let expected: Bool
    let reason: String
    init(_ op: String, _ key: String, _ values: [String], _ context: RequestContext, _ expected: Bool, _ reason: String)
    {
        self.op = op
        self.key = key
        self.values = values
        self.context = context
        self.expected = expected
        self.reason = reason
    }
    var testDescription: String { "\(op) \(key) \(values) → \(expected): \(reason)" }

    func evaluate(version: PolicyVersion = .v2012_10_17) throws -> Bool {
        let parsed = try #require(ConditionOperator(op), "unknown operator \(op)")
        let condition = Condition(parsed, key: key, values: values.map { .string($0) })
        return CompiledCondition(condition, variables: version == .v2012_10_17).holds(in: context)
    }
}

@Suite("Condition operators")
struct ConditionOperatorEvaluationTests {
    static let strings: [ConditionCase] = [
        .init("StringEquals", "aws:PrincipalTag/team", ["eng"], ["aws:PrincipalTag/team": "eng"], true, "exact match"),
        .init(
            "StringEquals",
            "aws:PrincipalTag/team",
            ["eng"],
            ["aws:PrincipalTag/team": "Eng"],
            false,
            "StringEquals is case-sensitive (IAM UG, string condition operators)"
        ),
        .init(
            "StringEquals",
            "aws:PrincipalTag/team",
            ["ops", "eng"],
            ["aws:PrincipalTag/team": "eng"],
            true,
            "several values are ORed (IAM UG, creating a condition with multiple keys or values)"
        ),
        .init(
            "StringEquals",
            "aws:principaltag/TEAM",
            ["eng"],
            ["aws:PrincipalTag/team": "eng"],
            true,
            "key names, tag keys included, are case-insensitive (IAM UG, Condition element)"
        ),
        .init(
            "StringEquals",
            "aws:PrincipalTag/team",
            ["e*"],
            ["aws:PrincipalTag/team": "eng"],
            false,
            "StringEquals takes no wildcards"
        ),
        .init("StringEquals", "aws:PrincipalTag/team", ["eng"], [:], false, "missing key: positive operator is false"),
        .init(
            "StringNotEquals",
            "aws:PrincipalTag/team",
            ["eng"],
            [:],
            true,
            "missing key: negated operator is true (IAM UG, condition operators)"
        ),
        .init(
            "StringNotEquals",
            "aws:PrincipalTag/team",
            ["ops", "eng"],
            ["aws:PrincipalTag/team": "eng"],
            false,
            "negated operator with several values: must match none (AND)"
        ),
        .init(
            "StringNotEquals",
            "aws:PrincipalTag/team",
            ["ops", "dev"],
            ["aws:PrincipalTag/team": "eng"],
            true,
            "negated operator: matches none of the values"
        ),
        .init(
            "StringEqualsIgnoreCase",
            "aws:PrincipalTag/team",
            ["ENG"],
            ["aws:PrincipalTag/team": "eng"],
            true,
            "IgnoreCase folds case"
        ),
        .init(
            "StringNotEqualsIgnoreCase",
            "aws:PrincipalTag/team",
            ["ENG"],
            ["aws:PrincipalTag/team": "eng"],
            false,
            "negated IgnoreCase"
        ),
        .init("StringLike", "s3:prefix", ["home/*"], ["s3:prefix": "home/alice/x"], true, "StringLike * wildcard"),
        .init("StringLike", "s3:prefix", ["home/?"], ["s3:prefix": "home/ab"], false, "? is one character"),
        .init("StringLike", "s3:prefix", ["Home/*"], ["s3:prefix": "home/a"], false, "StringLike is case-sensitive"),
        .init(
            "StringNotLike",
            "s3:prefix",
            ["home/*"],
            [:],
            true,
            "StringNotLike on a missing key is true (PMapper gets this wrong)"
        ),
        .init("StringNotLike", "s3:prefix", ["home/*"], ["s3:prefix": "tmp/x"], true, "no value matches"),
        .init("StringEqualsIfExists", "aws:PrincipalTag/team", ["eng"], [:], true, "IfExists: missing key is true"),
        .init(
            "StringEqualsIfExists",
            "aws:PrincipalTag/team",
            ["eng"],
            ["aws:PrincipalTag/team": "ops"],
            false,
            "IfExists with the key present compares normally"
        ),
        .init(
            "StringNotEqualsIfExists",
            "aws:ResourceTag/env",
            ["prod"],
            [:],
            true,
            "negated IfExists on a missing key is true"
        ),
        .init(
            "StringEquals",
            "aws:SecureTransport",
            ["true"],
            ["aws:SecureTransport": true],
            true,
            "booleans compare as their text"
        ),
        .init(
            "StringEquals",
            "aws:MultiFactorAuthAge",
            ["10"],
            ["aws:MultiFactorAuthAge": 10],
            true,
            "numbers compare as their text"
        ),
    ]

    @Test("string operators", arguments: strings)
    func string(_ c: ConditionCase) throws { #expect(try c.evaluate() == c.expected, "\(c.reason)") }

    static let numericDateBool: [ConditionCase] = [
        .init("NumericLessThan", "s3:max-keys", ["10"], ["s3:max-keys": "5"], true, "5 < 10"),
        .init("NumericLessThan", "s3:max-keys", ["10"], ["s3:max-keys": "10"], false, "10 is not < 10"),
        .init("NumericLessThanEquals", "s3:max-keys", ["10"], ["s3:max-keys": 10], true, "10 <= 10"),
        .init(
            "NumericGreaterThan",
            "s3:max-keys",
            ["10"],
            ["s3:max-keys": 11],
            true,
            "request > policy (iam-simulate once inverted this)"
        ),
        .init("NumericGreaterThan", "s3:max-keys", ["10"], ["s3:max-keys": 9], false, "9 is not > 10"),
        .init("NumericGreaterThanEquals", "s3:max-keys", ["10"], ["s3:max-keys": 10], true, "10 >= 10"),
        .init("NumericEquals", "s3:max-keys", ["10.0"], ["s3:max-keys": "10"], true, "decimals compare by value"),
        .init("NumericNotEquals", "s3:max-keys", ["10"], ["s3:max-keys": "11"], true, "11 != 10"),
        .init(
            "NumericEquals",
            "s3:max-keys",
            ["abc"],
            ["s3:max-keys": "10"],
            false,
            "unparsable policy value never matches"
        ),
        .init("NumericNotEquals", "s3:max-keys", ["10"], [:], true, "negated numeric on missing key is true"),
        .init(
            "DateLessThan",
            "aws:CurrentTime",
            ["2020-01-01T00:00:00Z"],
            ["aws:CurrentTime": "2019-12-31T23:59:59Z"],
            true,
            "ISO 8601 date (IAM UG, date condition operators)"
        ),
        .init(
            "DateGreaterThan",
            "aws:CurrentTime",
            ["2020-01-01"],
            ["aws:CurrentTime": "2020-01-01T00:00:01Z"],
            true,
            "W3C date-only profile means midnight UTC"
        ),
        .init(
            "DateEquals",
            "aws:CurrentTime",
            ["2020-01-01T01:00:00+01:00"],
            ["aws:CurrentTime": "2020-01-01T00:00:00Z"],
            true,
            "time zone offsets are applied"
        ),
        .init(
            "DateEquals",
            "aws:EpochTime",
            ["1577836800"],
            ["aws:EpochTime": "2020-01-01T00:00:00Z"],
            true,
            "epoch seconds and ISO 8601 are interchangeable"
        ),
        .init(
            "DateLessThanEquals",
            "aws:CurrentTime",
            ["2020-01-01T00:00:00.500Z"],
            ["aws:CurrentTime": .date(secondsSince1970: 1_577_836_800)],
            true,
            "fractional seconds"
        ),
        .init(
            "DateNotEquals",
            "aws:CurrentTime",
            ["2020-02-30"],
            ["aws:CurrentTime": "2020-01-01"],
            true,
            "an invalid date (Feb 30) never matches, so the negation holds"
        ),
        .init(
            "DateGreaterThanEquals",
            "aws:TokenIssueTime",
            ["2020-06"],
            ["aws:TokenIssueTime": "2020-06-01T00:00:00Z"],
            true,
            "year-month profile"
        ),
        .init("Bool", "aws:SecureTransport", ["true"], ["aws:SecureTransport": true], true, "boolean true"),
        .init("Bool", "aws:SecureTransport", ["false"], ["aws:SecureTransport": "false"], true, "string false"),
        .init("Bool", "aws:SecureTransport", ["true"], ["aws:SecureTransport": false], false, "false is not true"),
        .init("Bool", "aws:SecureTransport", ["false"], [:], false, "Bool on a missing key is false"),
        .init("BoolIfExists", "aws:MultiFactorAuthPresent", ["false"], [:], true, "BoolIfExists on missing key"),
        .init(
            "BinaryEquals",
            "key",
            ["QmluYXJ5VmFsdWU="],
            ["key": .binary(Array("BinaryValue".utf8))],
            true,
            "BinaryEquals compares decoded base64 byte for byte"
        ),
        .init("BinaryEquals", "key", ["QmluYXJ5VmFsdWU="], ["key": "QmluYXJ5VmFsdWU="], true, "base64 request text"),
        .init(
            "BinaryEquals",
            "key",
            ["QmluYXJ5VmFsdWU="],
            ["key": .binary(Array("binaryValue".utf8))],
            false,
            "byte for byte"
        ),
    ]

    @Test("numeric, date, bool and binary operators", arguments: numericDateBool)
    func typed(_ c: ConditionCase) throws { #expect(try c.evaluate() == c.expected, "\(c.reason)") }

    static let networkArnNull: [ConditionCase] = [
        .init("IpAddress", "aws:SourceIp", ["203.0.113.0/24"], ["aws:SourceIp": "203.0.113.7"], true, "IPv4 CIDR"),
        .init("IpAddress", "aws:SourceIp", ["203.0.113.0/24"], ["aws:SourceIp": "203.0.114.7"], false, "outside CIDR"),
        .init(
            "IpAddress",
            "aws:SourceIp",
            ["203.0.113.7"],
            ["aws:SourceIp": "203.0.113.7"],
            true,
            "no prefix means /32 (IAM UG, IP address condition operators)"
        ),
        .init("IpAddress", "aws:SourceIp", ["203.0.113.7"], ["aws:SourceIp": "203.0.113.8"], false, "/32 is one host"),
        .init("IpAddress", "aws:SourceIp", ["2001:db8::/32"], ["aws:SourceIp": "2001:db8:1234::1"], true, "IPv6 CIDR"),
        .init(
            "IpAddress",
            "aws:SourceIp",
            ["2001:db8::1"],
            ["aws:SourceIp": "2001:db8::2"],
            false,
            "IPv6 without prefix means /128"
        ),
        .init(
            "IpAddress",
            "aws:SourceIp",
            ["0.0.0.0/0"],
            ["aws:SourceIp": "2001:db8::1"],
            false,
            "IPv4 networks do not match IPv6 addresses"
        ),
        .init(
            "IpAddress",
            "aws:SourceIp",
            ["203.0.113.9/24"],
            ["aws:SourceIp": .ipAddress("203.0.113.200")],
            true,
            "host bits in the policy CIDR are masked"
        ),
        .init(
            "NotIpAddress",
            "aws:SourceIp",
            ["203.0.113.0/24"],
            ["aws:SourceIp": "198.51.100.1"],
            true,
            "NotIpAddress outside the range"
        ),
        .init("NotIpAddress", "aws:SourceIp", ["203.0.113.0/24"], [:], true, "negated IP operator on missing key"),
        .init(
            "ArnLike",
            "aws:SourceArn",
            ["arn:aws:s3:::bucket-*"],
            ["aws:SourceArn": "arn:aws:s3:::bucket-1"],
            true,
            "ArnLike wildcard"
        ),
        .init(
            "ArnEquals",
            "aws:SourceArn",
            ["arn:aws:sns:*:111122223333:topic"],
            ["aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"],
            true,
            "ArnEquals also accepts wildcards, per segment"
        ),
        .init(
            "ArnLike",
            "aws:SourceArn",
            ["arn:aws:iam::*:role/admin"],
            ["aws:SourceArn": "arn:aws:iam::1:role/Admin"],
            false,
            "ARN operators are case-sensitive"
        ),
        .init(
            "ArnLike",
            "aws:PrincipalArn",
            ["arn:aws:iam::*:role/*"],
            ["aws:PrincipalArn": "not-an-arn"],
            false,
            "a value that is not an ARN does not match"
        ),
        .init(
            "ArnNotLike",
            "aws:PrincipalArn",
            ["arn:aws:iam::111122223333:role/admin"],
            [:],
            true,
            "ArnNotLike on a missing key is true (IAM UG condition operators)"
        ),
        .init(
            "ArnNotEquals",
            "aws:PrincipalArn",
            ["arn:aws:iam::111122223333:role/admin"],
            ["aws:PrincipalArn": "arn:aws:iam::111122223333:role/admin"],
            false,
            "negation of an equal ARN"
        ),
        .init("Null", "aws:TokenIssueTime", ["true"], [:], true, "Null true: key absent"),
        .init("Null", "aws:TokenIssueTime", ["true"], ["aws:TokenIssueTime": "2020-01-01"], false, "present key"),
        .init(
            "Null",
            "aws:TokenIssueTime",
            ["false"],
            ["aws:TokenIssueTime": "2020-01-01"],
            true,
            "Null false: present"
        ),
        .init("Null", "aws:TagKeys", ["true"], ["aws:TagKeys": []], true, "an empty set counts as absent for Null"),
    ]

    @Test("IP, ARN and Null operators", arguments: networkArnNull)
    func networkArn(_ c: ConditionCase) throws { #expect(try c.evaluate() == c.expected, "\(c.reason)") }

    static let sets: [ConditionCase] = [
        .init(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            ["a", "b"],
            ["aws:TagKeys": ["a"]],
            true,
            "every request value is in the policy set"
        ),
        .init(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            ["a", "b"],
            ["aws:TagKeys": ["a", "c"]],
            false,
            "c is not allowed"
        ),
        .init(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            ["a"],
            [:],
            true,
            "ForAllValues is true when the key is missing (IAM UG, multivalued context keys)"
        ),
        .init(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            ["a"],
            ["aws:TagKeys": []],
            true,
            "ForAllValues is true for an empty set"
        ),
        .init(
            "ForAnyValue:StringEquals",
            "aws:TagKeys",
            ["a"],
            ["aws:TagKeys": ["x", "a"]],
            true,
            "one value matches"
        ),
        .init("ForAnyValue:StringEquals", "aws:TagKeys", ["a"], ["aws:TagKeys": ["x", "y"]], false, "none matches"),
        .init("ForAnyValue:StringEquals", "aws:TagKeys", ["a"], [:], false, "ForAnyValue is false on a missing key"),
        .init(
            "ForAnyValue:StringEquals",
            "aws:TagKeys",
            ["a"],
            ["aws:TagKeys": []],
            false,
            "ForAnyValue is false on an empty set"
        ),
        .init(
            "ForAnyValue:StringLike",
            "aws:TagKeys",
            ["team*"],
            ["aws:TagKeys": ["teamA", "cost"]],
            true,
            "set operator with a Like operator"
        ),
        .init(
            "ForAllValues:StringNotEquals",
            "aws:TagKeys",
            ["secret"],
            ["aws:TagKeys": ["a", "b"]],
            true,
            "ForAllValues with a negated operator: no request value is a policy value"
        ),
        .init(
            "ForAnyValue:StringNotEquals",
            "aws:TagKeys",
            ["a"],
            ["aws:TagKeys": ["a", "b"]],
            true,
            "ForAnyValue with a negated operator: b differs from every policy value"
        ),
        .init(
            "StringEquals",
            "aws:TagKeys",
            ["a"],
            ["aws:TagKeys": ["a", "b"]],
            false,
            "single-valued operator vs a multivalued key: no match (multivalued keys require a set operator)"
        ),
        .init(
            "StringNotEquals",
            "aws:TagKeys",
            ["z"],
            ["aws:TagKeys": ["a", "b"]],
            false,
            "negated single-valued operator vs a multivalued key: also no match (our documented choice)"
        ),
        .init("StringEquals", "aws:TagKeys", ["a"], ["aws:TagKeys": ["a"]], true, "a one-element list is that value"),
        .init("ForAllValues:StringEqualsIfExists", "aws:TagKeys", ["a"], [:], true, "IfExists with ForAllValues"),
        .init(
            "ForAnyValue:StringEqualsIfExists",
            "aws:TagKeys",
            ["a"],
            [:],
            true,
            "IfExists: a missing key makes the condition true (IAM UG, …IfExists operators)"
        ),
    ]

    @Test("set operators", arguments: sets)
    func setOperators(_ c: ConditionCase) throws { #expect(try c.evaluate() == c.expected, "\(c.reason)") }
}
