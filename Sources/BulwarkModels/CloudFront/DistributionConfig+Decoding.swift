extension DistributionConfig: Decodable {
    private enum CodingKeys: String, CodingKey {
        case enabled = "Enabled"
        case defaultRootObject = "DefaultRootObject"
        case origins = "Origins"
        case defaultCacheBehavior = "DefaultCacheBehavior"
        case cacheBehaviors = "CacheBehaviors"
        case viewerCertificate = "ViewerCertificate"
        case logging = "Logging"
        case webACLID = "WebACLId"
    }

    /// Decodes the `DistributionConfig` member of `cloudfront get-distribution-config`.
    ///
    /// CloudFront wraps lists as `{"Quantity": n, "Items": [...]}`; `Items` is absent when empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaultBehavior = try container.decodeIfPresent(CacheBehavior.self, forKey: .defaultCacheBehavior)
        let behaviors = try container.decodeIfPresent(CloudFrontItems<CacheBehavior>.self, forKey: .cacheBehaviors)
        let logging = try container.decodeIfPresent(CloudFrontLogging.self, forKey: .logging)
        let webACL = try container.decodeIfPresent(String.self, forKey: .webACLID)
        self.init(
            enabled: try container.decodeIfPresent(Bool.self, forKey: .enabled) ?? true,
            defaultRootObject: try container.decodeIfPresent(String.self, forKey: .defaultRootObject),
            origins: try container.decodeIfPresent(CloudFrontItems<CloudFrontOrigin>.self, forKey: .origins)?.items
                ?? [],
            viewerProtocolPolicies: ([defaultBehavior].compactMap { $0 } + (behaviors?.items ?? []))
                .map(\.viewerProtocolPolicy),
            viewerCertificate: try container.decodeIfPresent(ViewerCertificate.self, forKey: .viewerCertificate),
            loggingEnabled: logging?.enabled ?? false,
            loggingBucket: logging?.bucket.flatMap { $0.isEmpty ? nil : $0 },
            webACLID: webACL.flatMap { $0.isEmpty ? nil : $0 }
        )
    }
}

extension CloudFrontOrigin: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case domainName = "DomainName"
        case s3OriginConfig = "S3OriginConfig"
        case originAccessControlID = "OriginAccessControlId"
        case customOriginConfig = "CustomOriginConfig"
    }

    private struct S3OriginConfig: Decodable, Sendable {
        var originAccessIdentity: String?

        private enum CodingKeys: String, CodingKey {
            case originAccessIdentity = "OriginAccessIdentity"
        }
    }

    private struct CustomOriginConfig: Decodable, Sendable {
        var originProtocolPolicy: String?
        var originSSLProtocols: CloudFrontItems<String>?

        private enum CodingKeys: String, CodingKey {
            case originProtocolPolicy = "OriginProtocolPolicy"
            case originSSLProtocols = "OriginSslProtocols"
        }
    }

    /// Decodes one entry of a distribution's `Origins.Items`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let s3 = try container.decodeIfPresent(S3OriginConfig.self, forKey: .s3OriginConfig)
        let custom = try container.decodeIfPresent(CustomOriginConfig.self, forKey: .customOriginConfig)
        let control = try container.decodeIfPresent(String.self, forKey: .originAccessControlID)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            domainName: try container.decode(String.self, forKey: .domainName),
            isS3Origin: s3 != nil,
            originAccessIdentity: s3?.originAccessIdentity.flatMap { $0.isEmpty ? nil : $0 },
            originAccessControlID: control.flatMap { $0.isEmpty ? nil : $0 },
            originProtocolPolicy: custom?.originProtocolPolicy,
            originSSLProtocols: custom?.originSSLProtocols?.items ?? []
        )
    }
}

extension ViewerCertificate: Decodable {
    private enum CodingKeys: String, CodingKey {
        case cloudFrontDefaultCertificate = "CloudFrontDefaultCertificate"
        case acmCertificateARN = "ACMCertificateArn"
        case minimumProtocolVersion = "MinimumProtocolVersion"
        case sslSupportMethod = "SSLSupportMethod"
    }

    /// Decodes a distribution's `ViewerCertificate`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cloudFrontDefaultCertificate: try container.decodeIfPresent(
                Bool.self,
                forKey: .cloudFrontDefaultCertificate
            )
                ?? false,
            acmCertificateARN: try container.decodeARNIfPresent(forKey: .acmCertificateARN),
            minimumProtocolVersion: try container.decodeIfPresent(String.self, forKey: .minimumProtocolVersion),
            sslSupportMethod: try container.decodeIfPresent(String.self, forKey: .sslSupportMethod)
        )
    }
}

/// CloudFront's list wrapper: `{"Quantity": n, "Items": [...]}`.
struct CloudFrontItems<Element: Decodable & Sendable>: Decodable, Sendable {
    var items: [Element]

    private enum CodingKeys: String, CodingKey {
        case items = "Items"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decodeIfPresent([Element].self, forKey: .items) ?? []
    }
}

/// A cache behavior; only its viewer protocol policy matters here.
private struct CacheBehavior: Decodable, Sendable {
    var viewerProtocolPolicy: String

    private enum CodingKeys: String, CodingKey {
        case viewerProtocolPolicy = "ViewerProtocolPolicy"
    }
}

/// A distribution's standard logging settings.
private struct CloudFrontLogging: Decodable {
    var enabled: Bool?
    var bucket: String?

    private enum CodingKeys: String, CodingKey {
        case enabled = "Enabled"
        case bucket = "Bucket"
    }
}
