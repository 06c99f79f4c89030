/// DynamoDB in one region.
public struct DynamoDBResources: Sendable, Hashable {
    /// The tables.
    public var tables: Observed<[DynamoDBTable]>

    /// Creates a `DynamoDBResources` from its parts.
    public init(tables: Observed<[DynamoDBTable]> = .notConfigured) {
        self.tables = tables
    }
}
