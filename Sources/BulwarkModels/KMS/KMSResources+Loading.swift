import BulwarkIAM
extension KMSResources {
    /// Reads `kms list-keys`, then each key's metadata, rotation status and policy, and the aliases.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> KMSResources {
        let keys = await reader.list(ListedKey.self, .call(scope, "kms", "list-keys"), key: "Keys")
            .asyncMap { listed in
                await Concurrently.map(listed) { key in
                    func call(_ operation: String) -> SnapshotCall { .call(scope, "kms", operation, key.keyID) }
                    return KMSKey(
                        keyID: key.keyID,
                        keyARN: key.keyARN,
                        metadata: reader.member(KMSKeyMetadata.self, call("describe-key"), key: "KeyMetadata"),
                        rotation: reader.read(KeyRotationStatus.self, call("get-key-rotation-status")),
                        policy: reader.member(
                            EmbeddedPolicy.self,
                            call("get-key-policy"),
                            key: "Policy",
                            policyKind: .resource
                        )
                    )
                }
            }
        return KMSResources(
            keys: keys,
            aliases: reader.list(KMSAlias.self, .call(scope, "kms", "list-aliases"), key: "Aliases")
        )
    }
}

/// One entry of `kms list-keys`.
struct ListedKey: Decodable, Sendable {
    var keyID: String
    var keyARN: ARN?

    private enum CodingKeys: String, CodingKey {
        case keyID = "KeyId"
        case keyARN = "KeyArn"
    }
}
