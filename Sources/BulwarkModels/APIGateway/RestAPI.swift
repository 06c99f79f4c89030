public import BulwarkIAM

/// An API Gateway REST API with its stages and methods (`apigateway get-rest-apis`).
public struct RestAPI: Sendable, Hashable {
    /// The API's id.
    public var id: String
    /// The API's name.
    public var name: String
    /// The region the API is in (set when the snapshot is loaded).
    public var region: String
    /// `EDGE`, `REGIONAL` or `PRIVATE`.
    public var endpointTypes: [String]
    /// The stages (`apigateway get-stages`).
    public var stages: Observed<[APIStage]>
    /// The resources with their methods (`apigateway get-resources --embed methods`).
    public var resources: Observed<[RestAPIResource]>

    /// Creates a `RestAPI` from its parts.
    public init(
        id: String,
        name: String,
        region: String = "us-east-1",
        endpointTypes: [String] = [],
        stages: Observed<[APIStage]> = .value([]),
        resources: Observed<[RestAPIResource]> = .value([])
    ) {
        self.id = id
        self.name = name
        self.region = region
        self.endpointTypes = endpointTypes
        self.stages = stages
        self.resources = resources
    }

    /// The API's ARN, `arn:aws:apigateway:REGION::/restapis/ID`.
    public var arn: ARN { ARN(service: "apigateway", region: region, resource: "/restapis/\(id)") }

    /// A stage's ARN, `arn:aws:apigateway:REGION::/restapis/ID/stages/NAME` (the ARN WAF associates with).
    public func arn(of stage: APIStage) -> ARN {
        ARN(service: "apigateway", region: region, resource: "/restapis/\(id)/stages/\(stage.stageName)")
    }

    /// Whether the API is private (reachable only through interface VPC endpoints).
    public var isPrivate: Bool { endpointTypes == ["PRIVATE"] }
}

extension RestAPI: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id
        case name
        case endpointConfiguration
    }

    private struct EndpointConfiguration: Decodable {
        var types: [String]?
    }

    /// Decodes a `RestAPI` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        region = ""
        endpointTypes =
            try container.decodeIfPresent(EndpointConfiguration.self, forKey: .endpointConfiguration)?.types ?? []
        stages = .value([])
        resources = .value([])
    }
}

/// An API Gateway resource (a path) with its methods.
public struct RestAPIResource: Sendable, Hashable {
    /// The path, such as `/orders/{id}`.
    public var path: String
    /// The methods, such as `GET`, with how callers are authorized.
    public var methods: [RestAPIMethod]

    /// Creates a `RestAPIResource` from its parts.
    public init(path: String, methods: [RestAPIMethod] = []) {
        self.path = path
        self.methods = methods
    }
}

extension RestAPIResource: Decodable {
    private enum CodingKeys: String, CodingKey {
        case path
        case resourceMethods
    }

    /// Decodes a `RestAPIResource` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decodeIfPresent(String.self, forKey: .path) ?? ""
        let methods = try container.decodeIfPresent([String: RestAPIMethod].self, forKey: .resourceMethods) ?? [:]
        self.methods = methods.sorted { $0.key < $1.key }
            .map { key, method in
                var method = method
                if method.httpMethod.isEmpty { method.httpMethod = key }
                return method
            }
    }
}

/// A method of an API Gateway REST API resource.
public struct RestAPIMethod: Sendable, Hashable {
    /// The HTTP method, such as `GET`, `POST` or `ANY`.
    public var httpMethod: String
    /// `NONE`, `AWS_IAM`, `CUSTOM` (a Lambda authorizer) or `COGNITO_USER_POOLS`.
    public var authorizationType: String
    /// Whether an API key is required.
    public var apiKeyRequired: Bool

    /// Creates a `RestAPIMethod` from its parts.
    public init(httpMethod: String, authorizationType: String, apiKeyRequired: Bool = false) {
        self.httpMethod = httpMethod
        self.authorizationType = authorizationType
        self.apiKeyRequired = apiKeyRequired
    }
}

extension RestAPIMethod: Decodable {
    private enum CodingKeys: String, CodingKey {
        case httpMethod
        case authorizationType
        case apiKeyRequired
    }

    /// Decodes a `RestAPIMethod` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        httpMethod = try container.decodeIfPresent(String.self, forKey: .httpMethod) ?? ""
        authorizationType = try container.decodeIfPresent(String.self, forKey: .authorizationType) ?? "NONE"
        apiKeyRequired = try container.decodeIfPresent(Bool.self, forKey: .apiKeyRequired) ?? false
    }
}
