/// Why a finding is suppressed: the entry of the suppressions file that matched it.
public struct SuppressionMatch: Sendable, Hashable {
    /// The entry's position in the file's `suppressions` array.
    public var entryIndex: Int
    /// The reason the entry gives.
    public var reason: String
    /// The entry's expiry date (`2027-06-30`), when it has one.
    public var expires: String?

    /// Creates a match.
    public init(entryIndex: Int, reason: String, expires: String? = nil) {
        self.entryIndex = entryIndex
        self.reason = reason
        self.expires = expires
    }
}
