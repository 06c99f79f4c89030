/// ECS in one region.
public struct ECSResources: Sendable, Hashable {
    /// The clusters with their services.
    public var clusters: Observed<DescribedList<ECSCluster>>
    /// The active task definitions.
    public var taskDefinitions: Observed<DescribedList<ECSTaskDefinition>>

    /// Creates an `ECSResources` from its parts.
    public init(
        clusters: Observed<DescribedList<ECSCluster>> = .notConfigured,
        taskDefinitions: Observed<DescribedList<ECSTaskDefinition>> = .notConfigured
    ) {
        self.clusters = clusters
        self.taskDefinitions = taskDefinitions
    }
}
