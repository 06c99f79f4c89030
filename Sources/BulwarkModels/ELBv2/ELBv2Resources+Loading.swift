extension ELBv2Resources {
    /// Reads `elbv2 describe-load-balancers`, then each load balancer's attributes and listeners.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> ELBv2Resources {
        let loadBalancers =
            await reader.list(
                LoadBalancer.self,
                .call(scope, "elbv2", "describe-load-balancers"),
                key: "LoadBalancers"
            )
            .asyncMap { loadBalancers in
                await Concurrently.map(loadBalancers) { loadBalancer in
                    var loadBalancer = loadBalancer
                    let arn = loadBalancer.loadBalancerARN
                    loadBalancer.attributes =
                        reader.list(
                            LoadBalancerAttribute.self,
                            .call(scope, "elbv2", "describe-load-balancer-attributes", arn),
                            key: "Attributes"
                        )
                        .map { attributes in
                            Dictionary(attributes.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
                        }
                    loadBalancer.listeners = reader.list(
                        Listener.self,
                        .call(scope, "elbv2", "describe-listeners", arn),
                        key: "Listeners"
                    )
                    return loadBalancer
                }
            }
        return ELBv2Resources(loadBalancers: loadBalancers)
    }
}

/// One entry of `elbv2 describe-load-balancer-attributes`.
struct LoadBalancerAttribute: Decodable, Sendable {
    var key: String
    var value: String

    private enum CodingKeys: String, CodingKey {
        case key = "Key"
        case value = "Value"
    }
}
