public import BulwarkIAM
import Foundation

/// A CloudFront distribution (`cloudfront list-distributions`) with its configuration.
public struct Distribution: Sendable, Hashable {
    /// The distribution id.
    public var id: String
    /// The distribution's ARN.
    public var arn: ARN
    /// `Deployed` or `InProgress`.
    public var status: String?
    /// The `*.cloudfront.net` name.
    public var domainName: String?
    /// The full configuration (`cloudfront get-distribution-config`); filled in by the loader.
    public var config: Observed<DistributionConfig>

    /// Creates a `Distribution` from its parts.
    public init(
        id: String,
        arn: ARN,
        status: String? = nil,
        domainName: String? = nil,
        config: Observed<DistributionConfig> = .notConfigured
    ) {
        self.id = id
        self.arn = arn
        self.status = status
        self.domainName = domainName
        self.config = config
    }
}

extension Distribution: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "ARN"
        case status = "Status"
        case domainName = "DomainName"
    }

    /// Decodes a `Distribution` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
        status = try container.decodeIfPresent(String.self, forKey: .status)
        domainName = try container.decodeIfPresent(String.self, forKey: .domainName)
        config = .notConfigured
    }
}

/// A CloudFront distribution's configuration (`cloudfront get-distribution-config`).
public struct DistributionConfig: Sendable, Hashable {
    /// Whether the distribution serves requests.
    public var enabled: Bool
    /// The object served for `/`.
    public var defaultRootObject: String?
    /// The origins.
    public var origins: [CloudFrontOrigin]
    /// The viewer protocol policy of the default cache behavior, then of each other behavior (`allow-all`, `redirect-to-https`, `https-only`).
    public var viewerProtocolPolicies: [String]
    /// The TLS certificate and minimum protocol.
    public var viewerCertificate: ViewerCertificate?
    /// Whether standard logging is on.
    public var loggingEnabled: Bool
    /// The logging bucket.
    public var loggingBucket: String?
    /// The associated WAF web ACL (an ARN for WAFv2), if any.
    public var webACLID: String?

    /// Creates a `DistributionConfig` from its parts.
    public init(
        enabled: Bool = true,
        defaultRootObject: String? = nil,
        origins: [CloudFrontOrigin] = [],
        viewerProtocolPolicies: [String] = [],
        viewerCertificate: ViewerCertificate? = nil,
        loggingEnabled: Bool = false,
        loggingBucket: String? = nil,
        webACLID: String? = nil
    ) {
        self.enabled = enabled
        self.defaultRootObject = defaultRootObject
        self.origins = origins
        self.viewerProtocolPolicies = viewerProtocolPolicies
        self.viewerCertificate = viewerCertificate
        self.loggingEnabled = loggingEnabled
        self.loggingBucket = loggingBucket
        self.webACLID = webACLID
    }
}

/// One origin of a distribution.
public struct CloudFrontOrigin: Sendable, Hashable {
    /// The origin id.
    public var id: String
    /// The origin's domain.
    public var domainName: String
    /// Whether it is an S3 origin (`S3OriginConfig`).
    public var isS3Origin: Bool
    /// The legacy origin access identity of an S3 origin.
    public var originAccessIdentity: String?
    /// The origin access control (the current way to restrict S3 origins).
    public var originAccessControlID: String?
    /// For custom origins: `http-only`, `match-viewer` or `https-only`.
    public var originProtocolPolicy: String?
    /// For custom origins: the TLS versions used towards the origin.
    public var originSSLProtocols: [String]

    /// Creates a `CloudFrontOrigin` from its parts.
    public init(
        id: String,
        domainName: String,
        isS3Origin: Bool = false,
        originAccessIdentity: String? = nil,
        originAccessControlID: String? = nil,
        originProtocolPolicy: String? = nil,
        originSSLProtocols: [String] = []
    ) {
        self.id = id
        self.domainName = domainName
        self.isS3Origin = isS3Origin
        self.originAccessIdentity = originAccessIdentity
        self.originAccessControlID = originAccessControlID
        self.originProtocolPolicy = originProtocolPolicy
        self.originSSLProtocols = originSSLProtocols
    }
}

/// The certificate a distribution serves.
public struct ViewerCertificate: Sendable, Hashable {
    /// Whether the `*.cloudfront.net` certificate is used.
    public var cloudFrontDefaultCertificate: Bool
    /// The ACM certificate.
    public var acmCertificateARN: ARN?
    /// The minimum TLS version, such as `TLSv1.2_2021`.
    public var minimumProtocolVersion: String?
    /// `sni-only`, `vip` or `static-ip`.
    public var sslSupportMethod: String?

    /// Creates a `ViewerCertificate` from its parts.
    public init(
        cloudFrontDefaultCertificate: Bool = false,
        acmCertificateARN: ARN? = nil,
        minimumProtocolVersion: String? = nil,
        sslSupportMethod: String? = nil
    ) {
        self.cloudFrontDefaultCertificate = cloudFrontDefaultCertificate
        self.acmCertificateARN = acmCertificateARN
        self.minimumProtocolVersion = minimumProtocolVersion
        self.sslSupportMethod = sslSupportMethod
    }
}
