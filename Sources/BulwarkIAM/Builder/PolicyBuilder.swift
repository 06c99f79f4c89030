/// Collects the statements of a policy document built with
/// ``PolicyDocument/init(kind:version:id:strictness:checkingQuotas:statements:)``, with `if`, `if`/`else`, `switch`
/// and `for`.
@resultBuilder
public enum PolicyBuilder {
    /// Accepts a statement.
    public static func buildExpression(_ statement: Statement) -> [Statement] { [statement] }

    /// Rejects anything else with a message that says what a policy body may hold.
    @available(*, unavailable, message: "a policy document body may only contain Statement(…) values")
    public static func buildExpression<Other>(_ other: Other) -> [Statement] { [] }

    /// Joins the statements of a body.
    public static func buildBlock(_ statements: [Statement]...) -> [Statement] { statements.flatMap { $0 } }

    /// An `if` without `else`.
    public static func buildOptional(_ statements: [Statement]?) -> [Statement] { statements ?? [] }

    /// The `if` branch of an `if`/`else` or `switch`.
    public static func buildEither(first statements: [Statement]) -> [Statement] { statements }

    /// The `else` branch of an `if`/`else` or `switch`.
    public static func buildEither(second statements: [Statement]) -> [Statement] { statements }

    /// A `for` loop.
    public static func buildArray(_ statements: [[Statement]]) -> [Statement] { statements.flatMap { $0 } }

    /// An `if #available` block.
    public static func buildLimitedAvailability(_ statements: [Statement]) -> [Statement] { statements }
}
