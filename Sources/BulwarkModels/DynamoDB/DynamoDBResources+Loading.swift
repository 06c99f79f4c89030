extension DynamoDBResources {
    /// Reads `dynamodb list-tables`, then each table's description and continuous backups.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> DynamoDBResources {
        let tables = await reader.list(String.self, .call(scope, "dynamodb", "list-tables"), key: "TableNames")
            .asyncMap { names in
                await Concurrently.map(names) { name in
                    DynamoDBTable(
                        tableName: name,
                        description: reader.member(
                            TableDescription.self,
                            .call(scope, "dynamodb", "describe-table", name),
                            key: "Table"
                        ),
                        pointInTimeRecoveryStatus:
                            reader.member(
                                ContinuousBackups.self,
                                .call(scope, "dynamodb", "describe-continuous-backups", name),
                                key: "ContinuousBackupsDescription"
                            )
                            .flatMap { backups in
                                backups.pointInTimeRecoveryStatus.map(Observed.value) ?? .notConfigured
                            }
                    )
                }
            }
        return DynamoDBResources(tables: tables)
    }
}

/// The `ContinuousBackupsDescription` member of `dynamodb describe-continuous-backups`.
struct ContinuousBackups: Decodable, Sendable {
    struct Recovery: Decodable, Sendable {
        var status: String?

        private enum CodingKeys: String, CodingKey {
            case status = "PointInTimeRecoveryStatus"
        }
    }

    var recovery: Recovery?

    private enum CodingKeys: String, CodingKey {
        case recovery = "PointInTimeRecoveryDescription"
    }

    var pointInTimeRecoveryStatus: String? { recovery?.status }
}
