/// SNS in one region.
public struct SNSResources: Sendable, Hashable {
    /// The topics with their attributes.
    public var topics: Observed<[SNSTopic]>

    /// Creates a `SNSResources` from its parts.
    public init(topics: Observed<[SNSTopic]> = .notConfigured) {
        self.topics = topics
    }
}
