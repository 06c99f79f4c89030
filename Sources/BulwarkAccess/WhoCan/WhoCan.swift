/// One party that can perform an action on a resource.
public struct WhoCanEntry: Sendable, Hashable, CustomStringConvertible {
    /// A principal ARN of the snapshot, or an outside party: `anonymous` (spelled `*` in JSON),
    /// `account:ID`, `organization:o-…`, `federated:PROVIDER`, `service:NAME`.
    public var principal: String
    /// `Allow`, or `Conditional` when it holds only once the listed conditions are met.
    public var decision: PermissionDecision
    /// Condition keys the access depends on.
    public var conditions: [String]
    /// The statements that decide, such as `user alice, inline policy x, statement #0`.
    public var statements: [String]

    /// Creates an entry.
    public init(principal: String, decision: PermissionDecision, conditions: [String] = [], statements: [String] = []) {
        self.principal = principal
        self.decision = decision
        self.conditions = conditions
        self.statements = statements
    }

    /// `principal: decision (statements)`.
    public var description: String {
        let conditions = self.conditions.isEmpty ? "" : " when \(self.conditions.joined(separator: ", ")) hold"
        return "\(principal): \(decision)\(conditions) — \(statements.joined(separator: "; "))"
    }
}

/// Everyone who can perform one action on one resource.
public struct WhoCan: Sendable, Hashable {
    /// The action asked about.
    public var action: String
    /// The resource asked about.
    public var resource: String
    /// The principals of the snapshot and the outside parties that can.
    public var principals: [WhoCanEntry]
    /// Why the answer may be incomplete (an unreadable resource policy makes every answer unknown).
    public var unknownReasons: [String]

    /// Creates an answer.
    public init(action: String, resource: String, principals: [WhoCanEntry], unknownReasons: [String] = []) {
        self.action = action
        self.resource = resource
        self.principals = principals
        self.unknownReasons = unknownReasons
    }
}
