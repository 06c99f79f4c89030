/// A string value that AWS defines, such as a bucket versioning status or an instance state.
///
/// Types conforming to this protocol are open: a value AWS adds after this library was written
/// still decodes, and compares unequal to every known `static let` value. Never a closed `enum`.
public protocol AWSString: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String {
    /// Creates a value from its AWS spelling.
    init(rawValue: String)
}

extension AWSString {
    /// Creates a value from a string literal, spelled as AWS spells it.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The value as AWS spells it.
    public var description: String { rawValue }

    /// Decodes the value from a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the value as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
