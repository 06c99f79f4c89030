/// RDS in one region.
public struct RDSResources: Sendable, Hashable {
    /// The DB instances.
    public var dbInstances: Observed<[DBInstance]>
    /// The DB clusters.
    public var dbClusters: Observed<[DBCluster]>
    /// The DB snapshots and DB cluster snapshots, with their restore attributes.
    public var dbSnapshots: Observed<[DBSnapshot]>

    /// Creates a `RDSResources` from its parts.
    public init(
        dbInstances: Observed<[DBInstance]> = .notConfigured,
        dbClusters: Observed<[DBCluster]> = .notConfigured,
        dbSnapshots: Observed<[DBSnapshot]> = .notConfigured
    ) {
        self.dbInstances = dbInstances
        self.dbClusters = dbClusters
        self.dbSnapshots = dbSnapshots
    }
}
