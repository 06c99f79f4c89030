/// An AWS Region, such as `us-east-1`.
///
/// An open set: a Region AWS opens after this library was written is still a value, and compares
/// unequal to every `static let` below. Regions sort by name.
public struct Region: AWSString, Comparable {
    /// The Region's code, such as `eu-west-1`.
    public var rawValue: String

    /// Creates a Region from its code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Orders Regions by code.
    public static func < (lhs: Region, rhs: Region) -> Bool { lhs.rawValue < rhs.rawValue }

    /// US East (Northern Virginia), where the `aws` partition's global services (IAM, CloudFront) keep their data.
    public static let usEast1: Region = "us-east-1"
    /// US East (Ohio).
    public static let usEast2: Region = "us-east-2"
    /// US West (Northern California).
    public static let usWest1: Region = "us-west-1"
    /// US West (Oregon).
    public static let usWest2: Region = "us-west-2"
    /// Europe (Ireland).
    public static let euWest1: Region = "eu-west-1"
    /// Europe (London).
    public static let euWest2: Region = "eu-west-2"
    /// Europe (Frankfurt).
    public static let euCentral1: Region = "eu-central-1"
    /// Asia Pacific (Tokyo).
    public static let apNortheast1: Region = "ap-northeast-1"
    /// Asia Pacific (Singapore).
    public static let apSoutheast1: Region = "ap-southeast-1"
    /// Asia Pacific (Sydney).
    public static let apSoutheast2: Region = "ap-southeast-2"
    /// China (Beijing), the `aws-cn` partition's global Region.
    public static let cnNorth1: Region = "cn-north-1"
    /// AWS GovCloud (US-West), the `aws-us-gov` partition's global Region.
    public static let usGovWest1: Region = "us-gov-west-1"
}
