/// A resource tag: a key and a value.
public struct Tag: Sendable, Hashable {
    /// The tag key.
    public var key: String
    /// The tag value (empty when AWS omits it).
    public var value: String

    /// Creates a `Tag` from its parts.
    public init(key: String, value: String = "") {
        self.key = key
        self.value = value
    }
}

extension Tag: Decodable {
    private enum CodingKeys: String, CodingKey {
        case key = "Key"
        case value = "Value"
    }

    /// Decodes a `Tag` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
    }
}
