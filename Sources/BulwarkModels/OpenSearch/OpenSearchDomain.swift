public import BulwarkIAM

/// An Amazon OpenSearch Service domain (`opensearch describe-domain`) with its access policy.
public struct OpenSearchDomain: Sendable, Hashable {
    /// The domain's name.
    public var domainName: String
    /// The domain's ARN.
    public var arn: ARN
    /// The domain access policy; `nil` when the domain has none (AWS returns an empty string).
    public var accessPolicies: EmbeddedPolicy?

    /// Creates a domain.
    public init(domainName: String, arn: ARN, accessPolicies: EmbeddedPolicy? = nil) {
        self.domainName = domainName
        self.arn = arn
        self.accessPolicies = accessPolicies
    }
}

extension OpenSearchDomain: Decodable {
    private enum CodingKeys: String, CodingKey {
        case domainName = "DomainName"
        case arn = "ARN"
        case accessPolicies = "AccessPolicies"
    }

    /// Decodes a domain from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        domainName = try container.decode(String.self, forKey: .domainName)
        arn = try container.decodeARN(forKey: .arn)
        let text = try container.decodeIfPresent(String.self, forKey: .accessPolicies) ?? ""
        accessPolicies = text.isEmpty ? nil : try container.decode(EmbeddedPolicy.self, forKey: .accessPolicies)
    }
}

/// Amazon OpenSearch Service in one region.
public struct OpenSearchResources: Sendable, Hashable {
    /// The domains with their access policies.
    public var domains: Observed<DescribedList<OpenSearchDomain>>

    /// Creates the container.
    public init(domains: Observed<DescribedList<OpenSearchDomain>> = .notConfigured) {
        self.domains = domains
    }

    /// Reads `opensearch list-domain-names` and each domain's `describe-domain`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> OpenSearchResources {
        let names = reader.list(ListedDomain.self, .call(scope, "opensearch", "list-domain-names"), key: "DomainNames")
        let domains = await names.asyncMap { names in
            DescribedList(
                await Concurrently.map(names) { name in
                    reader.member(
                        OpenSearchDomain.self,
                        .call(scope, "opensearch", "describe-domain", name.domainName),
                        key: "DomainStatus",
                        policyKind: .resource
                    )
                }
            )
        }
        return OpenSearchResources(domains: domains)
    }
}

/// One entry of `opensearch list-domain-names`.
struct ListedDomain: Decodable, Sendable {
    var domainName: String

    private enum CodingKeys: String, CodingKey {
        case domainName = "DomainName"
    }
}
