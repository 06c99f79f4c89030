public import Foundation

/// Whether a trail is logging and when it last delivered (`cloudtrail get-trail-status`).
public struct TrailStatus: Sendable, Hashable {
    /// Whether the trail is logging.
    public var isLogging: Bool
    /// When logs were last delivered to S3.
    public var latestDeliveryTime: Date?
    /// When events were last delivered to CloudWatch Logs.
    public var latestCloudWatchLogsDeliveryTime: Date?
    /// The last S3 delivery error, if any.
    public var latestDeliveryError: String?

    /// Creates a `TrailStatus` from its parts.
    public init(
        isLogging: Bool = false,
        latestDeliveryTime: Date? = nil,
        latestCloudWatchLogsDeliveryTime: Date? = nil,
        latestDeliveryError: String? = nil
    ) {
        self.isLogging = isLogging
        self.latestDeliveryTime = latestDeliveryTime
        self.latestCloudWatchLogsDeliveryTime = latestCloudWatchLogsDeliveryTime
        self.latestDeliveryError = latestDeliveryError
    }
}

extension TrailStatus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case isLogging = "IsLogging"
        case latestDeliveryTime = "LatestDeliveryTime"
        case latestCloudWatchLogsDeliveryTime = "LatestCloudWatchLogsDeliveryTime"
        case latestDeliveryError = "LatestDeliveryError"
    }

    /// Decodes a `TrailStatus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isLogging = try container.decodeIfPresent(Bool.self, forKey: .isLogging) ?? false
        latestDeliveryTime = (try? container.decodeIfPresent(Date.self, forKey: .latestDeliveryTime)) ?? nil
        latestCloudWatchLogsDeliveryTime =
            (try? container.decodeIfPresent(Date.self, forKey: .latestCloudWatchLogsDeliveryTime)) ?? nil
        latestDeliveryError = try container.decodeIfPresent(String.self, forKey: .latestDeliveryError)
    }
}

/// A trail's basic or advanced event selectors (`cloudtrail get-event-selectors`).
public struct TrailEventSelectors: Sendable, Hashable {
    /// Basic event selectors.
    public var eventSelectors: [EventSelector]
    /// Advanced event selectors.
    public var advancedEventSelectors: [AdvancedEventSelector]

    /// Creates a `TrailEventSelectors` from its parts.
    public init(
        eventSelectors: [EventSelector] = [],
        advancedEventSelectors: [AdvancedEventSelector] = []
    ) {
        self.eventSelectors = eventSelectors
        self.advancedEventSelectors = advancedEventSelectors
    }
}

extension TrailEventSelectors: Decodable {
    private enum CodingKeys: String, CodingKey {
        case eventSelectors = "EventSelectors"
        case advancedEventSelectors = "AdvancedEventSelectors"
    }

    /// Decodes a `TrailEventSelectors` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        eventSelectors = try container.decodeIfPresent([EventSelector].self, forKey: .eventSelectors) ?? []
        advancedEventSelectors =
            try container.decodeIfPresent([AdvancedEventSelector].self, forKey: .advancedEventSelectors) ?? []
    }
}

/// A basic event selector.
public struct EventSelector: Sendable, Hashable {
    /// `ReadOnly`, `WriteOnly` or `All`.
    public var readWriteType: String
    /// Whether management events are logged.
    public var includeManagementEvents: Bool
    /// Data event resources, such as `AWS::S3::Object`.
    public var dataResources: [DataResource]
    /// Event sources excluded from management events.
    public var excludeManagementEventSources: [String]

    /// Creates an `EventSelector` from its parts.
    public init(
        readWriteType: String = "All",
        includeManagementEvents: Bool = true,
        dataResources: [DataResource] = [],
        excludeManagementEventSources: [String] = []
    ) {
        self.readWriteType = readWriteType
        self.includeManagementEvents = includeManagementEvents
        self.dataResources = dataResources
        self.excludeManagementEventSources = excludeManagementEventSources
    }
}

