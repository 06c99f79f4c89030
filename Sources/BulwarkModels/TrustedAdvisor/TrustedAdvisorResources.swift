/// Trusted Advisor through the Trusted Advisor API (Business, Enterprise On-Ramp or Enterprise Support).
public struct TrustedAdvisorResources: Sendable, Hashable {
    /// The security-pillar recommendations; unknown (AccessDenied) on accounts without such a support plan.
    public var securityRecommendations: Observed<[TrustedAdvisorRecommendation]>

    /// Creates a `TrustedAdvisorResources` from its parts.
    public init(securityRecommendations: Observed<[TrustedAdvisorRecommendation]> = .notConfigured) {
        self.securityRecommendations = securityRecommendations
    }
}

extension TrustedAdvisorResources {
    /// Reads `trustedadvisor list-recommendations --pillar security`.
    static func load(from reader: SnapshotReader) -> TrustedAdvisorResources {
        TrustedAdvisorResources(
            securityRecommendations: reader.list(
                TrustedAdvisorRecommendation.self,
                .global("trustedadvisor", "list-recommendations", "security"),
                key: "recommendationSummaries"
            )
        )
    }
}
