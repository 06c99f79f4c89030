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
