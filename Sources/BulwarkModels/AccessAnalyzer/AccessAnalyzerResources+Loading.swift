extension AccessAnalyzerResources {
    /// Reads `accessanalyzer list-analyzers`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> AccessAnalyzerResources {
        AccessAnalyzerResources(
            analyzers: reader.list(
                AccessAnalyzer.self,
                .call(scope, "accessanalyzer", "list-analyzers"),
                key: "analyzers"
            )
        )
    }
}
