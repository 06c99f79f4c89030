public import BulwarkIAM

/// A resource of the snapshot with the resource-based policy AWS applies to requests for it.
public struct AnalyzedResource: Sendable, Hashable, Identifiable {
    /// The resource-based policy: none (a fact), a document, or unknown with the reason.
    public enum Policy: Sendable, Hashable {
        /// The resource has no resource-based policy.
        case none
        /// The policy in force.
        case document(PolicyDocument)
        /// The policy could not be read; every answer that depends on it is unknown.
        case unknown(String)

        /// The document, when there is one.
        public var document: PolicyDocument? {
            if case .document(let d) = self { return d }
            return nil
        }

        /// Why the policy could not be read, when it could not.
        public var unknownReason: String? {
            if case .unknown(let reason) = self { return reason }
            return nil
        }
    }

    /// The resource's ARN.
    public var arn: String
    /// The resource type as AWS Config and CloudFormation name it (`AWS::S3::Bucket`).
    public var resourceType: String
    /// The region, or `global`.
    public var region: String
    /// What the policy is called in explanations (`bucket policy`, `key policy`, `trust policy`).
    public var policyName: String
    /// The resource-based policy.
    public var policy: Policy
    /// Access granted outside the policy: S3 ACL grants (already filtered by ownership controls).
    public var aclGrants: [ACLGrant]
    /// What the S3 public access block (bucket and account) does to public access.
    public var publicAccessBlock: PublicAccessLimits
    /// Whether the resource is an AWS managed KMS key (RCPs do not apply to it).
    public var isAWSManagedKey: Bool

    /// The ARN identifies the resource.
    public var id: String { arn }

    /// Creates a resource.
    public init(
        arn: String,
        resourceType: String,
        region: String,
        policyName: String,
        policy: Policy,
        aclGrants: [ACLGrant] = [],
        publicAccessBlock: PublicAccessLimits = PublicAccessLimits(),
        isAWSManagedKey: Bool = false
    ) {
        self.arn = arn
        self.resourceType = resourceType
        self.region = region
        self.policyName = policyName
        self.policy = policy
        self.aclGrants = aclGrants
        self.publicAccessBlock = publicAccessBlock
        self.isAWSManagedKey = isAWSManagedKey
    }
}

/// A grant an S3 access control list makes, translated into the actions it allows.
public struct ACLGrant: Sendable, Hashable {
    /// Who: `anonymous` (AllUsers), `account:*` (AuthenticatedUsers: any AWS account) or
    /// `canonical-user:ID` (another account's canonical user).
    public var grantee: String
    /// The ACL permission (`READ`, `WRITE`, `READ_ACP`, `WRITE_ACP`, `FULL_CONTROL`).
    public var permission: String
    /// Whether the grantee is public (AllUsers or AuthenticatedUsers), which the public access
    /// block's `IgnorePublicAcls` neutralises.
    public var isPublic: Bool

    /// Creates a grant.
    public init(grantee: String, permission: String, isPublic: Bool) {
        self.grantee = grantee
        self.permission = permission
        self.isPublic = isPublic
    }

    /// The bucket actions the permission allows (Amazon S3 User Guide, "Access control list (ACL)
    /// overview", mapping of ACL permissions to access policy permissions).
    public var actions: [String] {
        switch permission {
        case "READ": ["s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads"]
        case "WRITE": ["s3:PutObject", "s3:DeleteObject"]
        case "READ_ACP": ["s3:GetBucketAcl"]
        case "WRITE_ACP": ["s3:PutBucketAcl"]
        case "FULL_CONTROL":
            [
                "s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads", "s3:PutObject",
                "s3:DeleteObject", "s3:GetBucketAcl", "s3:PutBucketAcl",
            ]
        default: []
        }
    }
}

/// The effect of S3 Block Public Access (bucket and account settings combined) on existing access.
public struct PublicAccessLimits: Sendable, Hashable {
    /// `IgnorePublicAcls` at either level: public ACL grants are ignored.
    public var ignoresPublicACLs: Bool
    /// `RestrictPublicBuckets` at either level: a public bucket policy admits only AWS services and
    /// principals of the bucket owner's account.
    public var restrictsPublicPolicies: Bool
    /// Settings that could not be read; a public grant behind them is unknown, not exposed.
    public var unknownReasons: [String]

    /// Creates limits; the default is "no public access block".
    public init(ignoresPublicACLs: Bool = false, restrictsPublicPolicies: Bool = false, unknownReasons: [String] = []) {
        self.ignoresPublicACLs = ignoresPublicACLs
        self.restrictsPublicPolicies = restrictsPublicPolicies
        self.unknownReasons = unknownReasons
    }
}
