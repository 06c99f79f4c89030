#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

// The typed condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators").
// Each takes a key of its type, so a wrong-typed key or value does not compile.

extension Date: SingleValuedConditionOperand {}

extension Condition {
    /// `StringEquals`: the request value equals one of `values` (case-sensitive).
    public static func stringEquals<Value: StringConditionOperand>(
        _ key: ConditionKey<Value>,
        _ values: PolicyText...
    ) -> TypedCondition<Value> { text(.stringEquals, key, values) }

    /// `StringNotEquals`: the request value equals none of `values`.
    public static func stringNotEquals<Value: StringConditionOperand>(
        _ key: ConditionKey<Value>,
        _ values: PolicyText...
    ) -> TypedCondition<Value> { text(.stringNotEquals, key, values) }

    /// `StringEqualsIgnoreCase`: the request value equals one of `values`, ignoring case.
    public static func stringEqualsIgnoreCase<Value: StringConditionOperand>(
        _ key: ConditionKey<Value>,
        _ values: PolicyText...
    ) -> TypedCondition<Value> { text(.stringEqualsIgnoreCase, key, values) }

    /// `StringNotEqualsIgnoreCase`: the request value equals none of `values`, ignoring case.
    public static func stringNotEqualsIgnoreCase<Value: StringConditionOperand>(
        _ key: ConditionKey<Value>,
        _ values: PolicyText...
    ) -> TypedCondition<Value> { text(.stringNotEqualsIgnoreCase, key, values) }

    /// `StringLike`: the request value matches one of `values`, where `*` and `?` are wildcards.
    public static func stringLike<Value: StringConditionOperand>(
        _ key: ConditionKey<Value>,
        _ values: PolicyText...
    ) -> TypedCondition<Value> { text(.stringLike, key, values) }

    /// `StringNotLike`: the request value matches none of `values`.
    public static func stringNotLike<Value: StringConditionOperand>(
        _ key: ConditionKey<Value>,
        _ values: PolicyText...
    ) -> TypedCondition<Value> { text(.stringNotLike, key, values) }

    /// `ArnEquals`: the request ARN equals one of `values`.
    public static func arnEquals(_ key: ConditionKey<ARN>, _ values: ARN...) -> TypedCondition<ARN> {
        text(.arnEquals, key, values.map { PolicyText($0.description) })
    }

    /// `ArnEquals` with ARN patterns written as text (they may hold variables).
    public static func arnEquals(_ key: ConditionKey<ARN>, _ patterns: PolicyText...) -> TypedCondition<ARN> {
        text(.arnEquals, key, patterns)
    }

    /// `ArnLike`: the request ARN matches one of `values`; `*` and `?` are wildcards in each part.
    public static func arnLike(_ key: ConditionKey<ARN>, _ values: ARN...) -> TypedCondition<ARN> {
        text(.arnLike, key, values.map { PolicyText($0.description) })
    }

    /// `ArnLike` with ARN patterns written as text (they may hold variables).
    public static func arnLike(_ key: ConditionKey<ARN>, _ patterns: PolicyText...) -> TypedCondition<ARN> {
        text(.arnLike, key, patterns)
    }

    /// `ArnNotEquals`: the request ARN equals none of `values`.
    public static func arnNotEquals(_ key: ConditionKey<ARN>, _ values: ARN...) -> TypedCondition<ARN> {
        text(.arnNotEquals, key, values.map { PolicyText($0.description) })
    }

    /// `ArnNotEquals` with ARN patterns written as text (they may hold variables).
    public static func arnNotEquals(_ key: ConditionKey<ARN>, _ patterns: PolicyText...) -> TypedCondition<ARN> {
        text(.arnNotEquals, key, patterns)
    }

    /// `ArnNotLike`: the request ARN matches none of `values`.
    public static func arnNotLike(_ key: ConditionKey<ARN>, _ values: ARN...) -> TypedCondition<ARN> {
        text(.arnNotLike, key, values.map { PolicyText($0.description) })
    }

    /// `ArnNotLike` with ARN patterns written as text (they may hold variables).
    public static func arnNotLike(_ key: ConditionKey<ARN>, _ patterns: PolicyText...) -> TypedCondition<ARN> {
        text(.arnNotLike, key, patterns)
    }

    /// `Bool`: the request value is `value`.
    public static func bool(_ key: ConditionKey<Bool>, _ value: Bool) -> TypedCondition<Bool> {
        TypedCondition(Condition(ConditionOperator(.bool), key: key.name, values: [.boolean(value)]))
    }

    /// `IpAddress`: the request address lies in one of `ranges`.
    public static func ipAddress(_ key: ConditionKey<IPAddressRange>, _ ranges: IPAddressRange...) -> TypedCondition<
        IPAddressRange
    > {
        ip(.ipAddress, key, ranges)
    }

    /// `NotIpAddress`: the request address lies in none of `ranges`.
    public static func notIPAddress(_ key: ConditionKey<IPAddressRange>, _ ranges: IPAddressRange...) -> TypedCondition<
        IPAddressRange
    > {
        ip(.notIpAddress, key, ranges)
    }

    /// `Null`: `true` holds when the request has no such key, `false` when it has one.
    ///
    /// `Null` has no `IfExists` form.
    public static func null<Value>(_ key: ConditionKey<Value>, _ isAbsent: Bool) -> Condition {
        Condition(ConditionOperator(.null), key: key.name, values: [.boolean(isAbsent)])
    }

    private static func text<Value>(
        _ base: BaseOperator,
        _ key: ConditionKey<Value>,
        _ values: [PolicyText]
    ) -> TypedCondition<Value> {
        TypedCondition(Condition(ConditionOperator(base), key: key.name, values: values.map { .string($0.text) }))
    }

    private static func ip(_ base: BaseOperator, _ key: ConditionKey<IPAddressRange>, _ ranges: [IPAddressRange])
        -> TypedCondition<IPAddressRange>
    {
        let problems = ranges.filter { !$0.isValid }.map { "\($0.text) is not an IP address or CIDR range" }
        return TypedCondition(
            Condition(ConditionOperator(base), key: key.name, values: ranges.map { .string($0.text) }),
            problems: problems
        )
    }
}
