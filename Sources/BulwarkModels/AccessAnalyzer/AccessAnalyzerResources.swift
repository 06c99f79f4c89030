/// IAM Access Analyzer in one region.
public struct AccessAnalyzerResources: Sendable, Hashable {
    /// The analyzers.
    public var analyzers: Observed<[AccessAnalyzer]>

    /// Creates an `AccessAnalyzerResources` from its parts.
    public init(analyzers: Observed<[AccessAnalyzer]> = .notConfigured) {
        self.analyzers = analyzers
    }
}
