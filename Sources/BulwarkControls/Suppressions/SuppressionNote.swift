/// Something to tell the user about one entry of a suppressions file: it expired, or matched nothing.
public struct SuppressionNote: Sendable, Hashable, CustomStringConvertible {
    /// What happened to the entry.
    public enum Kind: String, Sendable, Hashable {
        /// The entry's expiry date has passed; it no longer suppresses anything.
        case expired
        /// The entry matched no finding.
        case unused
    }

    /// What happened.
    public var kind: Kind
    /// The entry's position in the file's `suppressions` array.
    public var entryIndex: Int
    /// The entry's reason.
    public var reason: String
    /// The entry's expiry date, when it has one.
    public var expires: String?

    /// Creates a note.
    public init(kind: Kind, entryIndex: Int, reason: String, expires: String? = nil) {
        self.kind = kind
        self.entryIndex = entryIndex
        self.reason = reason
        self.expires = expires
    }

    /// `suppressions[2] expired on 2026-01-31 (reason)` or `suppressions[2] matched no finding (reason)`.
    public var description: String {
        switch kind {
        case .expired: return "suppressions[\(entryIndex)] expired on \(expires ?? "?") (\(reason))"
        case .unused: return "suppressions[\(entryIndex)] matched no finding (\(reason))"
        }
    }
}
