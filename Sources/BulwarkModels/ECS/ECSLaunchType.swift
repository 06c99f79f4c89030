public import BulwarkIAM

/// Where an ECS service's tasks run (`launchType`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct ECSLaunchType: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `EC2`: On EC2 instances registered to the cluster.
    public static let ec2 = ECSLaunchType(rawValue: "EC2")

    /// `FARGATE`: On AWS Fargate.
    public static let fargate = ECSLaunchType(rawValue: "FARGATE")

    /// `EXTERNAL`: On external instances (ECS Anywhere).
    public static let external = ECSLaunchType(rawValue: "EXTERNAL")
}
