public import BulwarkIAM

public import Foundation

/// An AWS Config configuration recorder (`configservice describe-configuration-recorders`).
public struct ConfigurationRecorder: Sendable, Hashable {
    /// The recorder's name.
    public var name: String
    /// The role Config uses.
    public var roleARN: ARN?
    /// Which resource types are recorded.
    public var recordingGroup: RecordingGroup?
    /// Whether it is recording (`configservice describe-configuration-recorder-status`); filled in by the loader.
    public var status: Observed<ConfigurationRecorderStatus>

    /// Creates a `ConfigurationRecorder` from its parts.
    public init(
        name: String,
        roleARN: ARN? = nil,
        recordingGroup: RecordingGroup? = nil,
        status: Observed<ConfigurationRecorderStatus> = .notConfigured
    ) {
        self.name = name
        self.roleARN = roleARN
        self.recordingGroup = recordingGroup
        self.status = status
    }
}

extension ConfigurationRecorder: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case roleARN = "roleARN"
        case recordingGroup = "recordingGroup"
    }

    /// Decodes a `ConfigurationRecorder` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        roleARN = try container.decodeARNIfPresent(forKey: .roleARN)
        recordingGroup = try container.decodeIfPresent(RecordingGroup.self, forKey: .recordingGroup)
        status = .notConfigured
    }
}

/// Which resource types a recorder records.
public struct RecordingGroup: Sendable, Hashable {
    /// Whether every supported type is recorded.
    public var allSupported: Bool
    /// Whether global types (IAM) are recorded.
    public var includeGlobalResourceTypes: Bool
    /// The recorded types when not all.
    public var resourceTypes: [String]

    /// Creates a `RecordingGroup` from its parts.
    public init(
        allSupported: Bool = false,
        includeGlobalResourceTypes: Bool = false,
        resourceTypes: [String] = []
    ) {
        self.allSupported = allSupported
        self.includeGlobalResourceTypes = includeGlobalResourceTypes
        self.resourceTypes = resourceTypes
    }
}

extension RecordingGroup: Decodable {
    private enum CodingKeys: String, CodingKey {
        case allSupported = "allSupported"
        case includeGlobalResourceTypes = "includeGlobalResourceTypes"
        case resourceTypes = "resourceTypes"
    }

    /// Decodes a `RecordingGroup` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        allSupported = try container.decodeIfPresent(Bool.self, forKey: .allSupported) ?? false
        includeGlobalResourceTypes =
            try container.decodeIfPresent(Bool.self, forKey: .includeGlobalResourceTypes) ?? false
        resourceTypes = try container.decodeIfPresent([String].self, forKey: .resourceTypes) ?? []
    }
}

/// A recorder's status.
public struct ConfigurationRecorderStatus: Sendable, Hashable {
    /// The recorder's name.
    public var name: String
    /// Whether it is recording.
    public var recording: Bool
    /// `Success`, `Failure` or `Pending`.
    public var lastStatus: String?
    /// When it last started.
    public var lastStartTime: Date?

    /// Creates a `ConfigurationRecorderStatus` from its parts.
    public init(
        name: String,
        recording: Bool = false,
        lastStatus: String? = nil,
        lastStartTime: Date? = nil
    ) {
        self.name = name
        self.recording = recording
        self.lastStatus = lastStatus
        self.lastStartTime = lastStartTime
    }
}

extension ConfigurationRecorderStatus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case recording = "recording"
        case lastStatus = "lastStatus"
        case lastStartTime = "lastStartTime"
    }

    /// Decodes a `ConfigurationRecorderStatus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        recording = try container.decodeIfPresent(Bool.self, forKey: .recording) ?? false
        lastStatus = try container.decodeIfPresent(String.self, forKey: .lastStatus)
        lastStartTime = (try? container.decodeIfPresent(Date.self, forKey: .lastStartTime)) ?? nil
    }
}

/// Where AWS Config delivers snapshots and history (`configservice describe-delivery-channels`).
public struct DeliveryChannel: Sendable, Hashable {
    /// The channel's name.
    public var name: String
    /// The bucket.
    public var s3BucketName: String?
    /// The key prefix.
    public var s3KeyPrefix: String?
    /// The SNS topic.
    public var snsTopicARN: ARN?

    /// Creates a `DeliveryChannel` from its parts.
    public init(
        name: String,
        s3BucketName: String? = nil,
        s3KeyPrefix: String? = nil,
        snsTopicARN: ARN? = nil
    ) {
        self.name = name
        self.s3BucketName = s3BucketName
        self.s3KeyPrefix = s3KeyPrefix
        self.snsTopicARN = snsTopicARN
    }
}

extension DeliveryChannel: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case s3BucketName = "s3BucketName"
        case s3KeyPrefix = "s3KeyPrefix"
        case snsTopicARN = "snsTopicARN"
    }

    /// Decodes a `DeliveryChannel` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        s3BucketName = try container.decodeIfPresent(String.self, forKey: .s3BucketName)
        s3KeyPrefix = try container.decodeIfPresent(String.self, forKey: .s3KeyPrefix)
        snsTopicARN = try container.decodeARNIfPresent(forKey: .snsTopicARN)
    }
}

/// An AWS Config rule (`configservice describe-config-rules`).
public struct ConfigRule: Sendable, Hashable {
    /// The rule's name.
    public var configRuleName: String
    /// The rule's ARN.
    public var configRuleARN: ARN?
    /// Who provides the rule and which one.
    public var source: ConfigRuleSource?
    /// `ACTIVE`, `DELETING`, and others.
    public var configRuleState: String?

    /// Creates a `ConfigRule` from its parts.
    public init(
        configRuleName: String,
        configRuleARN: ARN? = nil,
        source: ConfigRuleSource? = nil,
        configRuleState: String? = nil
    ) {
        self.configRuleName = configRuleName
        self.configRuleARN = configRuleARN
        self.source = source
        self.configRuleState = configRuleState
    }
}

extension ConfigRule: Decodable {
    private enum CodingKeys: String, CodingKey {
        case configRuleName = "ConfigRuleName"
        case configRuleARN = "ConfigRuleArn"
        case source = "Source"
        case configRuleState = "ConfigRuleState"
    }

    /// Decodes a `ConfigRule` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configRuleName = try container.decode(String.self, forKey: .configRuleName)
        configRuleARN = try container.decodeARNIfPresent(forKey: .configRuleARN)
        source = try container.decodeIfPresent(ConfigRuleSource.self, forKey: .source)
        configRuleState = try container.decodeIfPresent(String.self, forKey: .configRuleState)
    }
}

/// The provider of a Config rule.
public struct ConfigRuleSource: Sendable, Hashable {
    /// `AWS` for managed rules, `CUSTOM_LAMBDA` or `CUSTOM_POLICY`.
    public var owner: String
    /// The managed rule identifier, such as `S3_BUCKET_VERSIONING_ENABLED`.
    public var sourceIdentifier: String?

    /// Creates a `ConfigRuleSource` from its parts.
    public init(owner: String, sourceIdentifier: String? = nil) {
        self.owner = owner
        self.sourceIdentifier = sourceIdentifier
    }
}

extension ConfigRuleSource: Decodable {
    private enum CodingKeys: String, CodingKey {
        case owner = "Owner"
        case sourceIdentifier = "SourceIdentifier"
    }

    /// Decodes a `ConfigRuleSource` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        owner = try container.decode(String.self, forKey: .owner)
        sourceIdentifier = try container.decodeIfPresent(String.self, forKey: .sourceIdentifier)
    }
}
