/// A JSON value whose children carry their source locations.
///
/// Numbers keep their source text (`1e999` stays `"1e999"`), so no precision is lost and no value
/// is rejected for being out of range until a caller needs it as a number (see ``JSONValue/doubleValue``).
/// Object members keep document order and duplicates, so callers can report duplicate keys.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its source text (valid RFC 8259 number syntax).
    case number(String)
    /// A string, with escapes decoded.
    case string(String)
    /// An array.
    case array([LocatedJSON])
    /// An object, with members in document order (duplicates kept).
    case object([JSONMember])

    /// The JSON type name, for messages: `null`, `boolean`, `number`, `string`, `array` or `object`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The number as a finite `Double`, when this is a number within `Double`'s range.
    ///
    /// `nil` for non-numbers and for numbers such as `1e999` that overflow.
    public var doubleValue: Double? {
        guard case .number(let text) = self, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

/// A JSON value and where it starts in the source text.
public struct LocatedJSON: Sendable, Hashable {
    /// The value.
    public var value: JSONValue
    /// Where the value starts (its first byte: `{`, `[`, `"`, a digit, …).
    public var location: TextPosition

    /// Creates a located value; `location` defaults to the start of the input for values built in code.
    public init(_ value: JSONValue, at location: TextPosition = .start) {
        self.value = value
        self.location = location
    }

    /// The members, when this is an object.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The elements, when this is an array.
    public var elements: [LocatedJSON]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The value of the last member named `key` (JSON parsers conventionally let the last one win).
    public subscript(key: String) -> LocatedJSON? {
        members?.last { $0.key == key }?.value
    }

    /// The value at `path` below this value, or `nil` when the path leads nowhere.
    public func value(at path: JSONPath) -> LocatedJSON? {
        var node = self
        for component in path.components {
            switch component {
            case .key(let key):
                guard let next = node[key] else { return nil }
                node = next
            case .index(let index):
                guard let elements = node.elements, elements.indices.contains(index) else { return nil }
                node = elements[index]
            }
        }
        return node
    }
}

/// One member of a JSON object: its key, where the key starts, and its value.
public struct JSONMember: Sendable, Hashable {
    /// The key, with escapes decoded.
    public var key: String
    /// Where the key's opening quote is.
    public var keyLocation: TextPosition
    /// The value.
    public var value: LocatedJSON

    /// Creates a member.
    public init(key: String, keyLocation: TextPosition = .start, value: LocatedJSON) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
