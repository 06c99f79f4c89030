/// CloudWatch Logs in one region.
public struct LogsResources: Sendable, Hashable {
    /// The log groups.
    public var logGroups: Observed<[LogGroup]>
    /// The metric filters.
    public var metricFilters: Observed<[MetricFilter]>

    /// Creates a `LogsResources` from its parts.
    public init(
        logGroups: Observed<[LogGroup]> = .notConfigured,
        metricFilters: Observed<[MetricFilter]> = .notConfigured
    ) {
        self.logGroups = logGroups
        self.metricFilters = metricFilters
    }
}
