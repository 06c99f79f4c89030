import BulwarkIAM
/// A list response such as `{"SecurityGroups": [...], "NextToken": ...}`: the array under one member.
///
/// The member's name comes from the reader (``SnapshotReader/list(_:_:key:policyKind:)``), so one
/// type serves every list call. A missing member reads as an empty list (the CLI omits empty lists
/// for some calls).
struct Listing<Element: Decodable & Sendable>: Decodable, Sendable {
    var items: [Element]

    init(from decoder: any Decoder) throws {
        let key = DecodingContext.of(decoder)?.listKey ?? ""
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        items = try container.decodeIfPresent([Element].self, forKey: AnyCodingKey(key)) ?? []
    }
}

/// A coding key made from any string.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}

extension SnapshotReader {
    /// The array under `key` in the output of `call`.
    func list<Element: Decodable & Sendable>(
        _ type: Element.Type,
        _ call: SnapshotCall,
        key: String,
        policyKind: PolicyKind = .identity
    ) -> Observed<[Element]> {
        read(Listing<Element>.self, call, policyKind: policyKind, listKey: key).map(\.items)
    }

    /// The object under `key` in the output of `call` (such as `{"PasswordPolicy": {...}}`).
    func member<Value: Decodable & Sendable>(
        _ type: Value.Type,
        _ call: SnapshotCall,
        key: String,
        policyKind: PolicyKind = .identity
    ) -> Observed<Value> {
        read(Member<Value>.self, call, policyKind: policyKind, listKey: key)
            .flatMap { member in
                member.value.map(Observed.value) ?? .notConfigured
            }
    }
}

/// A response whose interesting part sits under one member; a missing member means "not configured".
struct Member<Value: Decodable & Sendable>: Decodable, Sendable {
    var value: Value?

    init(from decoder: any Decoder) throws {
        let key = DecodingContext.of(decoder)?.listKey ?? ""
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        value = try container.decodeIfPresent(Value.self, forKey: AnyCodingKey(key))
    }
}
