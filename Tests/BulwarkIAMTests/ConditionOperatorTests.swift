import Testing

@testable import BulwarkIAM

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

}
