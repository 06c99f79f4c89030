extension LogsSnapshot {
    /// Reads `logs describe-log-groups` and `describe-metric-filters`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> LogsSnapshot {
        LogsSnapshot(
            logGroups: reader.list(LogGroup.self, .call(scope, "logs", "describe-log-groups"), key: "logGroups"),
            metricFilters: reader.list(
                MetricFilter.self,
                .call(scope, "logs", "describe-metric-filters"),
                key: "metricFilters"
            )
        )
    }
}

extension CloudWatchSnapshot {
    /// Reads `cloudwatch describe-alarms`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> CloudWatchSnapshot {
        CloudWatchSnapshot(
            metricAlarms: reader.list(
                MetricAlarm.self,
                .call(scope, "cloudwatch", "describe-alarms"),
                key: "MetricAlarms"
            )
        )
    }
}
