public import BulwarkIAM

/// An AWS Glue development endpoint (`glue get-dev-endpoints`): compute that runs as its role and
/// that `glue:UpdateDevEndpoint` can open to a new SSH key.
public struct GlueDevEndpoint: Sendable, Hashable {
    /// The endpoint's name.
    public var endpointName: String
    /// The role the endpoint runs as.
    public var roleARN: ARN?
    /// The endpoint's status (`READY`, `PROVISIONING`, …).
    public var status: String?

    /// Creates an endpoint.
    public init(endpointName: String, roleARN: ARN? = nil, status: String? = nil) {
        self.endpointName = endpointName
        self.roleARN = roleARN
        self.status = status
    }
}

extension GlueDevEndpoint: Decodable {
    private enum CodingKeys: String, CodingKey {
        case endpointName = "EndpointName"
        case roleARN = "RoleArn"
        case status = "Status"
    }

    /// Decodes an endpoint from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        endpointName = try container.decode(String.self, forKey: .endpointName)
        roleARN = try container.decodeARNIfPresent(forKey: .roleARN)
        status = try container.decodeIfPresent(String.self, forKey: .status)
    }
}

/// AWS Glue in one region.
public struct GlueResources: Sendable, Hashable {
    /// The development endpoints.
    public var devEndpoints: Observed<[GlueDevEndpoint]>

    /// Creates the container.
    public init(devEndpoints: Observed<[GlueDevEndpoint]> = .notConfigured) {
        self.devEndpoints = devEndpoints
    }

    /// Reads `glue get-dev-endpoints`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> GlueResources {
        GlueResources(
            devEndpoints: reader.list(
                GlueDevEndpoint.self,
                .call(scope, "glue", "get-dev-endpoints"),
                key: "DevEndpoints"
            )
        )
    }
}
