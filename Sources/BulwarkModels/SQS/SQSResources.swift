/// SQS in one region.
public struct SQSResources: Sendable, Hashable {
    /// The queues with their attributes.
    public var queues: Observed<[SQSQueue]>

    /// Creates a `SQSResources` from its parts.
    public init(queues: Observed<[SQSQueue]> = .notConfigured) {
        self.queues = queues
    }
}
