public import BulwarkIAM

/// A stage of an API Gateway REST API (`apigateway get-stages`) or HTTP/WebSocket API
/// (`apigatewayv2 get-stages`).
public struct APIStage: Sendable, Hashable {
    /// The stage's name, such as `prod`.
    public var stageName: String
    /// Where access logs go; `nil` when access logging is off.
    public var accessLogDestinationARN: ARN?
    /// The execution logging level of all methods (`*/*`): `OFF`, `ERROR` or `INFO`; `nil` when not set.
    public var loggingLevel: String?
    /// The WAF web ACL associated with the stage (REST APIs only).
    public var webACLARN: ARN?
    /// Whether a cache cluster is enabled (REST APIs only).
    public var cacheClusterEnabled: Bool
    /// Whether cached responses are encrypted (`*/*` method settings; REST APIs only).
    public var cacheDataEncrypted: Bool
    /// The client certificate API Gateway presents to the backend (REST APIs only).
    public var clientCertificateID: String?
    /// Whether X-Ray tracing is on (REST APIs only).
    public var tracingEnabled: Bool

    /// Creates an `APIStage` from its parts.
    public init(
        stageName: String,
        accessLogDestinationARN: ARN? = nil,
        loggingLevel: String? = nil,
        webACLARN: ARN? = nil,
        cacheClusterEnabled: Bool = false,
        cacheDataEncrypted: Bool = false,
        clientCertificateID: String? = nil,
        tracingEnabled: Bool = false
    ) {
        self.stageName = stageName
        self.accessLogDestinationARN = accessLogDestinationARN
        self.loggingLevel = loggingLevel
        self.webACLARN = webACLARN
        self.cacheClusterEnabled = cacheClusterEnabled
        self.cacheDataEncrypted = cacheDataEncrypted
        self.clientCertificateID = clientCertificateID
        self.tracingEnabled = tracingEnabled
    }

    /// Whether execution logging is on (`ERROR` or `INFO`).
    public var hasExecutionLogging: Bool { loggingLevel == "ERROR" || loggingLevel == "INFO" }
}

extension APIStage: Decodable {
    /// REST stages spell members in lower camel case, HTTP/WebSocket stages in upper camel case.
    private enum CodingKeys: String, CodingKey {
        case stageName, accessLogSettings, methodSettings, webAclArn, cacheClusterEnabled, clientCertificateId
        case tracingEnabled
        case stageNameV2 = "StageName"
        case accessLogSettingsV2 = "AccessLogSettings"
        case defaultRouteSettings = "DefaultRouteSettings"
        case clientCertificateIdV2 = "ClientCertificateId"
    }

    /// Access log settings in either spelling.
    private struct AccessLogSettings: Decodable {
        var destination: String?

        private enum Keys: String, CodingKey {
            case destinationArn
            case destinationArnV2 = "DestinationArn"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            destination =
                try container.decodeIfPresent(String.self, forKey: .destinationArn)
                ?? container.decodeIfPresent(String.self, forKey: .destinationArnV2)
        }
    }

    /// The `*/*` method settings (REST) or default route settings (HTTP/WebSocket).
    private struct MethodSetting: Decodable {
        var loggingLevel: String?
        var cacheDataEncrypted: Bool?

        private enum Keys: String, CodingKey {
            case loggingLevel
            case loggingLevelV2 = "LoggingLevel"
            case cacheDataEncrypted
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            loggingLevel =
                try container.decodeIfPresent(String.self, forKey: .loggingLevel)
                ?? container.decodeIfPresent(String.self, forKey: .loggingLevelV2)
            cacheDataEncrypted = try container.decodeIfPresent(Bool.self, forKey: .cacheDataEncrypted)
        }
    }

    /// Decodes an `APIStage` from the AWS CLI's JSON output of either API Gateway version.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stageName =
            try container.decodeIfPresent(String.self, forKey: .stageName)
            ?? container.decode(String.self, forKey: .stageNameV2)
        let logs =
            try container.decodeIfPresent(AccessLogSettings.self, forKey: .accessLogSettings)
            ?? container.decodeIfPresent(AccessLogSettings.self, forKey: .accessLogSettingsV2)
        accessLogDestinationARN = try logs?.destination.flatMap { $0.isEmpty ? nil : try ARN(parsing: $0) }
        let all =
            try container.decodeIfPresent([String: MethodSetting].self, forKey: .methodSettings)?["*/*"]
            ?? container.decodeIfPresent(MethodSetting.self, forKey: .defaultRouteSettings)
        loggingLevel = all?.loggingLevel
        webACLARN = try container.decodeARNIfPresent(forKey: .webAclArn)
        cacheClusterEnabled = try container.decodeIfPresent(Bool.self, forKey: .cacheClusterEnabled) ?? false
        cacheDataEncrypted = all?.cacheDataEncrypted ?? false
        clientCertificateID =
            try container.decodeIfPresent(String.self, forKey: .clientCertificateId)
            ?? container.decodeIfPresent(String.self, forKey: .clientCertificateIdV2)
        tracingEnabled = try container.decodeIfPresent(Bool.self, forKey: .tracingEnabled) ?? false
    }
}
