extension SageMakerResources {
    /// Reads `sagemaker list-notebook-instances`, then each notebook instance.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> SageMakerResources {
        let listed = reader.list(
            ListedNotebookInstance.self,
            .call(scope, "sagemaker", "list-notebook-instances"),
            key: "NotebookInstances"
        )
        let notebooks = await listed.asyncMap { listed in
            await Concurrently.map(listed) { notebook in
                reader.read(
                    NotebookInstance.self,
                    .call(scope, "sagemaker", "describe-notebook-instance", notebook.name)
                )
            }
        }
        return SageMakerResources(notebookInstances: notebooks.map(DescribedList.init))
    }
}

/// One entry of `sagemaker list-notebook-instances`.
struct ListedNotebookInstance: Decodable, Sendable {
    var name: String

    private enum CodingKeys: String, CodingKey {
        case name = "NotebookInstanceName"
    }
}
