/// Secrets Manager in one region.
public struct SecretsManagerResources: Sendable, Hashable {
    /// The secrets with their resource policies.
    public var secrets: Observed<[Secret]>

    /// Creates a `SecretsManagerResources` from its parts.
    public init(secrets: Observed<[Secret]> = .notConfigured) {
        self.secrets = secrets
    }
}
