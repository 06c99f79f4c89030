/// Amazon Macie in a region (`macie2 get-macie-session`).
public struct MacieSession: Sendable, Hashable {
    /// `ENABLED` or `PAUSED`.
    public var status: String
    /// How often findings are published.
    public var findingPublishingFrequency: String?
    /// Macie's service-linked role.
    public var serviceRole: String?

    /// Creates a `MacieSession` from its parts.
    public init(
        status: String,
        findingPublishingFrequency: String? = nil,
        serviceRole: String? = nil
    ) {
        self.status = status
        self.findingPublishingFrequency = findingPublishingFrequency
        self.serviceRole = serviceRole
    }
}

extension MacieSession: Decodable {
    private enum CodingKeys: String, CodingKey {
        case status = "status"
        case findingPublishingFrequency = "findingPublishingFrequency"
        case serviceRole = "serviceRole"
    }

    /// Decodes a `MacieSession` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(String.self, forKey: .status)
        findingPublishingFrequency = try container.decodeIfPresent(String.self, forKey: .findingPublishingFrequency)
        serviceRole = try container.decodeIfPresent(String.self, forKey: .serviceRole)
    }
}
