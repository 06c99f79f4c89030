/// Elastic Load Balancing (v2) in one region.
public struct ELBv2Resources: Sendable, Hashable {
    /// The load balancers with attributes and listeners.
    public var loadBalancers: Observed<[LoadBalancer]>

    /// Creates an `ELBv2Resources` from its parts.
    public init(loadBalancers: Observed<[LoadBalancer]> = .notConfigured) {
        self.loadBalancers = loadBalancers
    }
}
