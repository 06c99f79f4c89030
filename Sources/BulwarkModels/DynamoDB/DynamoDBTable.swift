public import BulwarkIAM

/// A DynamoDB table with its description and continuous backups.
public struct DynamoDBTable: Sendable, Hashable {
    /// The table's name (from `dynamodb list-tables`).
    public var tableName: String
    /// The table (`dynamodb describe-table`).
    public var description: Observed<TableDescription>
    /// `ENABLED` or `DISABLED` (`dynamodb describe-continuous-backups`).
    public var pointInTimeRecoveryStatus: Observed<String>

    /// Creates a `DynamoDBTable` from its parts.
    public init(
        tableName: String,
        description: Observed<TableDescription> = .notConfigured,
        pointInTimeRecoveryStatus: Observed<String> = .notConfigured
    ) {
        self.tableName = tableName
        self.description = description
        self.pointInTimeRecoveryStatus = pointInTimeRecoveryStatus
    }
}

/// A DynamoDB table's description.
public struct TableDescription: Sendable, Hashable {
    /// The table's ARN.
    public var tableARN: ARN?
    /// `ACTIVE`, and others.
    public var tableStatus: String?
    /// Whether deletion protection is on.
    public var deletionProtectionEnabled: Bool
    /// Encryption at rest; absent means an AWS owned key.
    public var sseDescription: SSEDescription?

    /// Creates a `TableDescription` from its parts.
    public init(
        tableARN: ARN? = nil,
        tableStatus: String? = nil,
        deletionProtectionEnabled: Bool = false,
        sseDescription: SSEDescription? = nil
    ) {
        self.tableARN = tableARN
        self.tableStatus = tableStatus
        self.deletionProtectionEnabled = deletionProtectionEnabled
        self.sseDescription = sseDescription
    }
}

extension TableDescription: Decodable {
    private enum CodingKeys: String, CodingKey {
        case tableARN = "TableArn"
        case tableStatus = "TableStatus"
        case deletionProtectionEnabled = "DeletionProtectionEnabled"
        case sseDescription = "SSEDescription"
    }

    /// Decodes a `TableDescription` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tableARN = try container.decodeARNIfPresent(forKey: .tableARN)
        tableStatus = try container.decodeIfPresent(String.self, forKey: .tableStatus)
        deletionProtectionEnabled =
            try container.decodeIfPresent(Bool.self, forKey: .deletionProtectionEnabled) ?? false
        sseDescription = try container.decodeIfPresent(SSEDescription.self, forKey: .sseDescription)
    }
}

/// A DynamoDB table's encryption at rest.
public struct SSEDescription: Sendable, Hashable {
    /// `ENABLED`, and others.
    public var status: String?
    /// `KMS` for a KMS key.
    public var sseType: String?
    /// The KMS key.
    public var kmsMasterKeyARN: ARN?

    /// Creates a `SSEDescription` from its parts.
    public init(
        status: String? = nil,
        sseType: String? = nil,
        kmsMasterKeyARN: ARN? = nil
    ) {
        self.status = status
        self.sseType = sseType
        self.kmsMasterKeyARN = kmsMasterKeyARN
    }
}

extension SSEDescription: Decodable {
    private enum CodingKeys: String, CodingKey {
        case status = "Status"
        case sseType = "SSEType"
        case kmsMasterKeyARN = "KMSMasterKeyArn"
    }

    /// Decodes a `SSEDescription` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decodeIfPresent(String.self, forKey: .status)
        sseType = try container.decodeIfPresent(String.self, forKey: .sseType)
        kmsMasterKeyARN = try container.decodeARNIfPresent(forKey: .kmsMasterKeyARN)
    }
}
