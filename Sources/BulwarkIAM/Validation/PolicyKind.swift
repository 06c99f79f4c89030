/// Which kind of policy a document is; the grammar's rules depend on it.
///
/// Identity policies, permissions boundaries, session policies and SCPs may not name a `Principal`;
/// resource policies must; role trust policies must name one, may not have `Resource` and may not use
/// `NotPrincipal`; RCPs must use `"Principal": "*"` and may only `Deny` (apart from the built-in
/// `RCPFullAWSAccess`). IAM-stored kinds also limit `Sid` characters and the policy's character set,
/// and each kind has its own size limit.
public enum PolicyKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// An identity-based policy attached to a user, group or role (managed or inline).
    case identity
    /// A resource-based policy such as an S3 bucket policy or a KMS key policy.
    case resource
    /// A role trust policy (the role's `AssumeRolePolicyDocument`).
    case trustPolicy = "trust"
    /// A permissions boundary (a managed policy used as a boundary).
    case permissionsBoundary = "boundary"
    /// A session policy passed to `AssumeRole` or `GetFederationToken`.
    case session
    /// An AWS Organizations service control policy.
    case serviceControl = "scp"
    /// An AWS Organizations resource control policy.
    case resourceControl = "rcp"
    /// A VPC endpoint policy.
    case endpoint

    /// The short name used on the command line, such as `identity`, `trust` or `scp`.
    public var description: String { rawValue }

    /// A readable name for messages, such as `identity policy`.
    public var displayName: String {
        switch self {
        case .identity: "identity policy"
        case .resource: "resource-based policy"
        case .trustPolicy: "role trust policy"
        case .permissionsBoundary: "permissions boundary"
        case .session: "session policy"
        case .serviceControl: "service control policy (SCP)"
        case .resourceControl: "resource control policy (RCP)"
        case .endpoint: "VPC endpoint policy"
        }
    }

    /// The display name with its article, such as `an identity policy` or `a role trust policy`.
    public var displayNameWithArticle: String {
        let first = displayName.first.map { "aeiou".contains($0) } ?? false
        return (first ? "an " : "a ") + displayName
    }
}
