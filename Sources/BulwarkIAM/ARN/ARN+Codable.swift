extension ARN: Codable {
    /// Decodes an ARN from a JSON string and parses it once.
    ///
    /// - Throws: `DecodingError.dataCorrupted` with the ``ARNError`` when the string is not an ARN.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "\(error)",
                    underlyingError: error
                )
            )
        }
    }

    /// Encodes the ARN as the JSON string it was parsed from.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
