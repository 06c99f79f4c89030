/// A condition made by one of the typed operators of ``Condition``, such as
/// `Condition.bool(.aws.secureTransport, false)`, with its modifiers.
///
/// `Value` is the key's value type. A key with several values per request (`ConditionKey<[String]>`,
/// such as `aws:TagKeys`) must say how its values are matched: ``forAllValues`` or ``forAnyValue``
/// (IAM User Guide, "Multivalued context keys"); a statement does not accept it otherwise.
public struct TypedCondition<Value>: Sendable, Hashable {
    /// The condition as it appears in the policy.
    public var condition: Condition
    /// Values that are not of the operator's type (such as an ``IPAddressRange`` that is not a range),
    /// reported when the document is built.
    public var problems: [String]

    /// Creates a typed condition from a condition and the problems found in its values.
    public init(_ condition: Condition, problems: [String] = []) {
        self.condition = condition
        self.problems = problems
    }

    /// The `…IfExists` form: the condition also holds when the request has no such key.
    public var ifExists: Self {
        var copy = self
        copy.condition.operator.ifExists = true
        return copy
    }
}

extension TypedCondition where Value: MultivaluedConditionOperand {
    /// `ForAllValues:`: holds when every value in the request matches (and when the key is missing
    /// or empty, so pair it with a `Null` check in an `Allow`).
    public var forAllValues: TypedCondition<Value.Element> { qualified(.forAllValues) }

    /// `ForAnyValue:`: holds when at least one value in the request matches.
    public var forAnyValue: TypedCondition<Value.Element> { qualified(.forAnyValue) }

    private func qualified(_ qualifier: SetQualifier) -> TypedCondition<Value.Element> {
        var condition = condition
        condition.operator.qualifier = qualifier
        return TypedCondition<Value.Element>(condition, problems: problems)
    }
}

extension TypedCondition where Value: SingleValuedConditionOperand {
    /// Not available: `ForAllValues:` applies only to multivalued keys.
    @available(
        *,
        unavailable,
        message: "ForAllValues and ForAnyValue apply only to multivalued keys such as aws:TagKeys"
    )
    public var forAllValues: Self { self }

    /// Not available: `ForAnyValue:` applies only to multivalued keys.
    @available(
        *,
        unavailable,
        message: "ForAllValues and ForAnyValue apply only to multivalued keys such as aws:TagKeys"
    )
    public var forAnyValue: Self { self }
}

/// A type that a single-valued condition key compares: `String`, ``ARN``, `Bool`, `Int`, `Date`,
/// ``IPAddressRange``.
public protocol SingleValuedConditionOperand: Sendable {}

/// A multivalued key's value type, such as `[String]` for `aws:TagKeys`.
public protocol MultivaluedConditionOperand: Sendable {
    /// The type of each value.
    associatedtype Element: SingleValuedConditionOperand
}

/// A type that `String…` operators compare: text, ARNs (AWS also accepts string operators for ARN
/// keys), and multivalued keys of those.
public protocol StringConditionOperand: Sendable {}

extension String: SingleValuedConditionOperand, StringConditionOperand {}
extension ARN: SingleValuedConditionOperand, StringConditionOperand {}
extension Bool: SingleValuedConditionOperand {}
extension Int: SingleValuedConditionOperand {}
extension IPAddressRange: SingleValuedConditionOperand {}
extension Array: MultivaluedConditionOperand where Element: SingleValuedConditionOperand {}
extension Array: StringConditionOperand where Element: StringConditionOperand {}
