public import Foundation

/// An S3 bucket with each part of its configuration, each observed separately.
public struct S3Bucket: Sendable, Hashable {
    /// The bucket's name.
    public var name: String
    /// When the bucket was created.
    public var creationDate: Date?
    /// The bucket's region (`s3api get-bucket-location`; `null` means `us-east-1`).
    public var region: Observed<String>
    /// The bucket policy; `.notConfigured` for `NoSuchBucketPolicy`.
    public var policy: Observed<EmbeddedPolicy>
    /// Whether S3 considers the policy public (`s3api get-bucket-policy-status`).
    public var policyStatus: Observed<BucketPolicyStatus>
    /// The bucket's ACL.
    public var acl: Observed<BucketACL>
    /// The bucket-level public access block; `.notConfigured` for `NoSuchPublicAccessBlockConfiguration`.
    public var publicAccessBlock: Observed<PublicAccessBlockConfiguration>
    /// Object ownership; `.notConfigured` for `OwnershipControlsNotFoundError`.
    public var ownershipControls: Observed<ObjectOwnership>
    /// Default encryption; `.notConfigured` for `ServerSideEncryptionConfigurationNotFoundError`.
    public var encryption: Observed<BucketEncryption>
    /// Versioning and MFA delete; `.notConfigured` when versioning was never enabled (empty answer).
    public var versioning: Observed<BucketVersioning>
    /// Server access logging; `.notConfigured` when off (empty answer).
    public var logging: Observed<BucketLogging>
    /// Object Lock; `.notConfigured` for `ObjectLockConfigurationNotFoundError`.
    public var objectLock: Observed<ObjectLockConfiguration>

    /// Creates a `S3Bucket` from its parts.
    public init(
        name: String,
        creationDate: Date? = nil,
        region: Observed<String> = .notConfigured,
        policy: Observed<EmbeddedPolicy> = .notConfigured,
        policyStatus: Observed<BucketPolicyStatus> = .notConfigured,
        acl: Observed<BucketACL> = .notConfigured,
        publicAccessBlock: Observed<PublicAccessBlockConfiguration> = .notConfigured,
        ownershipControls: Observed<ObjectOwnership> = .notConfigured,
        encryption: Observed<BucketEncryption> = .notConfigured,
        versioning: Observed<BucketVersioning> = .notConfigured,
        logging: Observed<BucketLogging> = .notConfigured,
        objectLock: Observed<ObjectLockConfiguration> = .notConfigured
    ) {
        self.name = name
        self.creationDate = creationDate
        self.region = region
        self.policy = policy
        self.policyStatus = policyStatus
        self.acl = acl
        self.publicAccessBlock = publicAccessBlock
        self.ownershipControls = ownershipControls
        self.encryption = encryption
        self.versioning = versioning
        self.logging = logging
        self.objectLock = objectLock
    }

    /// The bucket's ARN in `partition`.
    public func arn(partition: String = "aws") -> String { "arn:\(partition):s3:::\(name)" }
}
