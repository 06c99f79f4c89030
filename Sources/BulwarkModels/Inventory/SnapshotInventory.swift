/// What a snapshot holds: resources per type and region, and the calls that could not be read.
///
/// Encodes to the documented JSON of `bulwark inventory --format json`:
/// `{"account": "123456789012", "counts": [{"type": "AWS::IAM::User", "region": "global", "count": 4}, …],
/// "unreadable": [{"call": "s3api get-bucket-policy my-bucket", "region": "global", "error": "AccessDenied"}]}`.
/// Resource types are named as AWS Config and CloudFormation name them.
public struct SnapshotInventory: Sendable, Hashable, Codable {
    /// The account id.
    public var account: String
    /// Resource counts, sorted by region (`global` first) and type; types with no resources are left out.
    public var counts: [ResourceCount]
    /// The calls that failed at AWS or whose files are malformed, sorted by region and call.
    public var unreadable: [UnreadableCall]

    /// Creates an inventory.
    public init(account: String, counts: [ResourceCount], unreadable: [UnreadableCall]) {
        self.account = account
        self.counts = counts
        self.unreadable = unreadable
    }

    /// The count of `type` in `region`, or 0.
    public func count(of type: ResourceType, in region: String = "global") -> Int {
        counts.first { $0.type == type && $0.region == region }?.count ?? 0
    }

    /// The count of `type` over every region.
    public func totalCount(of type: ResourceType) -> Int {
        counts.filter { $0.type == type }.reduce(0) { $0 + $1.count }
    }

    /// How many resources of `type` exist in `region`.
    public struct ResourceCount: Sendable, Hashable, Codable {
        /// The AWS Config / CloudFormation resource type, such as `AWS::IAM::User`.
        public var type: ResourceType
        /// `global` or the region's name.
        public var region: String
        /// The number of resources.
        public var count: Int

        /// Creates a count.
        public init(type: ResourceType, region: String, count: Int) {
            self.type = type
            self.region = region
            self.count = count
        }
    }

    /// A call the snapshot could not answer.
    public struct UnreadableCall: Sendable, Hashable, Codable {
        /// `<service> <operation>`, then the resource id for per-resource calls.
        public var call: String
        /// `global` or the region's name.
        public var region: String
        /// The AWS error code (`AccessDenied`), `MalformedFile` or `UnreadableFile`.
        public var error: String

        /// Creates an entry.
        public init(call: String, region: String, error: String) {
            self.call = call
            self.region = region
            self.error = error
        }
    }
}
