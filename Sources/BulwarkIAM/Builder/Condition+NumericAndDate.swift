#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

// Numeric and date operators; dates are written `YYYY-MM-DDThh:mm:ssZ` (whole seconds, UTC).

extension Condition {
    /// `NumericEquals`: the request number equals one of `values`.
    public static func numericEquals(_ key: ConditionKey<Int>, _ values: Int...) -> TypedCondition<Int> {
        number(.numericEquals, key, values)
    }

    /// `NumericNotEquals`: the request number equals none of `values`.
    public static func numericNotEquals(_ key: ConditionKey<Int>, _ values: Int...) -> TypedCondition<Int> {
        number(.numericNotEquals, key, values)
    }

    /// `NumericLessThan`: the request number is less than `value`.
    public static func numericLessThan(_ key: ConditionKey<Int>, _ value: Int) -> TypedCondition<Int> {
        number(.numericLessThan, key, [value])
    }

    /// `NumericLessThanEquals`: the request number is at most `value`.
    public static func numericLessThanEquals(_ key: ConditionKey<Int>, _ value: Int) -> TypedCondition<Int> {
        number(.numericLessThanEquals, key, [value])
    }

    /// `NumericGreaterThan`: the request number is greater than `value`.
    public static func numericGreaterThan(_ key: ConditionKey<Int>, _ value: Int) -> TypedCondition<Int> {
        number(.numericGreaterThan, key, [value])
    }

    /// `NumericGreaterThanEquals`: the request number is at least `value`.
    public static func numericGreaterThanEquals(_ key: ConditionKey<Int>, _ value: Int) -> TypedCondition<Int> {
        number(.numericGreaterThanEquals, key, [value])
    }

    /// `DateEquals`: the request date equals one of `values`.
    public static func dateEquals(_ key: ConditionKey<Date>, _ values: Date...) -> TypedCondition<Date> {
        date(.dateEquals, key, values)
    }

    /// `DateNotEquals`: the request date equals none of `values`.
    public static func dateNotEquals(_ key: ConditionKey<Date>, _ values: Date...) -> TypedCondition<Date> {
        date(.dateNotEquals, key, values)
    }

    /// `DateLessThan`: the request date is before `value`.
    public static func dateLessThan(_ key: ConditionKey<Date>, _ value: Date) -> TypedCondition<Date> {
        date(.dateLessThan, key, [value])
    }

    /// `DateLessThanEquals`: the request date is not after `value`.
    public static func dateLessThanEquals(_ key: ConditionKey<Date>, _ value: Date) -> TypedCondition<Date> {
        date(.dateLessThanEquals, key, [value])
    }

    /// `DateGreaterThan`: the request date is after `value`.
    public static func dateGreaterThan(_ key: ConditionKey<Date>, _ value: Date) -> TypedCondition<Date> {
        date(.dateGreaterThan, key, [value])
    }

    /// `DateGreaterThanEquals`: the request date is not before `value`.
    public static func dateGreaterThanEquals(_ key: ConditionKey<Date>, _ value: Date) -> TypedCondition<Date> {
        date(.dateGreaterThanEquals, key, [value])
    }

    private static func number(_ base: BaseOperator, _ key: ConditionKey<Int>, _ values: [Int]) -> TypedCondition<Int> {
        TypedCondition(Condition(ConditionOperator(base), key: key.name, values: values.map { .number(String($0)) }))
    }

    private static func date(_ base: BaseOperator, _ key: ConditionKey<Date>, _ values: [Date]) -> TypedCondition<Date>
    {
        let texts = values.map { ConditionValue.string(ISO8601.format(secondsSince1970: $0.timeIntervalSince1970)) }
        return TypedCondition(Condition(ConditionOperator(base), key: key.name, values: texts))
    }
}
