public import BulwarkIAM
import Foundation

/// A CloudTrail trail with its status and event selectors (`cloudtrail describe-trails`).
public struct Trail: Sendable, Hashable {
    /// The trail's name.
    public var name: String
    /// The trail's ARN.
    public var trailARN: ARN
    /// The region the trail was created in.
    public var homeRegion: Region?
    /// Whether the trail logs every region.
    public var isMultiRegionTrail: Bool
    /// Whether the trail logs every account of the organization.
    public var isOrganizationTrail: Bool
    /// Whether global services (IAM, STS) are logged.
    public var includeGlobalServiceEvents: Bool
    /// The bucket receiving the logs.
    public var s3BucketName: String?
    /// The key prefix in that bucket.
    public var s3KeyPrefix: String?
    /// The SNS topic notified of deliveries.
    public var snsTopicARN: ARN?
    /// Whether log file integrity validation is on.
    public var logFileValidationEnabled: Bool
    /// The CloudWatch Logs group receiving the events.
    public var cloudWatchLogsLogGroupARN: ARN?
    /// The role CloudTrail uses to write to CloudWatch Logs.
    public var cloudWatchLogsRoleARN: ARN?
    /// The KMS key encrypting the logs (SSE-KMS).
    public var kmsKeyID: String?
    /// Whether event selectors were customised.
    public var hasCustomEventSelectors: Bool
    /// Whether the trail is logging (`cloudtrail get-trail-status`); read in the trail's home region.
    public var status: Observed<TrailStatus>
    /// What the trail logs (`cloudtrail get-event-selectors`); read in the trail's home region.
    public var eventSelectors: Observed<TrailEventSelectors>

    /// Creates a `Trail` from its parts.
    public init(
        name: String,
        trailARN: ARN,
        homeRegion: Region? = nil,
        isMultiRegionTrail: Bool = false,
        isOrganizationTrail: Bool = false,
        includeGlobalServiceEvents: Bool = false,
        s3BucketName: String? = nil,
        s3KeyPrefix: String? = nil,
        snsTopicARN: ARN? = nil,
        logFileValidationEnabled: Bool = false,
        cloudWatchLogsLogGroupARN: ARN? = nil,
        cloudWatchLogsRoleARN: ARN? = nil,
        kmsKeyID: String? = nil,
        hasCustomEventSelectors: Bool = false,
        status: Observed<TrailStatus> = .notConfigured,
        eventSelectors: Observed<TrailEventSelectors> = .notConfigured
    ) {
        self.name = name
        self.trailARN = trailARN
        self.homeRegion = homeRegion
        self.isMultiRegionTrail = isMultiRegionTrail
        self.isOrganizationTrail = isOrganizationTrail
        self.includeGlobalServiceEvents = includeGlobalServiceEvents
        self.s3BucketName = s3BucketName
        self.s3KeyPrefix = s3KeyPrefix
        self.snsTopicARN = snsTopicARN
        self.logFileValidationEnabled = logFileValidationEnabled
        self.cloudWatchLogsLogGroupARN = cloudWatchLogsLogGroupARN
        self.cloudWatchLogsRoleARN = cloudWatchLogsRoleARN
        self.kmsKeyID = kmsKeyID
        self.hasCustomEventSelectors = hasCustomEventSelectors
        self.status = status
        self.eventSelectors = eventSelectors
    }
}

extension Trail: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case trailARN = "TrailARN"
        case homeRegion = "HomeRegion"
        case isMultiRegionTrail = "IsMultiRegionTrail"
        case isOrganizationTrail = "IsOrganizationTrail"
        case includeGlobalServiceEvents = "IncludeGlobalServiceEvents"
        case s3BucketName = "S3BucketName"
        case s3KeyPrefix = "S3KeyPrefix"
        case snsTopicARN = "SnsTopicARN"
        case logFileValidationEnabled = "LogFileValidationEnabled"
        case cloudWatchLogsLogGroupARN = "CloudWatchLogsLogGroupArn"
        case cloudWatchLogsRoleARN = "CloudWatchLogsRoleArn"
        case kmsKeyID = "KmsKeyId"
        case hasCustomEventSelectors = "HasCustomEventSelectors"
    }

    /// Decodes a `Trail` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        trailARN = try container.decodeARN(forKey: .trailARN)
        homeRegion = try container.decodeIfPresent(Region.self, forKey: .homeRegion)
        isMultiRegionTrail = try container.decodeIfPresent(Bool.self, forKey: .isMultiRegionTrail) ?? false
        isOrganizationTrail = try container.decodeIfPresent(Bool.self, forKey: .isOrganizationTrail) ?? false
        includeGlobalServiceEvents =
            try container.decodeIfPresent(Bool.self, forKey: .includeGlobalServiceEvents) ?? false
        s3BucketName = try container.decodeIfPresent(String.self, forKey: .s3BucketName)
        s3KeyPrefix = try container.decodeIfPresent(String.self, forKey: .s3KeyPrefix)
        snsTopicARN = try container.decodeARNIfPresent(forKey: .snsTopicARN)
        logFileValidationEnabled = try container.decodeIfPresent(Bool.self, forKey: .logFileValidationEnabled) ?? false
        cloudWatchLogsLogGroupARN = try container.decodeARNIfPresent(forKey: .cloudWatchLogsLogGroupARN)
        cloudWatchLogsRoleARN = try container.decodeARNIfPresent(forKey: .cloudWatchLogsRoleARN)
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        hasCustomEventSelectors = try container.decodeIfPresent(Bool.self, forKey: .hasCustomEventSelectors) ?? false
        status = .notConfigured
        eventSelectors = .notConfigured
    }
}
