public import BulwarkIAM

/// The kind of an Elastic Load Balancing v2 load balancer (`Type`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct LoadBalancerType: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `application`: An Application Load Balancer (HTTP, HTTPS).
    public static let application = LoadBalancerType(rawValue: "application")

    /// `network`: A Network Load Balancer (TCP, UDP, TLS).
    public static let network = LoadBalancerType(rawValue: "network")

    /// `gateway`: A Gateway Load Balancer (third-party appliances).
    public static let gateway = LoadBalancerType(rawValue: "gateway")
}
