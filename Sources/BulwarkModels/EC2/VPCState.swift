public import BulwarkIAM

/// The state of a VPC (`State` in `ec2 describe-vpcs`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct VPCState: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `pending`: Being created.
    public static let pending = VPCState(rawValue: "pending")

    /// `available`: Ready to use.
    public static let available = VPCState(rawValue: "available")
}
