import Testing

@testable import BulwarkIAM

extension ConditionOperatorEvaluationTests {
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
