public import BulwarkIAM
import Foundation

/// An EventBridge rule on the default event bus with its targets (`events list-rules`,
/// `events list-targets-by-rule`).
public struct EventRule: Sendable, Hashable {
    /// The rule's name.
    public var name: String
    /// The rule's ARN.
    public var arn: ARN
    /// `ENABLED`, `DISABLED` or `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`.
    public var state: String
    /// The event pattern, when the rule matches events (scheduled rules have none).
    public var eventPattern: EventPattern?
    /// The schedule, for scheduled rules.
    public var scheduleExpression: String?
    /// The bus the rule belongs to.
    public var eventBusName: String?
    /// The targets the rule sends matched events to.
    public var targets: Observed<[EventTarget]>

    /// Creates an `EventRule` from its parts.
    public init(
        name: String,
        arn: ARN,
        state: String = "ENABLED",
        eventPattern: EventPattern? = nil,
        scheduleExpression: String? = nil,
        eventBusName: String? = "default",
        targets: Observed<[EventTarget]> = .value([])
    ) {
        self.name = name
        self.arn = arn
        self.state = state
        self.eventPattern = eventPattern
        self.scheduleExpression = scheduleExpression
        self.eventBusName = eventBusName
        self.targets = targets
    }

    /// Whether the rule is enabled.
    public var isEnabled: Bool { state.hasPrefix("ENABLED") }
}

extension EventRule: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case arn = "Arn"
        case state = "State"
        case eventPattern = "EventPattern"
        case scheduleExpression = "ScheduleExpression"
        case eventBusName = "EventBusName"
    }

    /// Decodes an `EventRule` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        arn = try container.decodeARN(forKey: .arn)
        state = try container.decodeIfPresent(String.self, forKey: .state) ?? ""
        eventPattern = try container.decodeIfPresent(String.self, forKey: .eventPattern).map(EventPattern.init(text:))
        scheduleExpression = try container.decodeIfPresent(String.self, forKey: .scheduleExpression)
        eventBusName = try container.decodeIfPresent(String.self, forKey: .eventBusName)
        targets = .value([])
    }
}

/// Where an EventBridge rule sends matched events.
public struct EventTarget: Sendable, Hashable {
    /// The target's id within the rule.
    public var id: String
    /// The target's ARN (an SNS topic, Lambda function, SQS queue, Step Functions state machine, …).
    public var arn: ARN

    /// Creates an `EventTarget` from its parts.
    public init(id: String, arn: ARN) {
        self.id = id
        self.arn = arn
    }
}

extension EventTarget: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
    }

    /// Decodes an `EventTarget` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
    }
}

/// An EventBridge event pattern: its text and the event sources it names.
public struct EventPattern: Sendable, Hashable {
    /// The pattern as stored.
    public var text: String
    /// The exact `source` values it matches, such as `aws.guardduty`.
    public var sources: [String]
    /// The `source` prefixes it matches (`{"prefix": "aws."}`).
    public var sourcePrefixes: [String]
    /// The `detail-type` values it matches, such as `GuardDuty Finding`.
    public var detailTypes: [String]

    /// Reads a pattern; text that is not a JSON object leaves the lists empty.
    public init(text: String) {
        self.text = text
        let decoded = try? JSONDecoder().decode(PatternFields.self, from: Data(text.utf8))
        sources = decoded?.source?.compactMap(\.exact) ?? []
        sourcePrefixes = decoded?.source?.compactMap(\.prefix) ?? []
        detailTypes = decoded?.detailType?.compactMap(\.exact) ?? []
    }

    /// Whether the pattern matches events from `source` (an exact value, or a prefix of it).
    public func matches(source: String) -> Bool {
        sources.contains(source) || sourcePrefixes.contains { source.hasPrefix($0) }
    }

    /// The two members of a pattern this model reads.
    private struct PatternFields: Decodable {
        var source: [Matcher]?
        var detailType: [Matcher]?

        enum CodingKeys: String, CodingKey {
            case source
            case detailType = "detail-type"
        }
    }

    /// One element of a pattern array: a literal string, or a matcher object such as `{"prefix": "aws."}`.
    private struct Matcher: Decodable {
        var exact: String?
        var prefix: String?

        enum CodingKeys: String, CodingKey { case prefix }

        init(from decoder: any Decoder) throws {
            if let string = try? decoder.singleValueContainer().decode(String.self) {
                exact = string
                prefix = nil
            } else {
                exact = nil
                prefix = try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .prefix)
            }
        }
    }
}
