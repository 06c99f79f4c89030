import BulwarkIAM
import Testing

@Suite struct ConditionOperatorTests {
    @Test(arguments: [
        ("StringEquals", "StringEquals"),
        ("ForAnyValue:StringLikeIfExists", "ForAnyValue:StringLikeIfExists"),
        ("ForAllValues:ArnNotEquals", "ForAllValues:ArnNotEquals"),
    ])
    func roundTrips(name: String, expected: String) {
        #expect(ConditionOperator(name)?.description == expected)
    }

    /// Operators AWS rejects: unknown names, wrong case, and `NullIfExists` (Null cannot take IfExists).
    @Test(arguments: [
        "StringEqual", "stringequals", "NullIfExists", "ForSomeValues:StringEquals", "",
        "ForAllValues:ForAnyValue:StringEquals", "ForAnyValue:ForAnyValue:StringLike", "StringEqualsIfExistsIfExists",
        "forallvalues:StringEquals", "ForAllValues:", "IfExists",
    ])
    func rejectsUnknown(name: String) {
        #expect(ConditionOperator(name) == nil)
    }
}
