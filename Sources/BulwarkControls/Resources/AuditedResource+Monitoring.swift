public import BulwarkModels

extension Trail: AuditedResource {
    /// `AWS::CloudTrail::Trail`.
    public static var resourceType: String { "AWS::CloudTrail::Trail" }
    /// The trail's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(trailARN)" }
}

extension LogGroup: AuditedResource {
    /// `AWS::Logs::LogGroup`.
    public static var resourceType: String { "AWS::Logs::LogGroup" }
    /// The log group's ARN, or `arn:aws:logs:<region>:<account>:log-group:<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        arn.map { "\($0)" } ?? scope.arn("logs", "log-group:\(logGroupName)")
    }
}

extension MetricAlarm: AuditedResource {
    /// `AWS::CloudWatch::Alarm`.
    public static var resourceType: String { "AWS::CloudWatch::Alarm" }
    /// The alarm's ARN, or `arn:aws:cloudwatch:<region>:<account>:alarm:<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        alarmARN.map { "\($0)" } ?? scope.arn("cloudwatch", "alarm:\(alarmName)")
    }
}

extension ConfigurationRecorder: AuditedResource {
    /// `AWS::Config::ConfigurationRecorder`.
    public static var resourceType: String { "AWS::Config::ConfigurationRecorder" }
    /// `arn:aws:config:<region>:<account>:configuration-recorder/<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        scope.arn("config", "configuration-recorder/\(name)")
    }
}

extension ConfigRule: AuditedResource {
    /// `AWS::Config::ConfigRule`.
    public static var resourceType: String { "AWS::Config::ConfigRule" }
    /// The rule's ARN, or `arn:aws:config:<region>:<account>:config-rule/<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        configRuleARN.map { "\($0)" } ?? scope.arn("config", "config-rule/\(configRuleName)")
    }
}

extension GuardDutyDetector: AuditedResource {
    /// `AWS::GuardDuty::Detector`.
    public static var resourceType: String { "AWS::GuardDuty::Detector" }
    /// `arn:aws:guardduty:<region>:<account>:detector/<id>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("guardduty", "detector/\(detectorID)") }

    /// The detector's ARN from the id a `get-detector` call was for.
    public static func resourceARN(of item: Unreadable, in scope: ResourceScope) -> String? {
        item.call.resourceID.map { scope.arn("guardduty", "detector/\($0)") }
    }
}

extension AccessAnalyzer: AuditedResource {
    /// `AWS::AccessAnalyzer::Analyzer`.
    public static var resourceType: String { "AWS::AccessAnalyzer::Analyzer" }
    /// The analyzer's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}
