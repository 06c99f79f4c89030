public import BulwarkIAM

/// A condition key the catalog knows, such as `aws:SourceIp` or `s3:ExistingObjectTag/<key>`, with its type.
public struct ConditionKeyDefinition: Sendable, Hashable, CustomStringConvertible {
    /// The key as the reference spells it; templated keys keep their placeholder (`aws:RequestTag/${TagKey}`).
    public let key: String
    /// The value types the key takes, usually one (`aws:EpochTime` takes dates and numbers).
    public let types: [ConditionKeyType]
    /// Whether a request can carry several values for the key (use `ForAllValues`/`ForAnyValue` with it).
    public let isMultivalued: Bool
    /// Whether this is a global key from the IAM User Guide, valid with every action.
    public let isGlobal: Bool
    /// The service whose list defines the key, or `nil` for a global key.
    public let service: String?

    /// Creates a definition from the source's type text, such as `ArrayOfString` or `Date|Numeric`.
    init(key: String, typeText: Substring, isGlobal: Bool, service: String?) {
        self.key = key
        self.isGlobal = isGlobal
        self.service = service
        var multivalued = false
        var types: [ConditionKeyType] = []
        for part in typeText.split(separator: "|") {
            var name = part
            if name.hasPrefix("ArrayOf") {
                multivalued = true
                name = name.dropFirst("ArrayOf".count)
            }
            types.append(ConditionKeyType(sourceName: name))
        }
        self.types = types
        self.isMultivalued = multivalued
    }

    /// Whether the key has a placeholder such as `${TagKey}` or `<key>`.
    public var isTemplate: Bool { key.contains("${") || key.contains("<") }

    /// Whether a condition operator of `family` is meant for this key's type.
    ///
    /// `Null` fits every key. String operators fit string and ARN keys (AWS compares ARNs as text
    /// too); every other family needs its own type: `Numeric…` a number, `Date…` a date, `Bool` a
    /// boolean, `IpAddress` an IP address, `Arn…` an ARN, `BinaryEquals` binary data.
    public func accepts(_ family: OperatorFamily) -> Bool {
        if family == .null { return true }
        return types.contains { $0.accepts(family) }
    }

    /// The key and its type, such as `aws:TagKeys (ArrayOfString)`.
    public var description: String {
        "\(key) (\(isMultivalued ? "ArrayOf" : "")\(types.map(\.rawValue).joined(separator: "|")))"
    }
}

/// The value type of a condition key (an open set).
public struct ConditionKeyType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The type's name, such as `String`.
    public let rawValue: String

    /// Creates a type from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    init(sourceName: Substring) {
        switch sourceName {
        case "Boolean": self = .bool
        case "IpAddress": self = .ipAddress
        case "Arn": self = .arn
        default: self.init(rawValue: String(sourceName))
        }
    }

    /// Text.
    public static let string = ConditionKeyType(rawValue: "String")
    /// An Amazon Resource Name.
    public static let arn = ConditionKeyType(rawValue: "ARN")
    /// `true` or `false`.
    public static let bool = ConditionKeyType(rawValue: "Bool")
    /// A number.
    public static let numeric = ConditionKeyType(rawValue: "Numeric")
    /// A date and time.
    public static let date = ConditionKeyType(rawValue: "Date")
    /// An IPv4 or IPv6 address or CIDR range.
    public static let ipAddress = ConditionKeyType(rawValue: "IPAddress")
    /// Base64-encoded binary data.
    public static let binary = ConditionKeyType(rawValue: "Binary")

    /// Whether operators of `family` are meant for values of this type.
    public func accepts(_ family: OperatorFamily) -> Bool {
        switch family {
        case .null: true
        case .string: self == .string || self == .arn
        case .numeric: self == .numeric
        case .date: self == .date
        case .boolean: self == .bool
        case .ipAddress: self == .ipAddress
        case .arn: self == .arn
        case .binary: self == .binary
        }
    }

    /// The type's name.
    public var description: String { rawValue }
}
