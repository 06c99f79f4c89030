public import BulwarkIAM

/// A GuardDuty detector (`guardduty get-detector`).
public struct GuardDutyDetector: Sendable, Hashable {
    /// The detector id (from `guardduty list-detectors`); filled in by the loader.
    public var detectorID: String
    /// `ENABLED` or `DISABLED`.
    public var status: GuardDutyStatus
    /// `FIFTEEN_MINUTES`, `ONE_HOUR` or `SIX_HOURS`.
    public var findingPublishingFrequency: String?
    /// GuardDuty's service-linked role.
    public var serviceRole: String?
    /// Protection plans and whether each is on.
    public var features: [DetectorFeature]

    /// Creates a `GuardDutyDetector` from its parts.
    public init(
        detectorID: String = "",
        status: GuardDutyStatus,
        findingPublishingFrequency: String? = nil,
        serviceRole: String? = nil,
        features: [DetectorFeature] = []
    ) {
        self.detectorID = detectorID
        self.status = status
        self.findingPublishingFrequency = findingPublishingFrequency
        self.serviceRole = serviceRole
        self.features = features
    }

    /// Whether the detector is enabled.
    public var isEnabled: Bool { status == .enabled }

    /// The feature named `name` (such as `S3_DATA_EVENTS`, `EKS_AUDIT_LOGS`, `RUNTIME_MONITORING`).
    public func feature(named name: String) -> DetectorFeature? { features.first { $0.name == name } }
}

extension GuardDutyDetector: Decodable {
    private enum CodingKeys: String, CodingKey {
        case status = "Status"
        case findingPublishingFrequency = "FindingPublishingFrequency"
        case serviceRole = "ServiceRole"
        case features = "Features"
    }

    /// Decodes a `GuardDutyDetector` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        detectorID = ""
        status = try container.decode(GuardDutyStatus.self, forKey: .status)
        findingPublishingFrequency = try container.decodeIfPresent(String.self, forKey: .findingPublishingFrequency)
        serviceRole = try container.decodeIfPresent(String.self, forKey: .serviceRole)
        features = try container.decodeIfPresent([DetectorFeature].self, forKey: .features) ?? []
    }
}

/// One GuardDuty protection plan of a detector.
public struct DetectorFeature: Sendable, Hashable {
    /// The feature, such as `S3_DATA_EVENTS` or `RDS_LOGIN_EVENTS`.
    public var name: String
    /// `ENABLED` or `DISABLED`.
    public var status: GuardDutyStatus
    /// Sub-features, such as EKS agent management.
    public var additionalConfiguration: [DetectorFeatureConfiguration]

    /// Creates a `DetectorFeature` from its parts.
    public init(
        name: String,
        status: GuardDutyStatus,
        additionalConfiguration: [DetectorFeatureConfiguration] = []
    ) {
        self.name = name
        self.status = status
        self.additionalConfiguration = additionalConfiguration
    }
}

extension DetectorFeature: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case status = "Status"
        case additionalConfiguration = "AdditionalConfiguration"
    }

    /// Decodes a `DetectorFeature` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        status = try container.decode(GuardDutyStatus.self, forKey: .status)
        additionalConfiguration =
            try container.decodeIfPresent([DetectorFeatureConfiguration].self, forKey: .additionalConfiguration) ?? []
    }
}

/// A sub-feature of a GuardDuty protection plan.
public struct DetectorFeatureConfiguration: Sendable, Hashable {
    /// The sub-feature.
    public var name: String
    /// `ENABLED` or `DISABLED`.
    public var status: GuardDutyStatus

    /// Creates a `DetectorFeatureConfiguration` from its parts.
    public init(name: String, status: GuardDutyStatus) {
        self.name = name
        self.status = status
    }
}

extension DetectorFeatureConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case status = "Status"
    }

    /// Decodes a `DetectorFeatureConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        status = try container.decode(GuardDutyStatus.self, forKey: .status)
    }
}

/// Whether a GuardDuty detector or protection plan is on.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct GuardDutyStatus: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : On.
    public static let enabled = GuardDutyStatus(rawValue: "ENABLED")

    /// : Off.
    public static let disabled = GuardDutyStatus(rawValue: "DISABLED")
}
