/// The request context: condition keys and their values, with case-insensitive key names.
///
/// Key names compare ignoring ASCII case, including tag keys after the slash
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
        /// ``RequestContext/keyHash(_:)`` of `name`.
        var hash: UInt64
        /// The value.
        var value: ContextValue
    }

    /// The entries, in insertion order.
    ///
    /// Contexts are small, so a scan comparing precomputed hashes beats a `Dictionary` (no `Hasher`
    /// per lookup, no allocation), and keys are never copied to lowercase them.
    private var entries: [Entry]

    /// Creates an empty context.
    public init() { entries = [] }

    /// Creates a context from key/value pairs; a later duplicate key (in any case) wins.
    public init(_ entries: some Sequence<(String, ContextValue)>) {
        self.entries = []
        self.entries.reserveCapacity(entries.underestimatedCount)
        for (key, value) in entries { self[key] = value }
    }

    /// Creates a context from a dictionary literal.
    public init(dictionaryLiteral elements: (String, ContextValue)...) {
        self.init(elements)
    }

    /// The value of a key (any case), or `nil` when the request does not carry it.
    public subscript(key: String) -> ContextValue? {
        get { value(key: key, hash: RequestContext.keyHash(key)) }
        set {
            let hash = RequestContext.keyHash(key)
            let index = self.index(key, hash)
            switch (index, newValue) {
            case (let i?, let v?): entries[i].value = v
            case (let i?, nil): entries.remove(at: i)
            case (nil, let v?): entries.append(Entry(name: key, hash: hash, value: v))
            case (nil, nil): break
            }
        }
    }

    /// Looks up a key in any case, with its ``keyHash(_:)`` (no allocation).
    @inline(__always)
    package func value(key: String, hash: UInt64) -> ContextValue? {
        index(key, hash).map { entries[$0].value }
    }

    /// Adds a key known to be absent (the caller checked with ``value(key:hash:)``).
    package mutating func appendAbsent(_ key: String, hash: UInt64, _ value: ContextValue) {
        entries.append(Entry(name: key, hash: hash, value: value))
    }

    /// Reserves room for `count` more keys.
    package mutating func reserveAdditional(_ count: Int) {
        entries.reserveCapacity(entries.count + count)
    }

    @inline(__always)
    private func index(_ key: String, _ hash: UInt64) -> Int? {
        var i = 0
        while i < entries.count {
            if entries[i].hash == hash && RequestContext.sameKey(entries[i].name, key) { return i }
            i += 1
        }
        return nil
    }

    /// Whether two key names are equal ignoring ASCII case.
    private static func sameKey(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.utf8.count == b.utf8.count else { return false }
        return a.utf8.elementsEqual(b.utf8) { Glob.fold($0) == Glob.fold($1) }
    }

    /// FNV-1a of the ASCII-lowercased UTF-8 bytes: the lookup hash of a key in any case.
    package static func keyHash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 {
            h = (h ^ UInt64(Glob.fold(b))) &* 0x100_0000_01b3
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
        for e in lhs.entries where rhs.value(key: e.name, hash: e.hash) != e.value { return false }
        return true
    }

    /// Hashes the lowercased keys and values in key order.
    public func hash(into hasher: inout Hasher) {
        for e in entries.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) {
            hasher.combine(e.name.lowercased())
            hasher.combine(e.value)
        }
    }
}
