/// S3 in one account: the buckets and the account-level public access block.
public struct S3Resources: Sendable, Hashable {
    /// The buckets (`s3api list-buckets`) with their configuration.
    public var buckets: Observed<[S3Bucket]>
    /// The account's public access block (`s3control get-public-access-block`).
    public var accountPublicAccessBlock: Observed<PublicAccessBlockConfiguration>

    /// Creates a `S3Resources` from its parts.
    public init(
        buckets: Observed<[S3Bucket]> = .notConfigured,
        accountPublicAccessBlock: Observed<PublicAccessBlockConfiguration> = .notConfigured
    ) {
        self.buckets = buckets
        self.accountPublicAccessBlock = accountPublicAccessBlock
    }

    /// The bucket named `name`: `.notConfigured` when the buckets are known and none has that name,
    /// `.unknown` when the buckets could not be read.
    public func bucket(named name: String) -> Observed<S3Bucket> { buckets.first { $0.name == name } }
}
