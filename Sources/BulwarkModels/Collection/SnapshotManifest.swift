public import BulwarkIAM

/// The `manifest.json` at the top of a snapshot: whose account, which regions, when, by what.
///
/// Written by `bulwark collect` when a collection ends. Anyone producing a snapshot by other means
/// writes the same file; only `accountId`, `partition`, `regions`, `collectedAt` and `toolVersion`
/// are required.
public struct SnapshotManifest: Codable, Hashable, Sendable {
    /// The version of the snapshot layout; 1 for the layout of DESIGN.md.
    public var formatVersion: Int
    /// The 12-digit account id the snapshot describes.
    public var accountID: String
    /// The AWS partition: `aws`, `aws-cn` or `aws-us-gov`.
    public var partition: Partition
    /// The regions that were collected, in order.
    public var regions: [Region]
    /// When the collection started, ISO 8601 in UTC (`2026-11-29T17:40:00Z`).
    public var collectedAt: String
    /// The tool that wrote the snapshot and its version, such as `bulwark 0.1.0`.
    public var toolVersion: String
    /// What `aws --version` printed, when the AWS CLI produced the snapshot.
    public var awsCliVersion: String?
    /// The identity that made the calls (`sts get-caller-identity`'s `Arn`).
    public var callerARN: ARN?
    /// How many calls succeeded and failed.
    public var calls: CallCounts?
    /// How long the collection took, in seconds.
    public var durationSeconds: Double?

    /// How many calls of a collection succeeded and how many failed.
    public struct CallCounts: Codable, Hashable, Sendable {
        /// Calls whose output was written.
        public var succeeded: Int
        /// Calls recorded as `.error.json` files.
        public var failed: Int

        /// Creates the counts.
        public init(succeeded: Int, failed: Int) {
            self.succeeded = succeeded
            self.failed = failed
        }

        enum CodingKeys: String, CodingKey {
            case succeeded
            case failed
        }
    }

    /// Creates a manifest.
    public init(
        formatVersion: Int = 1,
        accountID: String,
        partition: Partition,
        regions: [Region],
        collectedAt: String,
        toolVersion: String,
        awsCliVersion: String? = nil,
        callerARN: ARN? = nil,
        calls: CallCounts? = nil,
        durationSeconds: Double? = nil
    ) {
        self.formatVersion = formatVersion
        self.accountID = accountID
        self.partition = partition
        self.regions = regions
        self.collectedAt = collectedAt
        self.toolVersion = toolVersion
        self.awsCliVersion = awsCliVersion
        self.callerARN = callerARN
        self.calls = calls
        self.durationSeconds = durationSeconds
    }

    /// Decodes a manifest; a missing `formatVersion` means 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decodeIfPresent(Int.self, forKey: .formatVersion) ?? 1
        accountID = try container.decode(String.self, forKey: .accountID)
        partition = try container.decode(Partition.self, forKey: .partition)
        regions = try container.decode([Region].self, forKey: .regions)
        collectedAt = try container.decode(String.self, forKey: .collectedAt)
        toolVersion = try container.decode(String.self, forKey: .toolVersion)
        awsCliVersion = try container.decodeIfPresent(String.self, forKey: .awsCliVersion)
        callerARN = try container.decodeARNIfPresent(forKey: .callerARN)
        calls = try container.decodeIfPresent(CallCounts.self, forKey: .calls)
        durationSeconds = try container.decodeIfPresent(Double.self, forKey: .durationSeconds)
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion
        case accountID = "accountId"
        case partition
        case regions
        case collectedAt
        case toolVersion
        case awsCliVersion
        case callerARN = "callerArn"
        case calls
        case durationSeconds
    }
}
