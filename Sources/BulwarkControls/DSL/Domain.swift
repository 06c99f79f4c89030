/// One of the eight areas of AWS security best practice; every control belongs to exactly one.
///
/// The raw values are the spelling used in JSON reports and on the command line.
public enum Domain: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Who can do what: users, roles, credentials, policies, MFA, the root user.
    case identityAndAccess = "identity-and-access"
    /// Logging, monitoring and threat detection: CloudTrail, Config, GuardDuty, alarms.
    case detectiveControls = "detective-controls"
    /// Networks and compute: security groups, network ACLs, VPCs, instance settings.
    case infrastructureProtection = "infrastructure-protection"
    /// Encryption, public access and backups of data at rest and in transit.
    case dataProtection = "data-protection"
    /// Being ready to respond: contacts, support plans, response tooling.
    case incidentResponse = "incident-response"
    /// Settings specific to one service that fit no other domain.
    case serviceSpecific = "service-specific"
    /// Organizations, guardrails, Config rules and infrastructure as code.
    case governance = "governance"
    /// Reviewing and improving: Security Hub, Trusted Advisor, Access Analyzer.
    case supportAndImprovement = "support-and-improvement"

    /// A short title for reports ("Identity and access").
    public var title: String {
        switch self {
        case .identityAndAccess: return "Identity and access"
        case .detectiveControls: return "Detective controls"
        case .infrastructureProtection: return "Infrastructure protection"
        case .dataProtection: return "Data protection"
        case .incidentResponse: return "Incident response"
        case .serviceSpecific: return "Service specific"
        case .governance: return "Governance"
        case .supportAndImprovement: return "Support and improvement"
        }
    }

    /// The raw value, such as `data-protection`.
    public var description: String { rawValue }

    /// Domains order as they are declared (identity first).
    public static func < (lhs: Domain, rhs: Domain) -> Bool {
        let order = Domain.allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
