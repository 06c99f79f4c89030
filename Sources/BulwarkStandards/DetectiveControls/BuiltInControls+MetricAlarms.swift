import BulwarkControls
import BulwarkIAM
import BulwarkModels

// Practice: the CIS metric-filter + alarm family, as one parameterised template.

extension BuiltInControls {
    /// The terms a filter pattern must contain.
    static let filterTerms = Parameter(
        "requiredFilterTerms",
        default: [String](),
        "Terms the metric filter pattern must contain (compared without spaces, quotes or case)"
    )

    /// The CIS "ensure a log metric filter and alarm exist for …" control for `pattern`.
    ///
    /// It passes when a multi-region, logging trail delivers to a CloudWatch Logs group that has a
    /// metric filter containing every term, and an alarm on that metric has an enabled action.
    static func metricAlarm(_ pattern: MetricAlarmPattern) -> Control {
        let terms = Parameter(filterTerms.name, default: pattern.terms, filterTerms.summary)
        let suffix = pattern.number < 10 ? "0\(pattern.number)" : "\(pattern.number)"
        return Control(
            id: "DET-014-\(suffix)",
            title: "A CloudWatch metric filter and alarm watch \(pattern.subject)",
            domain: .detectiveControls,
            severity: .low,
            references: [
                .cis5(pattern.cis5), .cis7(pattern.cis7),
                .documentation("https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html"),
            ],
            rationale: "Practice: the CIS metric-filter and alarm family. Alerting on \(pattern.subject) shortens the "
                + "time between a change and someone noticing it. (The alarm must have an enabled action; whether "
                + "the SNS topic has subscribers is not checked.)",
            remediation: Remediation(
                "Create a metric filter for \(pattern.subject) on the trail's log group and an alarm with an SNS action.",
                cli: "aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name <name> "
                    + "--metric-transformations metricName=<name>,metricNamespace=CISBenchmark,metricValue=1 "
                    + "--filter-pattern '<pattern>' && aws cloudwatch put-metric-alarm --alarm-name <name> "
                    + "--metric-name <name> --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 "
                    + "--comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <topic-arn>"
            ),
            parameters: [terms]
        ) { context in
            metricAlarmCheck(
                context,
                subject: pattern.subject,
                terms: context[terms].map(MetricAlarmPattern.normalized)
            )
        }
    }

    /// The check of one metric-filter control.
    static func metricAlarmCheck(_ context: ControlContext, subject: String, terms: [String]) -> Check {
        let (trails, unreadable) = context.snapshot.distinctTrails
        var firstUnknown = unreadable.first
        for trail in trails where trail.isMultiRegionTrail {
            guard let group = trail.logGroup else { continue }
            guard let region = context.snapshot.regions[Region(rawValue: group.region)] else { continue }
            let logging = trail.status.map(\.isLogging)
            if case .unknown(let reason) = logging { firstUnknown = firstUnknown ?? reason }
            guard case .value(true) = logging else { continue }
            switch (region.logs.metricFilters.elements, region.cloudWatch.metricAlarms.elements) {
            case (let filters?, let alarms?):
                let metrics =
                    filters.filter { filter in
                        let pattern = MetricAlarmPattern.normalized(filter.filterPattern)
                        return filter.logGroupName == group.name && terms.allSatisfy { pattern.contains($0) }
                    }
                    .flatMap(\.metricTransformations)
                let alarmed = metrics.contains { metric in
                    alarms.contains { alarm in
                        alarm.metricName == metric.metricName && alarm.namespace == metric.metricNamespace
                            && alarm.actionsEnabled && !alarm.alarmActions.isEmpty
                    }
                }
                if alarmed { return pass() }
            default:
                firstUnknown =
                    firstUnknown ?? region.logs.metricFilters.unreadable ?? region.cloudWatch.metricAlarms.unreadable
            }
        }
        if let firstUnknown { return unknown(firstUnknown) }
        return fail("no metric filter with an alarm watches \(subject) on a multi-region trail's log group")
    }

    /// DET-014-01 … DET-014-15: the CIS metric-filter and alarm family.
    static let metricAlarms: [Control] = MetricAlarmPattern.all.map(metricAlarm)
}
