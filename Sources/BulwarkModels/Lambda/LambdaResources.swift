/// Lambda in one region.
public struct LambdaResources: Sendable, Hashable {
    /// The functions with their policies and URLs.
    public var functions: Observed<[LambdaFunction]>

    /// Creates a `LambdaResources` from its parts.
    public init(functions: Observed<[LambdaFunction]> = .notConfigured) {
        self.functions = functions
    }
}
