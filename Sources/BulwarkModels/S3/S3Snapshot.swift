/// S3 in one account: the buckets and the account-level public access block.
public struct S3Snapshot: Sendable, Hashable {
    /// The buckets (`s3api list-buckets`) with their configuration.
    public var buckets: Observed<[S3Bucket]>
    /// The account's public access block (`s3control get-public-access-block`).
    public var accountPublicAccessBlock: Observed<PublicAccessBlockConfiguration>

    /// Creates a `S3Snapshot` from its parts.
    public init(
        buckets: Observed<[S3Bucket]> = .notConfigured,
        accountPublicAccessBlock: Observed<PublicAccessBlockConfiguration> = .notConfigured
    ) {
        self.buckets = buckets
        self.accountPublicAccessBlock = accountPublicAccessBlock
    }

    /// The bucket named `name`, if known.
    public func bucket(named name: String) -> S3Bucket? { buckets.valueIfPresent?.first { $0.name == name } }
}
