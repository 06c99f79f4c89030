/// Collects the body of a ``Statement``: its actions, resources, principals and conditions, with
/// `if`, `if`/`else`, `switch` and `for`.
@resultBuilder
public enum StatementBuilder {
    /// Accepts a statement element.
    public static func buildExpression(_ element: some StatementElement) -> [StatementPart] {
        [element.statementPart]
    }

    /// Rejects a multivalued condition without its set operator.
    @available(
        *,
        unavailable,
        message: "a multivalued key needs .forAllValues or .forAnyValue (IAM User Guide, \"Multivalued context keys\")"
    )
    public static func buildExpression<Value: MultivaluedConditionOperand>(
        _ condition: TypedCondition<Value>
    ) -> [StatementPart] { [] }

    /// Rejects anything else with a message that says what a statement body may hold.
    @available(
        *,
        unavailable,
        message:
            "a statement body may only contain Actions, NotActions, Resources, NotResources, Principals, NotPrincipals and conditions"
    )
    public static func buildExpression<Other>(_ other: Other) -> [StatementPart] { [] }

    /// Joins the lines of a body.
    public static func buildBlock(_ parts: [StatementPart]...) -> [StatementPart] { parts.flatMap { $0 } }

    /// An `if` without `else`.
    public static func buildOptional(_ parts: [StatementPart]?) -> [StatementPart] { parts ?? [] }

    /// The `if` branch of an `if`/`else` or `switch`.
    public static func buildEither(first parts: [StatementPart]) -> [StatementPart] { parts }

    /// The `else` branch of an `if`/`else` or `switch`.
    public static func buildEither(second parts: [StatementPart]) -> [StatementPart] { parts }

    /// A `for` loop.
    public static func buildArray(_ parts: [[StatementPart]]) -> [StatementPart] { parts.flatMap { $0 } }

    /// An `if #available` block.
    public static func buildLimitedAvailability(_ parts: [StatementPart]) -> [StatementPart] { parts }
}
