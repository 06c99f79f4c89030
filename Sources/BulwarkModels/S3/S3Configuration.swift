/// Whether S3 considers a bucket's policy public (`s3api get-bucket-policy-status`).
public struct BucketPolicyStatus: Sendable, Hashable {
    /// Whether the policy is public; `nil` when S3 (or moto) does not say.
    public var isPublic: Bool?

    /// Creates a `BucketPolicyStatus` from its parts.
    public init(isPublic: Bool? = nil) {
        self.isPublic = isPublic
    }
}

extension BucketPolicyStatus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case isPublic = "IsPublic"
    }

    /// Decodes a `BucketPolicyStatus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isPublic = try container.decodeIfPresent(Bool.self, forKey: .isPublic)
    }
}

/// The four S3 Block Public Access settings, for a bucket or the whole account.
public struct PublicAccessBlockConfiguration: Sendable, Hashable {
    /// Rejects requests that add public ACLs.
    public var blockPublicAcls: Bool
    /// Ignores public ACLs.
    public var ignorePublicAcls: Bool
    /// Rejects bucket policies that grant public access.
    public var blockPublicPolicy: Bool
    /// Restricts access to buckets with public policies to AWS principals and the account.
    public var restrictPublicBuckets: Bool

    /// Creates a `PublicAccessBlockConfiguration` from its parts.
    public init(
        blockPublicAcls: Bool = false,
        ignorePublicAcls: Bool = false,
        blockPublicPolicy: Bool = false,
        restrictPublicBuckets: Bool = false
    ) {
        self.blockPublicAcls = blockPublicAcls
        self.ignorePublicAcls = ignorePublicAcls
        self.blockPublicPolicy = blockPublicPolicy
        self.restrictPublicBuckets = restrictPublicBuckets
    }

    /// Whether all four settings are on.
    public var blocksAllPublicAccess: Bool {
        blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets
    }
}

extension PublicAccessBlockConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case blockPublicAcls = "BlockPublicAcls"
        case ignorePublicAcls = "IgnorePublicAcls"
        case blockPublicPolicy = "BlockPublicPolicy"
        case restrictPublicBuckets = "RestrictPublicBuckets"
    }

    /// Decodes a `PublicAccessBlockConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        blockPublicAcls = try container.decodeIfPresent(Bool.self, forKey: .blockPublicAcls) ?? false
        ignorePublicAcls = try container.decodeIfPresent(Bool.self, forKey: .ignorePublicAcls) ?? false
        blockPublicPolicy = try container.decodeIfPresent(Bool.self, forKey: .blockPublicPolicy) ?? false
        restrictPublicBuckets = try container.decodeIfPresent(Bool.self, forKey: .restrictPublicBuckets) ?? false
    }
}

/// A bucket's default encryption rules (`s3api get-bucket-encryption`).
public struct BucketEncryption: Sendable, Hashable {
    /// The rules; S3 uses the first.
    public var rules: [BucketEncryptionRule]

    /// Creates a `BucketEncryption` from its parts.
    public init(rules: [BucketEncryptionRule] = []) {
        self.rules = rules
    }
}

extension BucketEncryption: Decodable {
    private enum CodingKeys: String, CodingKey {
        case rules = "Rules"
    }

    /// Decodes a `BucketEncryption` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rules = try container.decodeIfPresent([BucketEncryptionRule].self, forKey: .rules) ?? []
    }
}

/// One default-encryption rule.
public struct BucketEncryptionRule: Sendable, Hashable {
    /// The algorithm and key.
    public var applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault?
    /// Whether an S3 Bucket Key is used.
    public var bucketKeyEnabled: Bool

    /// Creates a `BucketEncryptionRule` from its parts.
    public init(
        applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault? = nil,
        bucketKeyEnabled: Bool = false
    ) {
        self.applyServerSideEncryptionByDefault = applyServerSideEncryptionByDefault
        self.bucketKeyEnabled = bucketKeyEnabled
    }
}

extension BucketEncryptionRule: Decodable {
    private enum CodingKeys: String, CodingKey {
        case applyServerSideEncryptionByDefault = "ApplyServerSideEncryptionByDefault"
        case bucketKeyEnabled = "BucketKeyEnabled"
    }

    /// Decodes a `BucketEncryptionRule` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        applyServerSideEncryptionByDefault = try container.decodeIfPresent(
            ServerSideEncryptionByDefault.self,
            forKey: .applyServerSideEncryptionByDefault
        )
        bucketKeyEnabled = try container.decodeIfPresent(Bool.self, forKey: .bucketKeyEnabled) ?? false
    }
}

/// The default server-side encryption algorithm and key.
public struct ServerSideEncryptionByDefault: Sendable, Hashable {
    /// `AES256`, `aws:kms` or `aws:kms:dsse`.
    public var sseAlgorithm: ServerSideEncryption
    /// The KMS key id or ARN for `aws:kms`.
    public var kmsMasterKeyID: String?

    /// Creates a `ServerSideEncryptionByDefault` from its parts.
    public init(sseAlgorithm: ServerSideEncryption, kmsMasterKeyID: String? = nil) {
        self.sseAlgorithm = sseAlgorithm
        self.kmsMasterKeyID = kmsMasterKeyID
    }
}

extension ServerSideEncryptionByDefault: Decodable {
    private enum CodingKeys: String, CodingKey {
        case sseAlgorithm = "SSEAlgorithm"
        case kmsMasterKeyID = "KMSMasterKeyID"
    }

    /// Decodes a `ServerSideEncryptionByDefault` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sseAlgorithm = try container.decode(ServerSideEncryption.self, forKey: .sseAlgorithm)
        kmsMasterKeyID = try container.decodeIfPresent(String.self, forKey: .kmsMasterKeyID)
    }
}

/// An S3 server-side encryption algorithm.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct ServerSideEncryption: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : SSE-S3, keys managed by S3.
    public static let aes256 = ServerSideEncryption(rawValue: "AES256")

    /// : SSE-KMS.
    public static let awsKMS = ServerSideEncryption(rawValue: "aws:kms")

    /// : Dual-layer SSE-KMS.
    public static let awsKMSDSSE = ServerSideEncryption(rawValue: "aws:kms:dsse")
}

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
