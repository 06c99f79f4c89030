/// SageMaker in one region.
public struct SageMakerResources: Sendable, Hashable {
    /// The notebook instances (each described).
    public var notebookInstances: Observed<DescribedList<NotebookInstance>>

    /// Creates a `SageMakerResources` from its parts.
    public init(notebookInstances: Observed<DescribedList<NotebookInstance>> = .notConfigured) {
        self.notebookInstances = notebookInstances
    }
}
