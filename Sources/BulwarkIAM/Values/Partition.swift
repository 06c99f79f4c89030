/// An AWS partition: the second field of every ARN, such as `aws`, `aws-cn` or `aws-us-gov`.
///
/// An open set: a partition AWS adds after this library was written is still a value.
public struct Partition: AWSString {
    /// The partition as ARNs spell it.
    public var rawValue: String

    /// Creates a partition from its ARN spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The commercial Regions.
    public static let aws: Partition = "aws"
    /// The China Regions.
    public static let awsCN: Partition = "aws-cn"
    /// AWS GovCloud (US).
    public static let awsUSGov: Partition = "aws-us-gov"
    /// The AWS European Sovereign Cloud.
    public static let awsEUSC: Partition = "aws-eusc"
}
