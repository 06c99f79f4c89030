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
    /// Entries by lowercased key name, keeping the name as first written.
    private var storage: [String: (name: String, value: ContextValue)]

    /// Creates an empty context.
    public init() { storage = [:] }

    /// Creates a context from key/value pairs; a later duplicate key (in any case) wins.
    public init(_ entries: some Sequence<(String, ContextValue)>) {
        storage = [:]
        for (key, value) in entries { self[key] = value }
    }

    /// Creates a context from a dictionary literal.
    public init(dictionaryLiteral elements: (String, ContextValue)...) {
        self.init(elements)
    }

    /// The value of a key (any case), or `nil` when the request does not carry it.
    public subscript(key: String) -> ContextValue? {
        get { storage[key.lowercased()]?.value }
        set {
            let lower = key.lowercased()
            if let newValue { storage[lower] = (key, newValue) } else { storage[lower] = nil }
        }
    }

    /// Looks up a key that is already lowercased (no allocation).
    @inline(__always)
    package func value(lowercasedKey key: String) -> ContextValue? {
        storage[key]?.value
    }

    /// Whether the context has a value for `key` (any case).
    public func contains(_ key: String) -> Bool { storage[key.lowercased()] != nil }

    /// The key names as first written, sorted.
    public var keys: [String] { storage.values.map(\.name).sorted() }

    /// The number of keys.
    public var count: Int { storage.count }

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
        storage.values.sorted { $0.name < $1.name }.map { "\($0.name) = \($0.value)" }.joined(separator: "\n")
    }

    /// Two contexts are equal when they hold the same keys (ignoring case) with equal values.
    public static func == (lhs: RequestContext, rhs: RequestContext) -> Bool {
        guard lhs.storage.count == rhs.storage.count else { return false }
        for (key, entry) in lhs.storage where rhs.storage[key]?.value != entry.value { return false }
        return true
    }

    /// Hashes the lowercased keys and values in key order.
    public func hash(into hasher: inout Hasher) {
        for key in storage.keys.sorted() {
            hasher.combine(key)
            hasher.combine(storage[key]?.value)
        }
    }
}