extension EventSelector: Decodable {
    private enum CodingKeys: String, CodingKey {
        case readWriteType = "ReadWriteType"
        case includeManagementEvents = "IncludeManagementEvents"
        case dataResources = "DataResources"
        case excludeManagementEventSources = "ExcludeManagementEventSources"
    }

    /// Decodes an `EventSelector` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        readWriteType = try container.decodeIfPresent(String.self, forKey: .readWriteType) ?? "All"
        includeManagementEvents = try container.decodeIfPresent(Bool.self, forKey: .includeManagementEvents) ?? true
        dataResources = try container.decodeIfPresent([DataResource].self, forKey: .dataResources) ?? []
        excludeManagementEventSources =
            try container.decodeIfPresent([String].self, forKey: .excludeManagementEventSources) ?? []
    }
}

/// The resources whose data events a basic selector logs.
public struct DataResource: Sendable, Hashable {
    /// The resource type, such as `AWS::S3::Object`.
    public var type: String
    /// ARN prefixes; `arn:aws:s3` means every bucket.
    public var values: [String]

    /// Creates a `DataResource` from its parts.
    public init(type: String, values: [String] = []) {
        self.type = type
        self.values = values
    }
}

extension DataResource: Decodable {
    private enum CodingKeys: String, CodingKey {
        case type = "Type"
        case values = "Values"
    }

    /// Decodes a `DataResource` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        values = try container.decodeIfPresent([String].self, forKey: .values) ?? []
    }
}

/// An advanced event selector.
public struct AdvancedEventSelector: Sendable, Hashable {
    /// The selector's name.
    public var name: String?
    /// The field conditions, all of which must match.
    public var fieldSelectors: [AdvancedFieldSelector]

    /// Creates an `AdvancedEventSelector` from its parts.
    public init(name: String? = nil, fieldSelectors: [AdvancedFieldSelector] = []) {
        self.name = name
        self.fieldSelectors = fieldSelectors
    }
}

extension AdvancedEventSelector: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case fieldSelectors = "FieldSelectors"
    }

    /// Decodes an `AdvancedEventSelector` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        fieldSelectors = try container.decodeIfPresent([AdvancedFieldSelector].self, forKey: .fieldSelectors) ?? []
    }
}

/// One field condition of an advanced event selector.
public struct AdvancedFieldSelector: Sendable, Hashable {
    /// The field, such as `eventCategory`, `resources.type` or `readOnly`.
    public var field: String
    /// Values the field must equal.
    public var equals: [String]
    /// Prefixes the field must start with.
    public var startsWith: [String]
    /// Values the field must not equal.
    public var notEquals: [String]
    /// Prefixes the field must not start with.
    public var notStartsWith: [String]

    /// Creates an `AdvancedFieldSelector` from its parts.
    public init(
        field: String,
        equals: [String] = [],
        startsWith: [String] = [],
        notEquals: [String] = [],
        notStartsWith: [String] = []
    ) {
        self.field = field
        self.equals = equals
        self.startsWith = startsWith
        self.notEquals = notEquals
        self.notStartsWith = notStartsWith
    }
}

extension AdvancedFieldSelector: Decodable {
    private enum CodingKeys: String, CodingKey {
        case field = "Field"
        case equals = "Equals"
        case startsWith = "StartsWith"
        case notEquals = "NotEquals"
        case notStartsWith = "NotStartsWith"
    }

    /// Decodes an `AdvancedFieldSelector` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        field = try container.decode(String.self, forKey: .field)
        equals = try container.decodeIfPresent([String].self, forKey: .equals) ?? []
        startsWith = try container.decodeIfPresent([String].self, forKey: .startsWith) ?? []
        notEquals = try container.decodeIfPresent([String].self, forKey: .notEquals) ?? []
        notStartsWith = try container.decodeIfPresent([String].self, forKey: .notStartsWith) ?? []
    }
}
