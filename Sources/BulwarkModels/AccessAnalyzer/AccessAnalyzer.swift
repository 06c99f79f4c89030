public import BulwarkIAM

public import Foundation

/// An IAM Access Analyzer analyzer (`accessanalyzer list-analyzers`).
public struct AccessAnalyzer: Sendable, Hashable {
    /// The analyzer's ARN.
    public var arn: ARN
    /// The analyzer's name.
    public var name: String
    /// `ACCOUNT`, `ORGANIZATION`, or an unused-access type.
    public var type: String
    /// `ACTIVE`, `CREATING`, `DISABLED` or `FAILED`.
    public var status: String
    /// When it was created.
    public var createdAt: Date?

    /// Creates an `AccessAnalyzer` from its parts.
    public init(
        arn: ARN,
        name: String,
        type: String,
        status: String,
        createdAt: Date? = nil
    ) {
        self.arn = arn
        self.name = name
        self.type = type
        self.status = status
        self.createdAt = createdAt
    }

    /// Whether the analyzer is active and looks for external access (account or organization zone of trust).
    public var isActiveExternalAccessAnalyzer: Bool {
        status == "ACTIVE" && (type == "ACCOUNT" || type == "ORGANIZATION")
    }
}

extension AccessAnalyzer: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn = "arn"
        case name = "name"
        case type = "type"
        case status = "status"
        case createdAt = "createdAt"
    }

    /// Decodes an `AccessAnalyzer` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(String.self, forKey: .type)
        status = try container.decode(String.self, forKey: .status)
        createdAt = (try? container.decodeIfPresent(Date.self, forKey: .createdAt)) ?? nil
    }
}
