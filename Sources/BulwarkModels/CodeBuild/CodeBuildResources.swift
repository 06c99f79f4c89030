/// CodeBuild in one region.
public struct CodeBuildResources: Sendable, Hashable {
    /// The projects.
    public var projects: Observed<DescribedList<CodeBuildProject>>

    /// Creates a `CodeBuildResources` from its parts.
    public init(projects: Observed<DescribedList<CodeBuildProject>> = .notConfigured) {
        self.projects = projects
    }
}
