extension LogsResources {
    /// Reads `logs describe-log-groups` and `describe-metric-filters`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> LogsResources {
        LogsResources(
            logGroups: reader.list(LogGroup.self, .call(scope, "logs", "describe-log-groups"), key: "logGroups"),
            metricFilters: reader.list(
                MetricFilter.self,
                .call(scope, "logs", "describe-metric-filters"),
                key: "metricFilters"
            )
        )
    }
}

extension CloudWatchResources {
    /// Reads `cloudwatch describe-alarms`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> CloudWatchResources {
        CloudWatchResources(
            metricAlarms: reader.list(
                MetricAlarm.self,
                .call(scope, "cloudwatch", "describe-alarms"),
                key: "MetricAlarms"
            )
        )
    }
}
