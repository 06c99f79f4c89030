public import BulwarkIAM

/// An Amazon EKS cluster (`eks list-clusters`) with its configuration (`eks describe-cluster`).
public struct EKSCluster: Sendable, Hashable {
    /// The cluster's name.
    public var name: String
    /// The cluster's configuration; unknown when `describe-cluster` failed.
    public var configuration: Observed<EKSClusterConfiguration>

    /// Creates an `EKSCluster` from its parts.
    public init(name: String, configuration: Observed<EKSClusterConfiguration>) {
        self.name = name
        self.configuration = configuration
    }
}

/// What `eks describe-cluster` says about a cluster.
public struct EKSClusterConfiguration: Sendable, Hashable {
    /// The cluster's ARN.
    public var arn: ARN
    /// The Kubernetes version, such as `1.31`.
    public var version: String?
    /// Whether the API server endpoint is reachable from the internet.
    public var endpointPublicAccess: Bool
    /// Whether the API server endpoint is reachable from the VPC.
    public var endpointPrivateAccess: Bool
    /// The CIDR blocks allowed to reach the public endpoint (`0.0.0.0/0` when unrestricted).
    public var publicAccessCIDRs: [String]
    /// The control-plane log types that are enabled (`api`, `audit`, `authenticator`, …).
    public var enabledLogTypes: [String]
    /// The KMS keys encrypting Kubernetes secrets (envelope encryption).
    public var secretsEncryptionKeyARNs: [ARN]

    /// Creates an `EKSClusterConfiguration` from its parts.
    public init(
        arn: ARN,
        version: String? = nil,
        endpointPublicAccess: Bool = true,
        endpointPrivateAccess: Bool = false,
        publicAccessCIDRs: [String] = ["0.0.0.0/0"],
        enabledLogTypes: [String] = [],
        secretsEncryptionKeyARNs: [ARN] = []
    ) {
        self.arn = arn
        self.version = version
        self.endpointPublicAccess = endpointPublicAccess
        self.endpointPrivateAccess = endpointPrivateAccess
        self.publicAccessCIDRs = publicAccessCIDRs
        self.enabledLogTypes = enabledLogTypes
        self.secretsEncryptionKeyARNs = secretsEncryptionKeyARNs
    }

    /// Whether anyone on the internet can reach the API server endpoint.
    public var isEndpointOpenToInternet: Bool {
        endpointPublicAccess && publicAccessCIDRs.contains { $0 == "0.0.0.0/0" || $0 == "::/0" }
    }
}

extension EKSClusterConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn, version, resourcesVpcConfig, logging, encryptionConfig
    }

    private struct VPCConfig: Decodable {
        var endpointPublicAccess: Bool?
        var endpointPrivateAccess: Bool?
        var publicAccessCidrs: [String]?
    }

    private struct Logging: Decodable {
        var clusterLogging: [LogSetup]?
    }

    private struct LogSetup: Decodable {
        var types: [String]?
        var enabled: Bool?
    }

    private struct Encryption: Decodable {
        var resources: [String]?
        var provider: Provider?
    }

    private struct Provider: Decodable {
        var keyArn: String?
    }

    /// Decodes an `EKSClusterConfiguration` from the `cluster` member of `eks describe-cluster`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
        version = try container.decodeIfPresent(String.self, forKey: .version)
        let vpc = try container.decodeIfPresent(VPCConfig.self, forKey: .resourcesVpcConfig)
        endpointPublicAccess = vpc?.endpointPublicAccess ?? true
        endpointPrivateAccess = vpc?.endpointPrivateAccess ?? false
        publicAccessCIDRs = vpc?.publicAccessCidrs ?? []
        let logging = try container.decodeIfPresent(Logging.self, forKey: .logging)?.clusterLogging ?? []
        enabledLogTypes = logging.filter { $0.enabled == true }.flatMap { $0.types ?? [] }
        let encryption = try container.decodeIfPresent([Encryption].self, forKey: .encryptionConfig) ?? []
        secretsEncryptionKeyARNs = try encryption.filter { $0.resources?.contains("secrets") == true }
            .compactMap { $0.provider?.keyArn }
            .map { try ARN(parsing: $0) }
    }
}
