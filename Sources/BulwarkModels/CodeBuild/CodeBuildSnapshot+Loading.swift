extension CodeBuildSnapshot {
    /// Reads `codebuild list-projects`, then each project (`batch-get-projects/<name>`, one project per call).
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> CodeBuildSnapshot {
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
        return CodeBuildSnapshot(projects: projects.map(DescribedList.init(flattening:)))
    }
}
