extension ECSResources {
    /// Reads `ecs list-clusters`, each cluster (`describe-clusters/<clusterArn>`) with its services
    /// (`list-services/<clusterArn>`, then `describe-services/<serviceArn>`), and every task definition.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> ECSResources {
        let clusterARNs = reader.list(String.self, .call(scope, "ecs", "list-clusters"), key: "clusterArns")
        let clusters = await clusterARNs.asyncMap { arns in
            await Concurrently.map(arns) { arn in
                reader.list(ECSCluster.self, .call(scope, "ecs", "describe-clusters", arn), key: "clusters")
                    .map { described in
                        described.map { cluster in
                            var cluster = cluster
                            cluster.services = services(of: arn, reader: reader, scope: scope)
                            return cluster
                        }
                    }
            }
        }
        let definitionARNs = reader.list(
            String.self,
            .call(scope, "ecs", "list-task-definitions"),
            key: "taskDefinitionArns"
        )
        let definitions = await definitionARNs.asyncMap { arns in
            await Concurrently.map(arns) { arn in
                reader.member(
                    ECSTaskDefinition.self,
                    .call(scope, "ecs", "describe-task-definition", arn),
                    key: "taskDefinition"
                )
            }
        }
        return ECSResources(
            clusters: clusters.map(DescribedList.init(flattening:)),
            taskDefinitions: definitions.map(DescribedList.init)
        )
    }

    /// The services of one cluster; unknown when `list-services` could not be read.
    private static func services(
        of clusterARN: String,
        reader: SnapshotReader,
        scope: SnapshotScope
    ) -> Observed<DescribedList<ECSService>> {
        reader.list(String.self, .call(scope, "ecs", "list-services", clusterARN), key: "serviceArns")
            .map { arns in
                DescribedList(
                    flattening: arns.map { arn in
                        reader.list(ECSService.self, .call(scope, "ecs", "describe-services", arn), key: "services")
                    }
                )
            }
    }
}
