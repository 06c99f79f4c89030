extension RDSResources {
    /// Reads DB instances, clusters, and DB and cluster snapshots with their restore attributes.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> RDSResources {
        @Sendable func call(_ operation: String) -> SnapshotCall { .call(scope, "rds", operation) }
        let instanceSnapshots = await reader.list(DBSnapshot.self, call("describe-db-snapshots"), key: "DBSnapshots")
            .asyncMap { snapshots in
                await Concurrently.map(snapshots) { snapshot in
                    var snapshot = snapshot
                    snapshot.restoreAttributeValues =
                        reader.member(
                            SnapshotAttributes.self,
                            call("describe-db-snapshot-attributes").resource(snapshot.identifier),
                            key: "DBSnapshotAttributesResult"
                        )
                        .map(\.restoreValues)
                    return snapshot
                }
            }
        let clusterSnapshots =
            await reader.list(
                ClusterSnapshot.self,
                call("describe-db-cluster-snapshots"),
                key: "DBClusterSnapshots"
            )
            .asyncMap { snapshots in
                await Concurrently.map(snapshots) { cluster in
                    var snapshot = cluster.snapshot
                    snapshot.restoreAttributeValues =
                        reader.member(
                            SnapshotAttributes.self,
                            call("describe-db-cluster-snapshot-attributes").resource(snapshot.identifier),
                            key: "DBClusterSnapshotAttributesResult"
                        )
                        .map(\.restoreValues)
                    return snapshot
                }
            }
        let allSnapshots: Observed<[DBSnapshot]> = instanceSnapshots.flatMap { instances in
            clusterSnapshots.map { instances + $0 }
        }
        return RDSResources(
            dbInstances: reader.list(DBInstance.self, call("describe-db-instances"), key: "DBInstances"),
            dbClusters: reader.list(DBCluster.self, call("describe-db-clusters"), key: "DBClusters"),
            dbSnapshots: allSnapshots
        )
    }
}

/// A DB cluster snapshot, read into the shared ``DBSnapshot`` model.
struct ClusterSnapshot: Decodable, Sendable {
    var snapshot: DBSnapshot

    private enum CodingKeys: String, CodingKey {
        case identifier = "DBClusterSnapshotIdentifier"
        case arn = "DBClusterSnapshotArn"
        case source = "DBClusterIdentifier"
        case snapshotType = "SnapshotType"
        case encrypted = "StorageEncrypted"
        case kmsKeyID = "KmsKeyId"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        snapshot = DBSnapshot(
            identifier: try container.decode(String.self, forKey: .identifier),
            arn: try container.decodeARNIfPresent(forKey: .arn),
            sourceIdentifier: try container.decodeIfPresent(String.self, forKey: .source),
            snapshotType: try container.decodeIfPresent(String.self, forKey: .snapshotType),
            encrypted: try container.decodeIfPresent(Bool.self, forKey: .encrypted) ?? false,
            kmsKeyID: try container.decodeIfPresent(String.self, forKey: .kmsKeyID),
            isClusterSnapshot: true
        )
    }
}

/// The attributes result of `rds describe-db(-cluster)-snapshot-attributes`.
struct SnapshotAttributes: Decodable, Sendable {
    struct Attribute: Decodable, Sendable {
        var name: String
        var values: [String]

        private enum CodingKeys: String, CodingKey {
            case name = "AttributeName"
            case values = "AttributeValues"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            values = try container.decodeIfPresent([String].self, forKey: .values) ?? []
        }
    }

    var attributes: [Attribute]

    private enum CodingKeys: String, CodingKey {
        case instance = "DBSnapshotAttributes"
        case cluster = "DBClusterSnapshotAttributes"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        attributes =
            try container.decodeIfPresent([Attribute].self, forKey: .instance)
            ?? container.decodeIfPresent([Attribute].self, forKey: .cluster) ?? []
    }

    /// The values of the `restore` attribute: account ids, or `all`.
    var restoreValues: [String] { attributes.filter { $0.name == "restore" }.flatMap(\.values) }
}
