/// The request context: condition keys and their values, with case-insensitive key names.
///
/// Key names compare case-insensitively, including tag keys after the slash
/// (`aws:PrincipalTag/Team` is `aws:principaltag/team`; IAM User Guide, "IAM JSON policy elements:
/// Condition"). Build one with a dictionary literal:
///
/// ```swift
/// let context: RequestContext = ["aws:SourceIp": "203.0.113.7", "aws:TagKeys": ["a", "b"]]
/// ```
public struct RequestContext: Sendable, Hashable, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One key and its value.
    private struct Entry: Sendable {
        /// The key as first written.
        var name: String
        /// The key, lowercased.
        var key: String
        /// ``RequestContext/keyHash(_:)`` of `key`.
        var hash: UInt64
        /// The value.
        var value: ContextValue
    }

    /// The entries, in insertion order.
    ///
    /// Contexts are small, so a scan comparing precomputed hashes
    /// beats a `Dictionary` (no `Hasher` per lookup, no allocation).
    private var entries: [Entry]

    /// Creates an empty context.
    public init() { entries = [] }

    /// Creates a context from key/value pairs; a later duplicate key (in any case) wins.
    public init(_ entries: some Sequence<(String, ContextValue)>) {
        self.entries = []
        for (key, value) in entries { self[key] = value }
    }

    /// Creates a context from a dictionary literal.
    public init(dictionaryLiteral elements: (String, ContextValue)...) {
        self.init(elements)
    }

    /// The value of a key (any case), or `nil` when the request does not carry it.
    public subscript(key: String) -> ContextValue? {
        get {
            let lower = key.lowercased()
            return value(lowercasedKey: lower, hash: RequestContext.keyHash(lower))
        }
        set {
            let lower = key.lowercased()
            let hash = RequestContext.keyHash(lower)
            let index = entries.firstIndex { $0.hash == hash && $0.key == lower }
            switch (index, newValue) {
            case (let i?, let v?): entries[i].value = v
            case (let i?, nil): entries.remove(at: i)
            case (nil, let v?): entries.append(Entry(name: key, key: lower, hash: hash, value: v))
            case (nil, nil): break
            }
        }
    }

    /// Looks up a key that is already lowercased, with its ``keyHash(_:)`` (no allocation).
    @inline(__always)
    package func value(lowercasedKey key: String, hash: UInt64) -> ContextValue? {
        var i = 0
        while i < entries.count {
            if entries[i].hash == hash && entries[i].key == key { return entries[i].value }
            i += 1
        }
        return nil
    }

    /// FNV-1a of the UTF-8 bytes: the lookup hash of a lowercased key.
    package static func keyHash(_ lowercasedKey: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in lowercasedKey.utf8 {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h
    }

    /// Whether the context has a value for `key` (any case).
    public func contains(_ key: String) -> Bool { self[key] != nil }

    /// The key names as first written, sorted.
    public var keys: [String] { entries.map(\.name).sorted() }

    /// The number of keys.
    public var count: Int { entries.count }

    /// The text a policy variable `${key}` becomes, or `nil`.
    ///
    /// Only single-valued keys substitute (IAM User Guide, "Single-valued vs. multivalued context
    /// keys"), so a list gives `nil`.
    package func variableText(for key: String) -> String? {
        guard let value = self[key], !value.isList else { return nil }
        return value.text
    }

    /// Keys and values, one per line, sorted by key.
    public var description: String {
        entries.sorted { $0.name < $1.name }.map { "\($0.name) = \($0.value)" }.joined(separator: "\n")
    }

    /// Two contexts are equal when they hold the same keys (ignoring case) with equal values.
    public static func == (lhs: RequestContext, rhs: RequestContext) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for e in lhs.entries where rhs.value(lowercasedKey: e.key, hash: e.hash) != e.value { return false }
        return true
    }

    /// Hashes the lowercased keys and values in key order.
    public func hash(into hasher: inout Hasher) {
        for e in entries.sorted(by: { $0.key < $1.key }) {
            hasher.combine(e.key)
            hasher.combine(e.value)
        }
    }
}
