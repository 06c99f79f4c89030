/// AWS Backup in one region.
public struct BackupResources: Sendable, Hashable {
    /// The backup plans.
    public var plans: Observed<[BackupPlan]>
    /// The backup vaults.
    public var vaults: Observed<[BackupVault]>

    /// Creates a `BackupResources` from its parts.
    public init(
        plans: Observed<[BackupPlan]> = .notConfigured,
        vaults: Observed<[BackupVault]> = .notConfigured
    ) {
        self.plans = plans
        self.vaults = vaults
    }
}
