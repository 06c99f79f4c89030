import BulwarkIAM
public import BulwarkAccess
public import BulwarkModels
public import Foundation

/// What every control in one scan shares: the snapshot, the scan's clock and the organization's
/// guardrails, computed once.
public final class ScanEnvironment: Sendable {
    /// The snapshot being scanned.
    public let snapshot: AccountSnapshot
    /// The time the scan treats as now (key and password ages are measured against it).
    public let now: Date
    /// The SCPs and RCPs that apply to the account, or why they are unknown.
    public let guardrails: Observed<OrganizationGuardrails>

    /// Creates the environment of a scan of `snapshot` at `now`.
    public init(snapshot: AccountSnapshot, now: Date = Date()) {
        self.snapshot = snapshot
        self.now = now
        guardrails = OrganizationGuardrails.of(account: snapshot.accountID, in: snapshot.organizations)
    }

    /// The account id.
    public var accountID: String { snapshot.accountID }
    /// The partition (`aws`).
    public var partition: String { snapshot.partition.rawValue }

    /// The scope of something read in `region` (`global` for global services).
    public func scope(region: String) -> ResourceScope {
        ResourceScope(account: snapshot.accountID, partition: snapshot.partition.rawValue, region: region)
    }
}
