public import BulwarkIAM

/// An Application, Network or Gateway Load Balancer (`elbv2 describe-load-balancers`).
public struct LoadBalancer: Sendable, Hashable {
    /// The load balancer's ARN.
    public var loadBalancerARN: ARN
    /// Its name.
    public var loadBalancerName: String
    /// `application`, `network` or `gateway`.
    public var type: String?
    /// `internet-facing` or `internal`.
    public var scheme: LoadBalancerScheme?
    /// The VPC.
    public var vpcID: String?
    /// The DNS name.
    public var dnsName: String?
    /// The security groups.
    public var securityGroups: [String]
    /// Its attributes by key (`elbv2 describe-load-balancer-attributes`).
    public var attributes: Observed<[String: String]>
    /// Its listeners (`elbv2 describe-listeners`).
    public var listeners: Observed<[Listener]>

    /// Creates a `LoadBalancer` from its parts.
    public init(
        loadBalancerARN: ARN,
        loadBalancerName: String = "",
        type: String? = nil,
        scheme: LoadBalancerScheme? = nil,
        vpcID: String? = nil,
        dnsName: String? = nil,
        securityGroups: [String] = [],
        attributes: Observed<[String: String]> = .notConfigured,
        listeners: Observed<[Listener]> = .notConfigured
    ) {
        self.loadBalancerARN = loadBalancerARN
        self.loadBalancerName = loadBalancerName
        self.type = type
        self.scheme = scheme
        self.vpcID = vpcID
        self.dnsName = dnsName
        self.securityGroups = securityGroups
        self.attributes = attributes
        self.listeners = listeners
    }

    /// Whether the load balancer faces the internet.
    public var isInternetFacing: Bool { scheme == .internetFacing }
}

extension LoadBalancer: Decodable {
    private enum CodingKeys: String, CodingKey {
        case loadBalancerARN = "LoadBalancerArn"
        case loadBalancerName = "LoadBalancerName"
        case type = "Type"
        case scheme = "Scheme"
        case vpcID = "VpcId"
        case dnsName = "DNSName"
        case securityGroups = "SecurityGroups"
    }

    /// Decodes a `LoadBalancer` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        loadBalancerARN = try container.decodeARN(forKey: .loadBalancerARN)
        loadBalancerName = try container.decodeIfPresent(String.self, forKey: .loadBalancerName) ?? ""
        type = try container.decodeIfPresent(String.self, forKey: .type)
        scheme = try container.decodeIfPresent(LoadBalancerScheme.self, forKey: .scheme)
        vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
        dnsName = try container.decodeIfPresent(String.self, forKey: .dnsName)
        securityGroups = try container.decodeIfPresent([String].self, forKey: .securityGroups) ?? []
        attributes = .notConfigured
        listeners = .notConfigured
    }
}

/// Whether a load balancer has a public or a private address.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct LoadBalancerScheme: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : Reachable from the internet.
    public static let internetFacing = LoadBalancerScheme(rawValue: "internet-facing")

    /// : Reachable only inside the VPC.
    public static let `internal` = LoadBalancerScheme(rawValue: "internal")
}

/// A load balancer listener.
public struct Listener: Sendable, Hashable {
    /// The listener's ARN.
    public var listenerARN: ARN
    /// The port.
    public var port: Int?
    /// `HTTP`, `HTTPS`, `TCP`, `TLS`, and others.
    public var protocolName: String?
    /// The TLS policy of an HTTPS or TLS listener.
    public var sslPolicy: String?
    /// The default actions.
    public var defaultActions: [ListenerAction]

    /// Creates a `Listener` from its parts.
    public init(
        listenerARN: ARN,
        port: Int? = nil,
        protocolName: String? = nil,
        sslPolicy: String? = nil,
        defaultActions: [ListenerAction] = []
    ) {
        self.listenerARN = listenerARN
        self.port = port
        self.protocolName = protocolName
        self.sslPolicy = sslPolicy
        self.defaultActions = defaultActions
    }
}

extension Listener: Decodable {
    private enum CodingKeys: String, CodingKey {
        case listenerARN = "ListenerArn"
        case port = "Port"
        case protocolName = "Protocol"
        case sslPolicy = "SslPolicy"
        case defaultActions = "DefaultActions"
    }

    /// Decodes a `Listener` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        listenerARN = try container.decodeARN(forKey: .listenerARN)
        port = try container.decodeIfPresent(Int.self, forKey: .port)
        protocolName = try container.decodeIfPresent(String.self, forKey: .protocolName)
        sslPolicy = try container.decodeIfPresent(String.self, forKey: .sslPolicy)
        defaultActions = try container.decodeIfPresent([ListenerAction].self, forKey: .defaultActions) ?? []
    }
}

/// A listener's default action.
public struct ListenerAction: Sendable, Hashable {
    /// `forward`, `redirect`, `fixed-response`, and others.
    public var type: String
    /// The redirect, for `redirect` actions.
    public var redirectConfig: RedirectConfig?

    /// Creates a `ListenerAction` from its parts.
    public init(type: String, redirectConfig: RedirectConfig? = nil) {
        self.type = type
        self.redirectConfig = redirectConfig
    }
}

extension ListenerAction: Decodable {
    private enum CodingKeys: String, CodingKey {
        case type = "Type"
        case redirectConfig = "RedirectConfig"
    }

    /// Decodes a `ListenerAction` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        redirectConfig = try container.decodeIfPresent(RedirectConfig.self, forKey: .redirectConfig)
    }
}

/// A listener redirect.
public struct RedirectConfig: Sendable, Hashable {
    /// The target protocol, such as `HTTPS`.
    public var protocolName: String?
    /// The target port.
    public var port: String?
    /// `HTTP_301` or `HTTP_302`.
    public var statusCode: String?

    /// Creates a `RedirectConfig` from its parts.
    public init(
        protocolName: String? = nil,
        port: String? = nil,
        statusCode: String? = nil
    ) {
        self.protocolName = protocolName
        self.port = port
        self.statusCode = statusCode
    }
}

extension RedirectConfig: Decodable {
    private enum CodingKeys: String, CodingKey {
        case protocolName = "Protocol"
        case port = "Port"
        case statusCode = "StatusCode"
    }

    /// Decodes a `RedirectConfig` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        protocolName = try container.decodeIfPresent(String.self, forKey: .protocolName)
        port = try container.decodeIfPresent(String.self, forKey: .port)
        statusCode = try container.decodeIfPresent(String.self, forKey: .statusCode)
    }
}
