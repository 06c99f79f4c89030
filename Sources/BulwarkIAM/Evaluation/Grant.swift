/// How far a resource-based policy's `Allow` reaches, by the principal it names
/// (IAM User Guide, "Policy evaluation logic" → "Resource-based policies").
enum Grant: UInt8, Sendable, Comparable {
    /// Not granted.
    case none = 0
    /// The policy names the principal's account: it delegates to the account's identity policies.
    case account = 1
    /// The policy names the role (or the user behind a federated session): limited by an implicit
    /// deny in the permissions boundary or the session policy.
    case limited = 2
    /// The policy names the user, the session or everyone: not limited by identity policies,
    /// boundaries or session policies.
    case direct = 3

    static func < (lhs: Grant, rhs: Grant) -> Bool { lhs.rawValue < rhs.rawValue }
}
