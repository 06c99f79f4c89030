/// The result builder of control bodies: it collects ``Check``s, with `if`, `switch`, `for` and `let`.
///
/// Anything else in a body (a bare value, a `print`, an assignment) is a compile-time error that
/// says what a body may contain.
@resultBuilder
public enum CheckBuilder {
    /// One check.
    public static func buildExpression(_ check: Check) -> [Check] { [check] }

    /// Several checks, from a check function that yields more than one or from a helper of your own.
    public static func buildExpression(_ checks: [Check]) -> [Check] { checks }

    /// Rejects anything that is not a check, with a message that says what a body may contain.
    @available(
        *,
        unavailable,
        message:
            "a control body may only contain checks (expect, require, ifConfigured, denies, fail, notApplicable, unknown), if/switch/for, and let; compute other values in a let"
    )
    public static func buildExpression<Value>(_ value: Value) -> [Check] { [] }

    /// The checks of a block, in order.
    public static func buildBlock(_ components: [Check]...) -> [Check] {
        var result: [Check] = []
        for component in components { result.append(contentsOf: component) }
        return result
    }

    /// An `if` without `else`.
    public static func buildOptional(_ component: [Check]?) -> [Check] { component ?? [] }

    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first component: [Check]) -> [Check] { component }

    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second component: [Check]) -> [Check] { component }

    /// A `for` loop.
    public static func buildArray(_ components: [[Check]]) -> [Check] {
        var result: [Check] = []
        for component in components { result.append(contentsOf: component) }
        return result
    }

    /// An `if #available` block.
    public static func buildLimitedAvailability(_ component: [Check]) -> [Check] { component }
}
