/// Amazon Inspector in one region.
public struct Inspector2Resources: Sendable, Hashable {
    /// The status of the account (and members, for an administrator).
    public var accounts: Observed<[InspectorAccountStatus]>

    /// Creates an `Inspector2Resources` from its parts.
    public init(accounts: Observed<[InspectorAccountStatus]> = .notConfigured) {
        self.accounts = accounts
    }
}
