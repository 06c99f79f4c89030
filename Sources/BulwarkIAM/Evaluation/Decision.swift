/// The outcome of an authorization request.
///
/// Spelled as in the test vectors and the CLI's JSON: `Allow`, `ExplicitDeny`, `ImplicitDeny`.
public enum Decision: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Some policy allows the request and nothing denies or limits it.
    case allow = "Allow"
    /// A matching `Deny` statement in some applicable policy; nothing can override it.
    case explicitDeny = "ExplicitDeny"
    /// No applicable `Allow` (or a guardrail such as an SCP level, a boundary or a session policy
    /// has no matching `Allow`): denied by default.
    case implicitDeny = "ImplicitDeny"

    /// Whether the request is allowed.
    public var isAllowed: Bool { self == .allow }

    /// The raw value (`Allow`, `ExplicitDeny`, `ImplicitDeny`).
    public var description: String { rawValue }
}

/// The kinds of policy that take part in a decision, as the IAM User Guide lists them.
public enum PolicyType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Identity-based policies of the user, its groups, or the role.
    case identity
    /// The resource-based policy (bucket policy, key policy, role trust policy, …).
    case resource
    /// The permissions boundary of the user or role.
    case permissionsBoundary
    /// The session policy passed when the session was created.
    case session
    /// The VPC endpoint policy the request went through.
    case vpcEndpoint
    /// A service control policy (Organizations), on the principal's side.
    case serviceControl
    /// A resource control policy (Organizations), on the resource's side.
    case resourceControl

    /// The name used in explanations ("identity-based policy", "SCP", …).
    public var description: String {
        switch self {
        case .identity: "identity-based policy"
        case .resource: "resource-based policy"
        case .permissionsBoundary: "permissions boundary"
        case .session: "session policy"
        case .vpcEndpoint: "VPC endpoint policy"
        case .serviceControl: "SCP"
        case .resourceControl: "RCP"
        }
    }
}
