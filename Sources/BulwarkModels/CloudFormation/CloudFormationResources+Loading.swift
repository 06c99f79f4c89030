extension CloudFormationResources {
    /// Reads `cloudformation describe-stacks`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> CloudFormationResources {
        CloudFormationResources(
            stacks: reader.list(
                CloudFormationStack.self,
                .call(scope, "cloudformation", "describe-stacks"),
                key: "Stacks"
            )
        )
    }
}
