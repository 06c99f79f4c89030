import BulwarkIAM
extension SecretsManagerResources {
    /// Reads `secretsmanager list-secrets` and each secret's resource policy.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> SecretsManagerResources {
        let secrets = await reader.list(Secret.self, .call(scope, "secretsmanager", "list-secrets"), key: "SecretList")
            .asyncMap { secrets in
                await Concurrently.map(secrets) { secret in
                    var secret = secret
                    secret.resourcePolicy = reader.member(
                        EmbeddedPolicy.self,
                        .call(scope, "secretsmanager", "get-resource-policy", secret.arn),
                        key: "ResourcePolicy",
                        policyKind: .resource
                    )
                    return secret
                }
            }
        return SecretsManagerResources(secrets: secrets)
    }
}
