public import BulwarkIAM

/// An Amazon S3 Glacier vault (`glacier list-vaults`) with its access policy.
public struct GlacierVault: Sendable, Hashable {
    /// The vault's name.
    public var vaultName: String
    /// The vault's ARN.
    public var vaultARN: ARN
    /// The vault access policy (`glacier get-vault-access-policy`); `.notConfigured` when it has none.
    public var policy: Observed<EmbeddedPolicy>

    /// Creates a vault.
    public init(vaultName: String, vaultARN: ARN, policy: Observed<EmbeddedPolicy> = .notConfigured) {
        self.vaultName = vaultName
        self.vaultARN = vaultARN
        self.policy = policy
    }
}

extension GlacierVault: Decodable {
    private enum CodingKeys: String, CodingKey {
        case vaultName = "VaultName"
        case vaultARN = "VaultARN"
    }

    /// Decodes a vault from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vaultName = try container.decode(String.self, forKey: .vaultName)
        vaultARN = try container.decodeARN(forKey: .vaultARN)
        policy = .notConfigured
    }
}

/// Amazon S3 Glacier in one region.
public struct GlacierResources: Sendable, Hashable {
    /// The vaults with their access policies.
    public var vaults: Observed<[GlacierVault]>

    /// Creates the container.
    public init(vaults: Observed<[GlacierVault]> = .notConfigured) {
        self.vaults = vaults
    }

    /// Reads `glacier list-vaults` and each vault's access policy (`{"policy": {"Policy": "…"}}`).
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> GlacierResources {
        let vaults = await reader.list(GlacierVault.self, .call(scope, "glacier", "list-vaults"), key: "VaultList")
            .asyncMap { vaults in
                await Concurrently.map(vaults) { vault in
                    var vault = vault
                    vault.policy =
                        reader.member(
                            VaultAccessPolicy.self,
                            .call(scope, "glacier", "get-vault-access-policy", vault.vaultName),
                            key: "policy",
                            policyKind: .resource
                        )
                        .flatMap { $0.policy.map(Observed.value) ?? .notConfigured }
                    return vault
                }
            }
        return GlacierResources(vaults: vaults)
    }
}

/// The `policy` member of `glacier get-vault-access-policy`.
struct VaultAccessPolicy: Decodable, Sendable {
    var policy: EmbeddedPolicy?

    private enum CodingKeys: String, CodingKey {
        case policy = "Policy"
    }
}
