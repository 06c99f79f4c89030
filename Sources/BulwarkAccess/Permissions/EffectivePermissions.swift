/// The decision on one action for a principal, summarised over resources.
public enum PermissionDecision: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Allowed on the listed resources.
    case allow = "Allow"
    /// No policy allows it.
    case implicitDeny = "ImplicitDeny"
    /// A `Deny` statement applies.
    case explicitDeny = "ExplicitDeny"
    /// Allowed only when the listed condition keys hold.
    case conditional = "Conditional"

    /// The raw value, spelled as in the test vectors.
    public var description: String { rawValue }
}

/// What a principal may do with one catalog action.
public struct ActionPermission: Sendable, Hashable, CustomStringConvertible {
    /// The action (`s3:GetObject`).
    public var action: String
    /// The decision.
    public var decision: PermissionDecision
    /// The ARN patterns granted and the snapshot's concrete resources they reach (`*` for all).
    public var resources: [String]
    /// Resources a `Deny` or a `NotResource` carves out of ``resources``.
    public var notResources: [String]
    /// Condition keys the grant depends on (for ``PermissionDecision/conditional``, the keys that must hold).
    public var conditions: [String]

    /// Creates an entry.
    public init(
        action: String,
        decision: PermissionDecision,
        resources: [String] = [],
        notResources: [String] = [],
        conditions: [String] = []
    ) {
        self.action = action
        self.decision = decision
        self.resources = resources
        self.notResources = notResources
        self.conditions = conditions
    }

    /// `s3:GetObject: Allow on arn:aws:s3:::logs/*`.
    public var description: String {
        var text = "\(action): \(decision)"
        if !resources.isEmpty { text += " on \(resources.joined(separator: ", "))" }
        if !notResources.isEmpty { text += " except \(notResources.joined(separator: ", "))" }
        if !conditions.isEmpty { text += " when \(conditions.joined(separator: ", ")) hold" }
        return text
    }
}

/// The effective permissions of one principal over the action catalog.
public struct EffectivePermissions: Sendable, Hashable {
    /// The principal.
    public var principal: String
    /// One entry per catalog action (only those not implicitly denied everywhere, unless all were asked for).
    public var actions: [ActionPermission]
    /// Why the answer may be incomplete.
    public var unknownReasons: [String]

    /// Creates the permissions.
    public init(principal: String, actions: [ActionPermission], unknownReasons: [String] = []) {
        self.principal = principal
        self.actions = actions
        self.unknownReasons = unknownReasons
    }

    /// The entry for one action, if listed.
    public func permission(for action: String) -> ActionPermission? {
        actions.first { $0.action.lowercased() == action.lowercased() }
    }
}
