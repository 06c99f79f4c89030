/// Amazon API Gateway in one region: REST APIs, and HTTP and WebSocket APIs.
public struct APIGatewayResources: Sendable, Hashable {
    /// The REST APIs with their stages and methods.
    public var restAPIs: Observed<[RestAPI]>
    /// The HTTP and WebSocket APIs with their stages and routes.
    public var httpAPIs: Observed<[HTTPAPI]>

    /// Creates an `APIGatewayResources` from its parts.
    public init(restAPIs: Observed<[RestAPI]> = .notConfigured, httpAPIs: Observed<[HTTPAPI]> = .notConfigured) {
        self.restAPIs = restAPIs
        self.httpAPIs = httpAPIs
    }
}

extension APIGatewayResources {
    /// Reads the REST APIs (stages, resources with methods) and the HTTP/WebSocket APIs (stages, routes).
    static func load(from reader: SnapshotReader, scope: SnapshotScope, region: String) -> APIGatewayResources {
        let rest = reader.list(RestAPI.self, .call(scope, "apigateway", "get-rest-apis"), key: "items")
            .map { apis in
                apis.map { api in
                    var api = api
                    api.region = region
                    api.stages = reader.list(
                        APIStage.self,
                        .call(scope, "apigateway", "get-stages", api.id),
                        key: "item"
                    )
                    api.resources = reader.list(
                        RestAPIResource.self,
                        .call(scope, "apigateway", "get-resources", api.id),
                        key: "items"
                    )
                    return api
                }
            }
        let http = reader.list(HTTPAPI.self, .call(scope, "apigatewayv2", "get-apis"), key: "Items")
            .map { apis in
                apis.map { api in
                    var api = api
                    api.region = region
                    api.stages = reader.list(
                        APIStage.self,
                        .call(scope, "apigatewayv2", "get-stages", api.apiID),
                        key: "Items"
                    )
                    api.routes = reader.list(
                        APIRoute.self,
                        .call(scope, "apigatewayv2", "get-routes", api.apiID),
                        key: "Items"
                    )
                    return api
                }
            }
        return APIGatewayResources(restAPIs: rest, httpAPIs: http)
    }
}
