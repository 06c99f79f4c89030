import BulwarkIAM

extension KeyedDecodingContainer {
    /// The ARN under `key`, parsed; a malformed ARN is a decoding error at that key.
    func decodeARN(forKey key: Key) throws -> ARN {
        let text = try decode(String.self, forKey: key)
        do {
            return try ARN(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ARN: \(error)")
        }
    }

    /// The ARN under `key`, parsed, or `nil` when the member is missing, `null` or empty.
    func decodeARNIfPresent(forKey key: Key) throws -> ARN? {
        guard let text = try decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        do {
            return try ARN(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ARN: \(error)")
        }
    }

    /// The ARNs under `key`, parsed; a missing member is an empty list.
    func decodeARNs(forKey key: Key) throws -> [ARN] {
        let texts = try decodeIfPresent([String].self, forKey: key) ?? []
        return try texts.map { text in
            do {
                return try ARN(parsing: text)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ARN: \(error)")
            }
        }
    }
}
