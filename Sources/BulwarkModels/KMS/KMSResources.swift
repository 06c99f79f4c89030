/// KMS in one region.
public struct KMSResources: Sendable, Hashable {
    /// The keys with their metadata, rotation and policy.
    public var keys: Observed<[KMSKey]>
    /// The aliases.
    public var aliases: Observed<[KMSAlias]>

    /// Creates a `KMSResources` from its parts.
    public init(
        keys: Observed<[KMSKey]> = .notConfigured,
        aliases: Observed<[KMSAlias]> = .notConfigured
    ) {
        self.keys = keys
        self.aliases = aliases
    }
}
