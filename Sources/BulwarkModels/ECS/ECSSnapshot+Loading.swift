extension ECSSnapshot {
    /// Reads ECS clusters (one `describe-clusters` file) with their services, and every task definition.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> ECSSnapshot {
        let clusters = reader.list(ECSCluster.self, .call(scope, "ecs", "describe-clusters"), key: "clusters")
            .map { clusters in
                clusters.map { cluster in
                    var cluster = cluster
                    cluster.services = reader.list(
                        ECSService.self,
                        .call(scope, "ecs", "describe-services", cluster.clusterArn),
                        key: "services"
                    )
                    return cluster
                }
            }
        let arns = reader.list(String.self, .call(scope, "ecs", "list-task-definitions"), key: "taskDefinitionArns")
        let definitions: Observed<[ECSTaskDefinition]> =
            await arns.asyncMap { arns in
                await Concurrently.map(arns) { arn in
                    reader.member(
                        ECSTaskDefinition.self,
                        .call(scope, "ecs", "describe-task-definition", arn),
                        key: "taskDefinition"
                    )
                }
            }
            .map(Observed.knownValues)
        return ECSSnapshot(clusters: clusters, taskDefinitions: definitions)
    }
}
