/// Lambda in one region.
public struct LambdaResources: Sendable, Hashable {
    /// The functions with their policies and URLs.
    public var functions: Observed<[LambdaFunction]>
    /// The event source mappings (queues and streams that invoke functions).
    public var eventSourceMappings: Observed<[LambdaEventSourceMapping]>

    /// Creates a `LambdaResources` from its parts.
    public init(
        functions: Observed<[LambdaFunction]> = .notConfigured,
        eventSourceMappings: Observed<[LambdaEventSourceMapping]> = .notConfigured
    ) {
        self.functions = functions
        self.eventSourceMappings = eventSourceMappings
    }
}
