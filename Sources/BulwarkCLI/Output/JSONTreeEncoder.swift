import BulwarkIAM

/// One node of the tree an `Encodable` value is encoded into before it is written.
final class JSONTreeNode {
    private enum Content {
        case unset
        case scalar(JSONValue)
        case object([(key: String, node: JSONTreeNode)])
        case array([JSONTreeNode])
    }

    private var content = Content.unset

    /// The node's value; a node nothing was written to is `null`.
    var json: JSONValue {
        switch content {
        case .unset: .null
        case .scalar(let value): value
        case .object(let members): .object(members.map { JSONMember(key: $0.key, value: LocatedJSON($0.node.json)) })
        case .array(let elements): .array(elements.map { LocatedJSON($0.json) })
        }
    }

    func set(_ value: JSONValue) { content = .scalar(value) }

    /// Makes this node an object (keeping members already written).
    func makeObject() {
        if case .object = content { return }
        content = .object([])
    }

    /// Makes this node an array (keeping elements already written).
    func makeArray() {
        if case .array = content { return }
        content = .array([])
    }

    /// The member named `key`, created at the end when new (encoding the same key twice replaces it).
    func member(_ key: String) -> JSONTreeNode {
        makeObject()
        guard case .object(var members) = content else { return self }
        let node = JSONTreeNode()
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].node = node
        } else {
            members.append((key, node))
        }
        content = .object(members)
        return node
    }

    /// A new element at the end.
    func appendElement() -> JSONTreeNode {
        makeArray()
        guard case .array(var elements) = content else { return self }
        let node = JSONTreeNode()
        elements.append(node)
        content = .array(elements)
        return node
    }

    var count: Int {
        if case .array(let elements) = content { return elements.count }
        return 0
    }

    /// Writes `value`: strings, numbers and booleans directly, dictionaries by sorted key, anything else through its `encode(to:)`.
    func encode(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let string as String: set(.string(string))
        case let bool as Bool: set(.bool(bool))
        case let int as Int: set(.number(String(int)))
        case let int as Int32: set(.number(String(int)))
        case let int as Int64: set(.number(String(int)))
        case let int as UInt: set(.number(String(int)))
        case let int as UInt64: set(.number(String(int)))
        case let double as Double:
            guard double.isFinite else {
                throw EncodingError.invalidValue(
                    double,
                    .init(codingPath: codingPath, debugDescription: "JSON has no infinite or NaN numbers")
                )
            }
            set(.number(double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : String(double)))
        case let dictionary as [String: any Encodable]:
            // Dictionaries have no order of their own: sort the keys so output is stable across runs.
            makeObject()
            for key in dictionary.keys.sorted() {
                if let element = dictionary[key] {
                    try member(key).encode(element, codingPath: codingPath + [IndexKey(stringValue: key)])
                }
            }
        default:
            try value.encode(to: JSONTreeEncoder(node: self, codingPath: codingPath))
        }
    }
}

/// An `Encoder` that fills a ``JSONTreeNode``.
struct JSONTreeEncoder: Encoder {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }
}

/// A coding key for an array index or a dictionary key.
private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String
    init(intValue: Int) {
        self.intValue = intValue
        stringValue = String(intValue)
    }
    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).set(.null) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try node.member(key.stringValue).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        JSONTreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONTreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        JSONTreeEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONTreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    private var nextPath: [any CodingKey] { codingPath + [IndexKey(intValue: count)] }

    mutating func encodeNil() throws { node.appendElement().set(.null) }

    mutating func encode(_ value: some Encodable) throws {
        let path = nextPath
        try node.appendElement().encode(value, codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let path = nextPath
        return JSONTreeEncoder(node: node.appendElement(), codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return JSONTreeEncoder(node: node.appendElement(), codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return JSONTreeEncoder(node: node.appendElement(), codingPath: path)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.set(.null) }

    mutating func encode(_ value: some Encodable) throws { try node.encode(value, codingPath: codingPath) }
}
