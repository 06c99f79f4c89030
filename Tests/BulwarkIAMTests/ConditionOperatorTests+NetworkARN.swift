import Testing

@testable import BulwarkIAM

extension ConditionOperatorEvaluationTests {
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
    func networkARN(_ c: ConditionCase) throws { #expect(try c.evaluate() == c.expected, "\(c.reason)") }
}
