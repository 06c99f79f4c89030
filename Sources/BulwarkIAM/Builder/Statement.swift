/// One statement of a policy written in Swift, with its elements in a ``StatementBuilder`` body.
///
/// ```swift
/// Statement(.deny, sid: "DenyInsecureTransport") {
///     Principals.anyone
///     Actions("s3:*")
///     Resources("arn:aws:s3:::artifacts", "arn:aws:s3:::artifacts/*")
///     Condition.bool(.aws.secureTransport, false)
/// }
/// ```
///
/// Elements of the same kind add up (two `Actions` lines give one `Action` list). What AWS would reject
/// in any policy — `Actions` with `NotActions`, no actions at all, a value of the wrong type — is
/// reported, naming the statement, when the document is built; rules that depend on the kind of
/// policy (a `Principal` in an identity policy) are checked there too.
public struct Statement: Sendable, Hashable {
    /// The statement as the policy holds it.
    public var statement: PolicyStatement
    /// What is wrong with the elements, each with its path inside the statement.
    var problems: [Problem]

    struct Problem: Sendable, Hashable {
        var code: DiagnosticCode
        var path: [JSONPath.Component]
        var message: String
    }

    /// Creates a statement from its effect, optional `Sid` and body.
    public init(_ effect: Effect, sid: String? = nil, @StatementBuilder _ body: () -> [StatementPart]) {
        var actions: [String] = []
        var notActions: [String]?
        var resources: [String]?
        var notResources: [String]?
        var principal: PrincipalClause?
        var conditions: [Condition] = []
        var problems: [Problem] = []
        var sawActions = false
        for part in body() {
            switch part.kind {
            case .actions(let patterns, negated: false):
                sawActions = true
                actions += patterns
            case .actions(let patterns, negated: true): notActions = (notActions ?? []) + patterns
            case .resources(let patterns, negated: false): resources = (resources ?? []) + patterns
            case .resources(let patterns, negated: true): notResources = (notResources ?? []) + patterns
            case .principals(let set, let negated):
                let (merged, problem) = Self.merge(principal, set, negated: negated)
                principal = merged
                if let problem { problems.append(Problem(code: .conflictingElements, path: [], message: problem)) }
            case .condition(let condition, let conditionProblems):
                let path: [JSONPath.Component] = [
                    "Condition", .key(condition.operator.description), .key(condition.key),
                ]
                problems += conditionProblems.map { Problem(code: .invalidConditionValue, path: path, message: $0) }
                conditions.append(condition)
            }
        }
        if sawActions && notActions != nil {
            problems.append(Problem(code: .conflictingElements, path: [], message: "has both Actions and NotActions"))
        } else if !sawActions && notActions == nil {
            problems.append(Problem(code: .missingElement, path: [], message: "has no Actions or NotActions"))
        }
        if resources != nil && notResources != nil {
            problems.append(
                Problem(code: .conflictingElements, path: [], message: "has both Resources and NotResources")
            )
        }
        self.statement = PolicyStatement(
            sid: sid,
            effect: effect,
            principal: principal,
            action: notActions.map { .notAction($0) } ?? .action(actions),
            resource: notResources.map { .notResource($0) } ?? resources.map { .resource($0) },
            conditions: conditions
        )
        self.problems = problems
    }

    /// Wraps a statement made by other means, such as one taken from a parsed document.
    public init(_ statement: PolicyStatement) {
        self.statement = statement
        self.problems = []
    }

    /// Adds `set` to the principal clause so far; principals of the same element add up.
    private static func merge(_ clause: PrincipalClause?, _ set: PrincipalSet, negated: Bool)
        -> (PrincipalClause?, String?)
    {
        func make(_ set: PrincipalSet) -> PrincipalClause { negated ? .notPrincipal(set) : .principal(set) }
        guard let clause else { return (make(set), nil) }
        guard clause.isNegated == negated else { return (clause, "has both Principals and NotPrincipals") }
        switch (clause.set, set) {
        case (.entries(let old), .entries(let new)): return (make(.entries(old + new)), nil)
        case (.any, .any): return (clause, nil)
        default: return (clause, "combines Principals.anyone (\"*\") with named principals")
        }
    }
}
