public import BulwarkIAM

/// A WAFv2 web ACL (`wafv2 list-web-acls`).
public struct WebACLSummary: Sendable, Hashable {
    /// The web ACL's name.
    public var name: String
    /// Its id.
    public var id: String
    /// Its ARN.
    public var arn: ARN
    /// The description.
    public var description: String?

    /// Creates a `WebACLSummary` from its parts.
    public init(
        name: String,
        id: String,
        arn: ARN,
        description: String? = nil
    ) {
        self.name = name
        self.id = id
        self.arn = arn
        self.description = description
    }
}

extension WebACLSummary: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case id = "Id"
        case arn = "ARN"
        case description = "Description"
    }

    /// Decodes a `WebACLSummary` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
        description = try container.decodeIfPresent(String.self, forKey: .description)
    }
}
