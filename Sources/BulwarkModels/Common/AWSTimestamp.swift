import BulwarkIAM
public import Foundation

/// Parses the timestamps that the AWS CLI prints, without `ISO8601DateFormatter` (7× slower).
///
/// The text goes to the package's one ISO 8601 parser (the one the `Date…` condition operators
/// use): `2024-01-15T10:00:00Z`, fractional seconds (`…:00.123Z`), numeric offsets (`+00:00`,
/// `-0500`), a space instead of `T`, a date alone (`2024-01-15`) and epoch seconds as text.
/// Trailing spaces are ignored. JSON numbers are seconds since 1970 (some services and moto print
/// those).
public enum AWSTimestamp {
    /// The date `text` denotes, or `nil` when it is not an ISO 8601 timestamp.
    public static func parse(_ text: String) -> Date? {
        var trimmed = Substring(text)
        while trimmed.last == " " { trimmed.removeLast() }
        return ISO8601.parse(String(trimmed)).map(Date.init(timeIntervalSince1970:))
    }

    /// The decoding strategy every snapshot decoder uses: ISO 8601 text or seconds since 1970.
    static let decodingStrategy: JSONDecoder.DateDecodingStrategy = .custom { decoder in
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            return Date(timeIntervalSince1970: number)
        }
        let text = try container.decode(String.self)
        guard let date = parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text.prefix(40))' is not an ISO 8601 timestamp"
            )
        }
        return date
    }
}
