/// One step of an escalation path: `from` can gain the permissions of `to` (or, when they are
/// the same principal, change its own permissions) by `method`.
public struct EscalationStep: Sendable, Hashable, CustomStringConvertible {
    /// The principal taking the step.
    public var from: String
    /// The principal whose permissions it gains (itself for a change to its own permissions).
    public var to: String
    /// How: `sts:AssumeRole`, `iam:CreateAccessKey`, `iam:PassRole+lambda:CreateFunction+…`, `iam:AttachUserPolicy`.
    public var method: String
    /// The actions the step needs, each allowed by the evaluator.
    public var actions: [String]
    /// The statements that allow them, such as `user alice, inline policy x, statement #0`.
    public var statements: [String]
    /// What the step goes through (a compute resource, a group, a policy), when it goes through one.
    public var via: String?

    /// Creates a step.
    public init(
        from: String,
        to: String,
        method: String,
        actions: [String],
        statements: [String] = [],
        via: String? = nil
    ) {
        self.from = from
        self.to = to
        self.method = method
        self.actions = actions
        self.statements = statements
        self.via = via
    }

    /// `from → to by method (via …)`.
    public var description: String {
        let through = via.map { " via \($0)" } ?? ""
        return from == to
            ? "\(from) changes its own permissions by \(method)\(through)" : "\(from) → \(to) by \(method)\(through)"
    }
}

/// A sequence of steps that ends with a principal that is admin-equivalent.
public struct EscalationPath: Sendable, Hashable {
    /// The steps, in order.
    public var steps: [EscalationStep]

    /// Creates a path.
    public init(steps: [EscalationStep]) { self.steps = steps }
}

/// What escalation analysis says about one principal.
public struct PrincipalEscalation: Sendable, Hashable {
    /// The principal.
    public var arn: String
    /// Allowed every action on every resource by its identity side, now or after one change to its
    /// own permissions that its own policies allow.
    public var adminEquivalent: Bool
    /// Why it is admin-equivalent: `allowed * on *` or the change that makes it so.
    public var adminReason: String?
    /// The shortest path to an admin-equivalent principal (for admin-equivalent principals whose
    /// status needs one change, that change as a one-step path).
    public var paths: [EscalationPath]
    /// Why the answer may be incomplete for this principal.
    public var unknownReasons: [String]

    /// Creates an entry.
    public init(
        arn: String,
        adminEquivalent: Bool,
        adminReason: String? = nil,
        paths: [EscalationPath] = [],
        unknownReasons: [String] = []
    ) {
        self.arn = arn
        self.adminEquivalent = adminEquivalent
        self.adminReason = adminReason
        self.paths = paths
        self.unknownReasons = unknownReasons
    }
}

/// The privilege-escalation graph of an account and what it means for each principal.
public struct EscalationReport: Sendable, Hashable {
    /// Principals that are admin-equivalent or have a path to one.
    public var principals: [PrincipalEscalation]
    /// Every edge of the graph: who can gain whose permissions, and how.
    public var edges: [EscalationStep]
    /// What the snapshot could not say; paths through what is unknown may be missing.
    public var unknownReasons: [String]

    /// Creates a report.
    public init(principals: [PrincipalEscalation], edges: [EscalationStep], unknownReasons: [String] = []) {
        self.principals = principals
        self.edges = edges
        self.unknownReasons = unknownReasons
    }

    /// The entry for one principal, if it is admin-equivalent or has a path.
    public func principal(_ arn: String) -> PrincipalEscalation? { principals.first { $0.arn == arn } }

    /// The ARNs of the admin-equivalent principals.
    public var adminEquivalent: [String] { principals.filter(\.adminEquivalent).map(\.arn) }
}
