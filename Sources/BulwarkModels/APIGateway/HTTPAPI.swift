public import BulwarkIAM

/// An API Gateway HTTP or WebSocket API with its stages and routes (`apigatewayv2 get-apis`).
public struct HTTPAPI: Sendable, Hashable {
    /// The API's id.
    public var apiID: String
    /// The API's name.
    public var name: String
    /// `HTTP` or `WEBSOCKET`.
    public var protocolType: String
    /// The region the API is in (set when the snapshot is loaded).
    public var region: String
    /// The stages (`apigatewayv2 get-stages`).
    public var stages: Observed<[APIStage]>
    /// The routes (`apigatewayv2 get-routes`).
    public var routes: Observed<[APIRoute]>

    /// Creates an `HTTPAPI` from its parts.
    public init(
        apiID: String,
        name: String,
        protocolType: String = "HTTP",
        region: String = "us-east-1",
        stages: Observed<[APIStage]> = .value([]),
        routes: Observed<[APIRoute]> = .value([])
    ) {
        self.apiID = apiID
        self.name = name
        self.protocolType = protocolType
        self.region = region
        self.stages = stages
        self.routes = routes
    }

    /// The API's ARN, `arn:aws:apigateway:REGION::/apis/ID`.
    public var arn: ARN { ARN(service: "apigateway", region: region, resource: "/apis/\(apiID)") }
}

extension HTTPAPI: Decodable {
    private enum CodingKeys: String, CodingKey {
        case apiID = "ApiId"
        case name = "Name"
        case protocolType = "ProtocolType"
    }

    /// Decodes an `HTTPAPI` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        apiID = try container.decode(String.self, forKey: .apiID)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        protocolType = try container.decodeIfPresent(String.self, forKey: .protocolType) ?? ""
        region = ""
        stages = .value([])
        routes = .value([])
    }
}

/// A route of an HTTP or WebSocket API.
public struct APIRoute: Sendable, Hashable {
    /// The route key, such as `GET /items` or `$connect`.
    public var routeKey: String
    /// `NONE`, `AWS_IAM`, `CUSTOM` or `JWT`.
    public var authorizationType: String

    /// Creates an `APIRoute` from its parts.
    public init(routeKey: String, authorizationType: String) {
        self.routeKey = routeKey
        self.authorizationType = authorizationType
    }
}

extension APIRoute: Decodable {
    private enum CodingKeys: String, CodingKey {
        case routeKey = "RouteKey"
        case authorizationType = "AuthorizationType"
    }

    /// Decodes an `APIRoute` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        routeKey = try container.decode(String.self, forKey: .routeKey)
        authorizationType = try container.decodeIfPresent(String.self, forKey: .authorizationType) ?? "NONE"
    }
}
