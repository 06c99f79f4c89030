public import BulwarkIAM

/// A CloudWatch Logs log group (`logs describe-log-groups`).
public struct LogGroup: Sendable, Hashable {
    /// The group's name.
    public var logGroupName: String
    /// The group's ARN.
    public var arn: ARN?
    /// Days events are kept; `nil` means forever.
    public var retentionInDays: Int?
    /// The KMS key, if any.
    public var kmsKeyID: String?

    /// Creates a `LogGroup` from its parts.
    public init(
        logGroupName: String,
        arn: ARN? = nil,
        retentionInDays: Int? = nil,
        kmsKeyID: String? = nil
    ) {
        self.logGroupName = logGroupName
        self.arn = arn
        self.retentionInDays = retentionInDays
        self.kmsKeyID = kmsKeyID
    }
}

extension LogGroup: Decodable {
    private enum CodingKeys: String, CodingKey {
        case logGroupName = "logGroupName"
        case arn = "arn"
        case retentionInDays = "retentionInDays"
        case kmsKeyID = "kmsKeyId"
    }

    /// Decodes a `LogGroup` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        logGroupName = try container.decode(String.self, forKey: .logGroupName)
        arn = try container.decodeARNIfPresent(forKey: .arn)
        retentionInDays = try container.decodeIfPresent(Int.self, forKey: .retentionInDays)
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
    }
}

/// A CloudWatch Logs metric filter (`logs describe-metric-filters`).
public struct MetricFilter: Sendable, Hashable {
    /// The filter's name.
    public var filterName: String
    /// The pattern, such as `{ ($.errorCode = "*UnauthorizedOperation") }`.
    public var filterPattern: String
    /// The log group it reads.
    public var logGroupName: String
    /// The metrics it publishes.
    public var metricTransformations: [MetricTransformation]

    /// Creates a `MetricFilter` from its parts.
    public init(
        filterName: String,
        filterPattern: String = "",
        logGroupName: String,
        metricTransformations: [MetricTransformation] = []
    ) {
        self.filterName = filterName
        self.filterPattern = filterPattern
        self.logGroupName = logGroupName
        self.metricTransformations = metricTransformations
    }
}

extension MetricFilter: Decodable {
    private enum CodingKeys: String, CodingKey {
        case filterName = "filterName"
        case filterPattern = "filterPattern"
        case logGroupName = "logGroupName"
        case metricTransformations = "metricTransformations"
    }

    /// Decodes a `MetricFilter` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        filterName = try container.decode(String.self, forKey: .filterName)
        filterPattern = try container.decodeIfPresent(String.self, forKey: .filterPattern) ?? ""
        logGroupName = try container.decode(String.self, forKey: .logGroupName)
        metricTransformations =
            try container.decodeIfPresent([MetricTransformation].self, forKey: .metricTransformations) ?? []
    }
}

/// A metric published by a metric filter.
public struct MetricTransformation: Sendable, Hashable {
    /// The metric's name.
    public var metricName: String
    /// The metric's namespace.
    public var metricNamespace: String
    /// The value published per match.
    public var metricValue: String

    /// Creates a `MetricTransformation` from its parts.
    public init(
        metricName: String,
        metricNamespace: String,
        metricValue: String = "1"
    ) {
        self.metricName = metricName
        self.metricNamespace = metricNamespace
        self.metricValue = metricValue
    }
}

extension MetricTransformation: Decodable {
    private enum CodingKeys: String, CodingKey {
        case metricName = "metricName"
        case metricNamespace = "metricNamespace"
        case metricValue = "metricValue"
    }

    /// Decodes a `MetricTransformation` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        metricName = try container.decode(String.self, forKey: .metricName)
        metricNamespace = try container.decode(String.self, forKey: .metricNamespace)
        metricValue = try container.decodeIfPresent(String.self, forKey: .metricValue) ?? "1"
    }
}

/// A CloudWatch metric alarm (`cloudwatch describe-alarms`).
public struct MetricAlarm: Sendable, Hashable {
    /// The alarm's name.
    public var alarmName: String
    /// The alarm's ARN.
    public var alarmARN: ARN?
    /// The metric.
    public var metricName: String?
    /// The metric's namespace.
    public var namespace: String?
    /// Whether actions run.
    public var actionsEnabled: Bool
    /// What happens in `ALARM` state (SNS topics, …).
    public var alarmActions: [String]
    /// `OK`, `ALARM` or `INSUFFICIENT_DATA`.
    public var stateValue: String?

    /// Creates a `MetricAlarm` from its parts.
    public init(
        alarmName: String,
        alarmARN: ARN? = nil,
        metricName: String? = nil,
        namespace: String? = nil,
        actionsEnabled: Bool = true,
        alarmActions: [String] = [],
        stateValue: String? = nil
    ) {
        self.alarmName = alarmName
        self.alarmARN = alarmARN
        self.metricName = metricName
        self.namespace = namespace
        self.actionsEnabled = actionsEnabled
        self.alarmActions = alarmActions
        self.stateValue = stateValue
    }
}

extension MetricAlarm: Decodable {
    private enum CodingKeys: String, CodingKey {
        case alarmName = "AlarmName"
        case alarmARN = "AlarmArn"
        case metricName = "MetricName"
        case namespace = "Namespace"
        case actionsEnabled = "ActionsEnabled"
        case alarmActions = "AlarmActions"
        case stateValue = "StateValue"
    }

    /// Decodes a `MetricAlarm` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        alarmName = try container.decode(String.self, forKey: .alarmName)
        alarmARN = try container.decodeARNIfPresent(forKey: .alarmARN)
        metricName = try container.decodeIfPresent(String.self, forKey: .metricName)
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        actionsEnabled = try container.decodeIfPresent(Bool.self, forKey: .actionsEnabled) ?? true
        alarmActions = try container.decodeIfPresent([String].self, forKey: .alarmActions) ?? []
        stateValue = try container.decodeIfPresent(String.self, forKey: .stateValue)
    }
}
