extension CodeBuildResources {
    /// Reads `codebuild list-projects`, then each project (`batch-get-projects/<name>`, one project per call).
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> CodeBuildResources {
        let names = reader.list(String.self, .call(scope, "codebuild", "list-projects"), key: "projects")
        let projects = await names.asyncMap { names in
            await Concurrently.map(names) { name in
                reader.list(
                    CodeBuildProject.self,
                    .call(scope, "codebuild", "batch-get-projects", name),
                    key: "projects"
                )
            }
        }
        return CodeBuildResources(projects: projects.map(DescribedList.init(flattening:)))
    }
}
