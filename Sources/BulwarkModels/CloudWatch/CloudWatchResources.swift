/// CloudWatch alarms in one region.
public struct CloudWatchResources: Sendable, Hashable {
    /// The metric alarms.
    public var metricAlarms: Observed<[MetricAlarm]>

    /// Creates a `CloudWatchResources` from its parts.
    public init(metricAlarms: Observed<[MetricAlarm]> = .notConfigured) {
        self.metricAlarms = metricAlarms
    }
}
