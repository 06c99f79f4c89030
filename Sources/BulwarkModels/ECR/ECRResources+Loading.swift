import BulwarkIAM

extension ECRResources {
    /// Reads `ecr describe-repositories`, each repository's policy, and the registry scanning configuration.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> ECRResources {
        let repositories =
            await reader.list(ECRRepository.self, .call(scope, "ecr", "describe-repositories"), key: "repositories")
            .asyncMap { repositories in
                await Concurrently.map(repositories) { repository in
                    var repository = repository
                    repository.policy = reader.member(
                        EmbeddedPolicy.self,
                        .call(scope, "ecr", "get-repository-policy", repository.repositoryName),
                        key: "policyText",
                        policyKind: .resource
                    )
                    return repository
                }
            }
        return ECRResources(
            repositories: repositories,
            registryScanningConfiguration: reader.member(
                RegistryScanningConfiguration.self,
                .call(scope, "ecr", "get-registry-scanning-configuration"),
                key: "scanningConfiguration"
            )
        )
    }
}
