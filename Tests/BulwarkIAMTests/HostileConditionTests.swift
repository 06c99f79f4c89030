import Testing

@testable import BulwarkIAM

/// Condition evaluation with hostile request values: a decision, never a trap.
@Suite struct HostileConditionTests {
    /// Regression (found by the condition fuzzer): a date context value outside `Int`'s range of
    /// seconds, or not finite, trapped in `ISO8601.format` when a string operator read its text.
    @Test(arguments: [Double.infinity, -Double.infinity, Double.nan, 1e300, -1e300, 9.3e18, 1e15])
    func extremeDatesHaveText(seconds: Double) {
        let value = ContextValue.date(secondsSince1970: seconds)
        #expect(!value.text.isEmpty)
        let condition = Condition(ConditionOperator(.stringLike), key: "aws:CurrentTime", values: ["*"])
        #expect(CompiledCondition(condition, variables: true).holds(in: ["aws:CurrentTime": value]))
    }

    /// Ordinary dates keep their ISO 8601 text (the guard only covers values with no calendar date).
    @Test func ordinaryDateText() {
        #expect(ContextValue.date(secondsSince1970: 0).text == "1970-01-01T00:00:00Z")
        #expect(ContextValue.date(secondsSince1970: -86_401).text == "1969-12-30T23:59:59Z")
    }
}
