/// Amazon EKS in one region.
public struct EKSResources: Sendable, Hashable {
    /// The clusters.
    public var clusters: Observed<[EKSCluster]>

    /// Creates an `EKSResources` from its parts.
    public init(clusters: Observed<[EKSCluster]> = .notConfigured) {
        self.clusters = clusters
    }
}

extension EKSResources {
    /// Reads `eks list-clusters` and each cluster's `describe-cluster`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> EKSResources {
        let names = reader.list(String.self, .call(scope, "eks", "list-clusters"), key: "clusters")
        return EKSResources(
            clusters: names.map { names in
                names.map { name in
                    EKSCluster(
                        name: name,
                        configuration: reader.member(
                            EKSClusterConfiguration.self,
                            .call(scope, "eks", "describe-cluster", name),
                            key: "cluster"
                        )
                    )
                }
            }
        )
    }
}
