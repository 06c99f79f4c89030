/// A typed value of a request context key, such as `aws:SourceIp` or `aws:TagKeys`.
///
/// Condition operators interpret values by their own type, so a `.string("10")` works with
/// `NumericEquals` and `.string("2020-01-01T00:00:00Z")` with `DateLessThan`, exactly as the text
/// AWS puts in a request context. A `.list` is a multivalued key (use `ForAllValues`/`ForAnyValue`).
public enum ContextValue: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// Text, such as a tag value or an ARN.
    case string(String)
    /// A number.
    case number(Double)
    /// A boolean.
    case boolean(Bool)
    /// A point in time, as seconds since 1970-01-01T00:00:00Z.
    case date(secondsSince1970: Double)
    /// An IPv4 or IPv6 address, as text (`203.0.113.7`).
    case ipAddress(String)
    /// Raw bytes (for `BinaryEquals`).
    case binary([UInt8])
    /// A multivalued key's values; an empty list is the empty set.
    case list([ContextValue])

    /// Creates a string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates a number value.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// Creates a number value.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// Creates a boolean value.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    /// Creates a multivalued value.
    public init(arrayLiteral elements: ContextValue...) { self = .list(elements) }

    /// The value as the text AWS would compare (`true`, `10`, `203.0.113.7`); lists are comma-joined.
    public var text: String {
        switch self {
        case .string(let s): s
        case .number(let n): ContextValue.format(n)
        case .boolean(let b): b ? "true" : "false"
        case .date(let s): ISO8601.format(secondsSince1970: s)
        case .ipAddress(let s): s
        case .binary(let b): Base64.encode(b)
        case .list(let values): values.map(\.text).joined(separator: ",")
        }
    }

    /// The value as text (lists in brackets).
    public var description: String {
        switch self {
        case .list(let values): "[" + values.map { "\"\($0.text)\"" }.joined(separator: ", ") + "]"
        default: "\"\(text)\""
        }
    }

    /// A number without a needless `.0`.
    static func format(_ n: Double) -> String {
        if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    /// Whether this is an empty `.list` (the empty set).
    package var isEmptyList: Bool {
        if case .list(let items) = self { return items.isEmpty }
        return false
    }

    /// Whether this is an empty `.string`, which set operators read as an empty data set.
    package var isEmptyString: Bool {
        if case .string(let text) = self { return text.isEmpty }
        return false
    }

    /// Whether this is a `.list`.
    package var isList: Bool {
        if case .list = self { return true }
        return false
    }
}
