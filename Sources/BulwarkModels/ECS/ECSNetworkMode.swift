public import BulwarkIAM

/// The Docker networking mode of a task definition's containers (`networkMode`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct ECSNetworkMode: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `awsvpc`: Each task gets its own elastic network interface.
    public static let awsvpc = ECSNetworkMode(rawValue: "awsvpc")

    /// `bridge`: Docker's built-in virtual network.
    public static let bridge = ECSNetworkMode(rawValue: "bridge")

    /// `host`: The host's network namespace, shared with the instance.
    public static let host = ECSNetworkMode(rawValue: "host")

    /// `none`: No external network connectivity.
    public static let none = ECSNetworkMode(rawValue: "none")
}
