/// Why a directory could not be loaded as a snapshot at all (anything less is a ``SnapshotIssue``).
public struct SnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The directory.
    public var path: String
    /// What is wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `<path>: <message>`.
    public var description: String { "\(path): \(message)" }
}
