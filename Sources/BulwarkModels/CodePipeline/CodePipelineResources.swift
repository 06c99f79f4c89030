/// CodePipeline in one region.
public struct CodePipelineResources: Sendable, Hashable {
    /// The pipelines (those whose `get-pipeline` could not be read are left out and listed as unreadable).
    public var pipelines: Observed<DescribedList<Pipeline>>

    /// Creates a `CodePipelineResources` from its parts.
    public init(pipelines: Observed<DescribedList<Pipeline>> = .notConfigured) {
        self.pipelines = pipelines
    }
}
