extension CodeBuildSnapshot {
    /// Reads `codebuild batch-get-projects` (one file describing every project of the region).
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> CodeBuildSnapshot {
        CodeBuildSnapshot(
            projects: reader.list(
                CodeBuildProject.self,
                .call(scope, "codebuild", "batch-get-projects"),
                key: "projects"
            )
        )
    }
}
