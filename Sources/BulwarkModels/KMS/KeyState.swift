public import BulwarkIAM

/// The state of a KMS key (`KeyState` in `kms describe-key`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct KeyState: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `Enabled`: Usable for cryptographic operations.
    public static let enabled = KeyState(rawValue: "Enabled")

    /// `Disabled`: Not usable until enabled again.
    public static let disabled = KeyState(rawValue: "Disabled")

    /// `PendingDeletion`: Scheduled for deletion; not usable.
    public static let pendingDeletion = KeyState(rawValue: "PendingDeletion")

    /// `PendingImport`: Waiting for imported key material.
    public static let pendingImport = KeyState(rawValue: "PendingImport")

    /// `Unavailable`: Its external key store is disconnected.
    public static let unavailable = KeyState(rawValue: "Unavailable")
}
