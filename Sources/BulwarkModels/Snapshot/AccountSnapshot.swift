public import BulwarkIAM

/// Everything a snapshot says about one AWS account: global services, each region, and what could not be read.
///
/// Read it like English: `snapshot.iam.users`, `snapshot.s3.buckets`,
/// `snapshot.regions["us-east-1"]?.ec2.securityGroups`. Every value is ``Observed``: a value,
/// "not configured", or unknown with the reason. Build one by hand in tests, or load a snapshot
/// directory with ``load(from:)``.
public struct AccountSnapshot: Sendable {
    /// The account id (`123456789012`).
    public var accountID: String
    /// The partition (`aws`, `aws-cn`, `aws-us-gov`).
    public var partition: Partition
    /// The snapshot's `manifest.json`, when it has one.
    public var manifest: SnapshotManifest?
    /// Who collected the snapshot (`sts get-caller-identity`).
    public var callerIdentity: Observed<CallerIdentity>
    /// The account's alternate contacts (security, billing, operations).
    public var alternateContacts: AlternateContacts
    /// IAM: users, groups, roles, policies, credentials, account settings.
    public var iam: IAMResources
    /// Organizations: the organization, its accounts and OUs, SCPs and RCPs.
    public var organizations: OrganizationsResources
    /// S3: buckets with their configuration, and the account-level public access block.
    public var s3: S3Resources
    /// CloudFront distributions.
    public var cloudFront: CloudFrontResources
    /// AWS Support: the support plan and Trusted Advisor checks.
    public var support: SupportResources
    /// WAFv2 web ACLs with the CloudFront scope.
    public var globalWAF: WAFv2Resources
    /// The regions, by name (`us-east-1`).
    public var regions: [Region: RegionSnapshot]
    /// Problems found while loading (malformed files, policies that do not parse), by file and JSON path.
    public var issues: [Diagnostic]
    /// Calls that failed at AWS or whose files were malformed, in path order.
    public var failedCalls: [Unreadable]

    /// Creates a snapshot; every part defaults to empty, so tests state only what they need.
    public init(
        accountID: String,
        partition: Partition = .aws,
        manifest: SnapshotManifest? = nil,
        callerIdentity: Observed<CallerIdentity> = .notConfigured,
        alternateContacts: AlternateContacts = AlternateContacts(),
        iam: IAMResources = IAMResources(),
        organizations: OrganizationsResources = OrganizationsResources(),
        s3: S3Resources = S3Resources(),
        cloudFront: CloudFrontResources = CloudFrontResources(),
        support: SupportResources = SupportResources(),
        globalWAF: WAFv2Resources = WAFv2Resources(),
        regions: [Region: RegionSnapshot] = [:],
        issues: [Diagnostic] = [],
        failedCalls: [Unreadable] = []
    ) {
        self.accountID = accountID
        self.partition = partition
        self.manifest = manifest
        self.callerIdentity = callerIdentity
        self.alternateContacts = alternateContacts
        self.iam = iam
        self.organizations = organizations
        self.s3 = s3
        self.cloudFront = cloudFront
        self.support = support
        self.globalWAF = globalWAF
        self.regions = regions
        self.issues = issues
        self.failedCalls = failedCalls
    }

    /// The region names, sorted.
    public var regionNames: [String] { regions.keys.sorted().map(\.rawValue) }

    /// The regions, sorted by name.
    public var sortedRegions: [RegionSnapshot] { regions.keys.sorted().compactMap { regions[$0] } }
}

/// Who made the calls (`sts get-caller-identity`).
public struct CallerIdentity: Sendable, Hashable, Decodable {
    /// The account id.
    public var account: String
    /// The caller's ARN.
    public var arn: ARN
    /// The caller's unique id.
    public var userID: String

    /// Creates a caller identity.
    public init(account: String, arn: ARN, userID: String = "") {
        self.account = account
        self.arn = arn
        self.userID = userID
    }

    private enum CodingKeys: String, CodingKey {
        case account = "Account"
        case arn = "Arn"
        case userID = "UserId"
    }
}
