extension SupportResources {
    /// Reads `support describe-services` (a premium-plan probe) and `describe-trusted-advisor-checks`.
    static func load(from reader: SnapshotReader) -> SupportResources {
        let services = reader.read(SupportServices.self, .global("support", "describe-services"))
        let premium: Observed<Bool>
        switch services {
        case .value: premium = .value(true)
        case .notConfigured: premium = .value(false)
        case .unknown(let reason): premium = .unknown(reason)
        }
        return SupportResources(
            premiumSupport: premium,
            trustedAdvisorChecks: reader.list(
                TrustedAdvisorCheck.self,
                .global("support", "describe-trusted-advisor-checks"),
                key: "checks"
            )
        )
    }
}

/// The output of `support describe-services`; only its presence matters.
struct SupportServices: Decodable, Sendable {}
