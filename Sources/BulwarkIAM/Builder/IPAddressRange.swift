/// An IPv4 or IPv6 address or CIDR range, the value type of `IpAddress` conditions
/// (`203.0.113.0/24`, `2001:db8::/32`, `198.51.100.7`).
///
/// Write it as a string literal; the text is kept as written. A literal that is not an address
/// range is reported when the policy document is built.
public struct IPAddressRange: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The range as written.
    public var text: String

    /// Creates a range from its text; see ``isValid``.
    public init(_ text: String) { self.text = text }

    /// Creates a range from a string literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// Whether the text is an IPv4 or IPv6 address or CIDR range.
    public var isValid: Bool { IPNetwork(text) != nil }

    /// The range as written.
    public var description: String { text }
}
