extension CodePipelineResources {
    /// Reads `codepipeline list-pipelines`, then each pipeline.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> CodePipelineResources {
        let names = reader.list(ListedName.self, .call(scope, "codepipeline", "list-pipelines"), key: "pipelines")
        let pipelines = await names.asyncMap { names in
            await Concurrently.map(names) { listed in
                reader.member(Pipeline.self, .call(scope, "codepipeline", "get-pipeline", listed.name), key: "pipeline")
            }
        }
        return CodePipelineResources(pipelines: pipelines.map(DescribedList.init))
    }
}

/// A list entry with a lower-case `name` member (`codepipeline list-pipelines`).
struct ListedName: Decodable, Sendable {
    var name: String
}
