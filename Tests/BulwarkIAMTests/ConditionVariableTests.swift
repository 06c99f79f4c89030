import Testing

@testable import BulwarkIAM

@Suite("Policy variables")
struct ConditionVariableTests {
    static let cases: [ConditionCase] = [
        .init(
            "StringEquals",
            "s3:prefix",
            ["home/${aws:username}"],
            ["s3:prefix": "home/alice", "aws:username": "alice"],
            true,
            "${aws:username} substitutes (IAM UG, policy variables)"
        ),
        .init(
            "StringEquals",
            "s3:prefix",
            ["home/${AWS:UserName}"],
            ["s3:prefix": "home/alice", "aws:username": "alice"],
            true,
            "variable key names are case-insensitive"
        ),
        .init(
            "StringEquals",
            "s3:prefix",
            ["home/${aws:username}"],
            ["s3:prefix": "home/"],
            false,
            "missing variable key: the value is null and StringEquals does not match"
        ),
        .init(
            "StringNotEquals",
            "s3:prefix",
            ["home/${aws:username}"],
            ["s3:prefix": "home/"],
            true,
            "missing variable key: negated operators match"
        ),
        .init(
            "StringLike",
            "s3:prefix",
            ["home/${aws:username}/*"],
            ["s3:prefix": "home/alice/x", "aws:username": "alice"],
            true,
            "policy-text wildcards keep working around a variable"
        ),
        .init(
            "StringLike",
            "s3:prefix",
            ["${aws:PrincipalTag/p}"],
            ["s3:prefix": "anything", "aws:PrincipalTag/p": "*"],
            false,
            "substituted text is literal, a * in a tag value is not a wildcard"
        ),
        .init(
            "StringEquals",
            "s3:prefix",
            ["${aws:PrincipalTag/team, 'company-wide'}"],
            ["s3:prefix": "company-wide"],
            true,
            "default value when the key is missing"
        ),
        .init(
            "StringEquals",
            "s3:prefix",
            ["${aws:PrincipalTag/team, 'company-wide'}"],
            ["s3:prefix": "eng", "aws:PrincipalTag/team": "eng"],
            true,
            "default not used when the key exists"
        ),
        .init("StringLike", "s3:prefix", ["a${*}b"], ["s3:prefix": "a*b"], true, "${*} is a literal *"),
        .init("StringLike", "s3:prefix", ["a${*}b"], ["s3:prefix": "axxb"], false, "${*} is not a wildcard"),
        .init("StringEquals", "s3:prefix", ["${?}${$}"], ["s3:prefix": "?$"], true, "${?} and ${$} escapes"),
        .init(
            "StringEquals",
            "s3:prefix",
            ["${aws:TagKeys}"],
            ["s3:prefix": "a", "aws:TagKeys": ["a"]],
            false,
            "multivalued keys are not substituted (IAM UG, single- vs multivalued keys)"
        ),
        .init(
            "ArnLike",
            "aws:SourceArn",
            ["arn:aws:iam::${aws:PrincipalAccount}:role/*"],
            ["aws:SourceArn": "arn:aws:iam::111122223333:role/r", "aws:PrincipalAccount": "111122223333"],
            true,
            "variables in ARN condition values"
        ),
    ]

    @Test("variables in condition values", arguments: cases)
    func variables(_ c: ConditionCase) throws { #expect(try c.evaluate() == c.expected, "\(c.reason)") }

    @Test("without Version 2012-10-17 a variable is literal text")
    func oldVersion() throws {
        let c = ConditionCase(
            "StringEquals",
            "s3:prefix",
            ["home/${aws:username}"],
            ["s3:prefix": "home/${aws:username}", "aws:username": "alice"],
            true,
            "literal under 2008-10-17"
        )
        #expect(try c.evaluate(version: .v2008_10_17))
        #expect(try !c.evaluate(version: .v2012_10_17))
    }

    @Test("template parsing")
    func parsing() {
        let t = PolicyTemplate("a${aws:username}b${x, 'd'}${*}${unclosed", variablesEnabled: true)
        #expect(
            t.parts == [
                .text("a"), .variable(key: "aws:username", defaultValue: nil), .text("b"),
                .variable(key: "x", defaultValue: "d"), .escaped("*"), .text("${unclosed"),
            ]
        )
    }

    @Test("in Resource, variables work only after the fifth colon (IAM UG, policy variables)")
    func resourcePortionOnly() {
        let resourcePart = PolicyTemplate(resource: "arn:aws:s3:::bucket/${aws:username}/*", variablesEnabled: true)
        #expect(resourcePart.hasVariables)
        let accountPart = PolicyTemplate(
            resource: "arn:aws:iam::${aws:PrincipalAccount}:user/x",
            variablesEnabled: true
        )
        #expect(!accountPart.hasVariables)
        let both = PolicyTemplate(resource: "arn:aws:iam::${x}:user/${aws:username}", variablesEnabled: true)
        #expect(both.hasVariables, "the fifth colon follows ${x}, so only the resource part substitutes")
        #expect(both.parts.first == .text("arn:aws:iam::${x}:user/"))
        let escapes = PolicyTemplate(resource: "arn:aws:s3:::b/${*}", variablesEnabled: true)
        #expect(escapes.resourcePattern.matches("arn:aws:s3:::b/*"))
        #expect(!escapes.resourcePattern.matches("arn:aws:s3:::b/x"))
    }
}
