/// Something that can appear in the body of a ``Statement``: ``Actions``, ``NotActions``,
/// ``Resources``, ``NotResources``, ``Principals``, ``NotPrincipals``, a ``Condition`` or a
/// single-valued ``TypedCondition``.
public protocol StatementElement: Sendable {
    /// What the element adds to its statement.
    var statementPart: StatementPart { get }
}

/// One element of a statement body, as ``StatementBuilder`` collects them.
public struct StatementPart: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case actions([String], negated: Bool)
        case resources([String], negated: Bool)
        case principals(PrincipalSet, negated: Bool)
        case condition(Condition, problems: [String])
    }

    let kind: Kind
}

/// `Action`: the actions the statement applies to, such as `s3:GetObject` or `s3:Get*`.
///
/// Several `Actions` in one statement add up; a statement has `Actions` or ``NotActions``, never both.
public struct Actions: StatementElement, Hashable {
    /// The action patterns as written.
    public var patterns: [String]

    /// The actions (or patterns with `*` and `?`) the statement applies to.
    public init(_ patterns: String...) { self.patterns = patterns }

    /// The actions from a list, such as the result of a `map`.
    public init(_ patterns: some Sequence<String>) { self.patterns = Array(patterns) }

    /// An `Action` element.
    public var statementPart: StatementPart { StatementPart(kind: .actions(patterns, negated: false)) }
}

/// `NotAction`: the statement applies to every action except these.
public struct NotActions: StatementElement, Hashable {
    /// The action patterns as written.
    public var patterns: [String]

    /// The actions (or patterns) the statement does not apply to.
    public init(_ patterns: String...) { self.patterns = patterns }

    /// The actions from a list.
    public init(_ patterns: some Sequence<String>) { self.patterns = Array(patterns) }

    /// A `NotAction` element.
    public var statementPart: StatementPart { StatementPart(kind: .actions(patterns, negated: true)) }
}

/// `Resource`: the resources the statement applies to, as ARNs or ARN patterns (`*` for all).
///
/// Several `Resources` in one statement add up; a statement has `Resources` or ``NotResources``.
public struct Resources: StatementElement, Hashable {
    /// The ARN patterns as written.
    public var patterns: [String]

    /// ARN patterns as text; they may hold wildcards and policy variables.
    public init(_ patterns: PolicyText...) { self.patterns = patterns.map(\.text) }

    /// ARN patterns from a list, such as the result of a `map`.
    public init(_ patterns: some Sequence<String>) { self.patterns = Array(patterns) }

    /// ARNs built from their parts.
    public init(_ arns: ARN...) { self.patterns = arns.map(\.description) }

    /// ARNs from a list.
    public init(_ arns: [ARN]) { self.patterns = arns.map(\.description) }

    /// A `Resource` element.
    public var statementPart: StatementPart { StatementPart(kind: .resources(patterns, negated: false)) }
}

/// `NotResource`: the statement applies to every resource except these.
public struct NotResources: StatementElement, Hashable {
    /// The ARN patterns as written.
    public var patterns: [String]

    /// ARN patterns as text.
    public init(_ patterns: PolicyText...) { self.patterns = patterns.map(\.text) }

    /// ARN patterns from a list, such as the result of a `map`.
    public init(_ patterns: some Sequence<String>) { self.patterns = Array(patterns) }

    /// ARNs built from their parts.
    public init(_ arns: ARN...) { self.patterns = arns.map(\.description) }

    /// ARNs from a list.
    public init(_ arns: [ARN]) { self.patterns = arns.map(\.description) }

    /// A `NotResource` element.
    public var statementPart: StatementPart { StatementPart(kind: .resources(patterns, negated: true)) }
}

/// `Principal`: who the statement applies to, in resource-based and trust policies.
///
/// ```swift
/// Principals(.account("111122223333"), .service("lambda.amazonaws.com"))
/// Principals.anyone  // "Principal": "*"
/// ```
public struct Principals: StatementElement, Hashable {
    /// The principals.
    public var set: PrincipalSet

    /// The listed principals.
    public init(_ entries: PrincipalEntry...) { self.set = .entries(entries) }

    /// The principals from a list.
    public init(_ entries: [PrincipalEntry]) { self.set = .entries(entries) }

    /// The principals as a ``PrincipalSet``.
    public init(_ set: PrincipalSet) { self.set = set }

    /// `"Principal": "*"`: everyone, including anonymous callers.
    public static var anyone: Principals { Principals(PrincipalSet.any) }

    /// A `Principal` element.
    public var statementPart: StatementPart { StatementPart(kind: .principals(set, negated: false)) }
}

/// `NotPrincipal`: the statement applies to every principal except these (only with `Deny`).
public struct NotPrincipals: StatementElement, Hashable {
    /// The principals.
    public var set: PrincipalSet

    /// The listed principals.
    public init(_ entries: PrincipalEntry...) { self.set = .entries(entries) }

    /// The principals from a list.
    public init(_ entries: [PrincipalEntry]) { self.set = .entries(entries) }

    /// The principals as a ``PrincipalSet``.
    public init(_ set: PrincipalSet) { self.set = set }

    /// A `NotPrincipal` element.
    public var statementPart: StatementPart { StatementPart(kind: .principals(set, negated: true)) }
}

extension Condition: StatementElement {
    /// One entry of the `Condition` element.
    public var statementPart: StatementPart { StatementPart(kind: .condition(self, problems: [])) }
}

extension TypedCondition: StatementElement where Value: SingleValuedConditionOperand {
    /// One entry of the `Condition` element.
    public var statementPart: StatementPart { StatementPart(kind: .condition(condition, problems: problems)) }
}
