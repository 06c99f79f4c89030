extension AccessAnalyzerSnapshot {
    /// Reads `accessanalyzer list-analyzers`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> AccessAnalyzerSnapshot {
        AccessAnalyzerSnapshot(
            analyzers: reader.list(
                AccessAnalyzer.self,
                .call(scope, "accessanalyzer", "list-analyzers"),
                key: "analyzers"
            )
        )
    }
}
