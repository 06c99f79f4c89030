public import BulwarkIAM

/// A bucket's versioning state (`s3api get-bucket-versioning`).
public struct BucketVersioning: Sendable, Hashable {
    /// `Enabled` or `Suspended`; absent when never enabled.
    public var status: BucketVersioningStatus?
    /// Whether MFA delete is on; absent when never configured.
    public var mfaDelete: MFADeleteStatus?

    /// Creates a `BucketVersioning` from its parts.
    public init(
        status: BucketVersioningStatus? = nil,
        mfaDelete: MFADeleteStatus? = nil
    ) {
        self.status = status
        self.mfaDelete = mfaDelete
    }
}

extension BucketVersioning: Decodable {
    private enum CodingKeys: String, CodingKey {
        case status = "Status"
        case mfaDelete = "MFADelete"
    }

    /// Decodes a `BucketVersioning` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decodeIfPresent(BucketVersioningStatus.self, forKey: .status)
        mfaDelete = try container.decodeIfPresent(MFADeleteStatus.self, forKey: .mfaDelete)
    }
}

/// A bucket's versioning status.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct BucketVersioningStatus: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : Versioning is on.
    public static let enabled = BucketVersioningStatus(rawValue: "Enabled")

    /// : Versioning was on and is suspended.
    public static let suspended = BucketVersioningStatus(rawValue: "Suspended")
}

/// Whether S3 MFA delete is on.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct MFADeleteStatus: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : Deleting versions or changing versioning needs MFA.
    public static let enabled = MFADeleteStatus(rawValue: "Enabled")

    /// : MFA delete is off.
    public static let disabled = MFADeleteStatus(rawValue: "Disabled")
}

/// Where a bucket's server access logs go.
public struct BucketLogging: Sendable, Hashable {
    /// The bucket receiving the logs.
    public var targetBucket: String
    /// The key prefix of the log objects.
    public var targetPrefix: String

    /// Creates a `BucketLogging` from its parts.
    public init(targetBucket: String, targetPrefix: String = "") {
        self.targetBucket = targetBucket
        self.targetPrefix = targetPrefix
    }
}

extension BucketLogging: Decodable {
    private enum CodingKeys: String, CodingKey {
        case targetBucket = "TargetBucket"
        case targetPrefix = "TargetPrefix"
    }

    /// Decodes a `BucketLogging` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        targetBucket = try container.decode(String.self, forKey: .targetBucket)
        targetPrefix = try container.decodeIfPresent(String.self, forKey: .targetPrefix) ?? ""
    }
}

/// Who owns objects written to a bucket, and whether ACLs apply.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct ObjectOwnership: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : ACLs are disabled; the bucket owner owns every object.
    public static let bucketOwnerEnforced = ObjectOwnership(rawValue: "BucketOwnerEnforced")

    /// : The bucket owner owns objects written with `bucket-owner-full-control`.
    public static let bucketOwnerPreferred = ObjectOwnership(rawValue: "BucketOwnerPreferred")

    /// : The writing account owns the object; ACLs apply.
    public static let objectWriter = ObjectOwnership(rawValue: "ObjectWriter")
}

/// A bucket's Object Lock configuration (`s3api get-object-lock-configuration`).
public struct ObjectLockConfiguration: Sendable, Hashable {
    /// `Enabled` when Object Lock is on.
    public var objectLockEnabled: String?
    /// The default retention, if any.
    public var rule: ObjectLockRule?

    /// Creates an `ObjectLockConfiguration` from its parts.
    public init(objectLockEnabled: String? = nil, rule: ObjectLockRule? = nil) {
        self.objectLockEnabled = objectLockEnabled
        self.rule = rule
    }

    /// Whether Object Lock is enabled.
    public var isEnabled: Bool { objectLockEnabled == "Enabled" }
}

extension ObjectLockConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case objectLockEnabled = "ObjectLockEnabled"
        case rule = "Rule"
    }

    /// Decodes an `ObjectLockConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        objectLockEnabled = try container.decodeIfPresent(String.self, forKey: .objectLockEnabled)
        rule = try container.decodeIfPresent(ObjectLockRule.self, forKey: .rule)
    }
}

/// An Object Lock rule.
public struct ObjectLockRule: Sendable, Hashable {
    /// The default retention applied to new objects.
    public var defaultRetention: ObjectLockRetention?

    /// Creates an `ObjectLockRule` from its parts.
    public init(defaultRetention: ObjectLockRetention? = nil) {
        self.defaultRetention = defaultRetention
    }
}

extension ObjectLockRule: Decodable {
    private enum CodingKeys: String, CodingKey {
        case defaultRetention = "DefaultRetention"
    }

    /// Decodes an `ObjectLockRule` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        defaultRetention = try container.decodeIfPresent(ObjectLockRetention.self, forKey: .defaultRetention)
    }
}

/// A default Object Lock retention period.
public struct ObjectLockRetention: Sendable, Hashable {
    /// `GOVERNANCE` or `COMPLIANCE`.
    public var mode: String?
    /// The period in days.
    public var days: Int?
    /// The period in years.
    public var years: Int?

    /// Creates an `ObjectLockRetention` from its parts.
    public init(
        mode: String? = nil,
        days: Int? = nil,
        years: Int? = nil
    ) {
        self.mode = mode
        self.days = days
        self.years = years
    }
}

extension ObjectLockRetention: Decodable {
    private enum CodingKeys: String, CodingKey {
        case mode = "Mode"
        case days = "Days"
        case years = "Years"
    }

    /// Decodes an `ObjectLockRetention` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mode = try container.decodeIfPresent(String.self, forKey: .mode)
        days = try container.decodeIfPresent(Int.self, forKey: .days)
        years = try container.decodeIfPresent(Int.self, forKey: .years)
    }
}
