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
