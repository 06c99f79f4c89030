public import BulwarkIAM
public import BulwarkModels

/// The SCPs and RCPs that apply to the scanned account, as levels from the organization root to the
/// account (IAM User Guide, "Policy evaluation logic": every level must allow).
public struct OrganizationGuardrails: Sendable, Hashable {
    /// The SCP levels that restrict the account's principals (empty when none apply).
    public var serviceControlPolicies: [[PolicyDocument]]
    /// The RCP levels that restrict the account's resources (empty when none apply).
    public var resourceControlPolicies: [[PolicyDocument]]
    /// Whether the account is the organization's management account (neither SCPs nor RCPs apply to it).
    public var isManagementAccount: Bool

    /// Creates guardrails.
    public init(
        serviceControlPolicies: [[PolicyDocument]] = [],
        resourceControlPolicies: [[PolicyDocument]] = [],
        isManagementAccount: Bool = false
    ) {
        self.serviceControlPolicies = serviceControlPolicies
        self.resourceControlPolicies = resourceControlPolicies
        self.isManagementAccount = isManagementAccount
    }

    /// The guardrails of `account` according to `organizations`: none when the account is not in an
    /// organization; unknown when the organization, the account's place in it, or a policy could not be read.
    public static func of(account: String, in organizations: OrganizationsResources) -> Observed<OrganizationGuardrails>
    {
        switch organizations.organization {
        case .notConfigured: return .value(OrganizationGuardrails())
        case .unknown(let reason): return .unknown(reason)
        case .value(let organization):
            if organization.masterAccountID == account {
                return .value(OrganizationGuardrails(isManagementAccount: true))
            }
            let ancestry: [String]
            switch organizations.ancestry(ofAccount: account) {
            case .value(let path): ancestry = path
            case .unknown(let reason): return .unknown(reason)
            case .notConfigured:
                return .unknown(
                    Unreadable(
                        call: SnapshotCall(scope: .global, service: "organizations", operation: "list-accounts"),
                        code: Unreadable.notCollected,
                        message: "the account's place in the organization is not in the snapshot"
                    )
                )
            }
            return levels(.serviceControlPolicy, organizations.serviceControlPolicies, ancestry, organizations)
                .flatMap { scps in
                    levels(.resourceControlPolicy, organizations.resourceControlPolicies, ancestry, organizations)
                        .map { rcps in
                            OrganizationGuardrails(serviceControlPolicies: scps, resourceControlPolicies: rcps)
                        }
                }
        }
    }

    private static func levels(
        _ type: OrganizationPolicyType,
        _ all: Observed<[OrganizationPolicy]>,
        _ ancestry: [String],
        _ organizations: OrganizationsResources
    ) -> Observed<[[PolicyDocument]]> {
        guard let policies = all.elements else { return .unknown(all.unreadable ?? missing) }
        if policies.isEmpty { return .value([]) }
        var levels: [[PolicyDocument]] = []
        for target in ancestry {
            var level: [PolicyDocument] = []
            for policy in policies {
                switch policy.targets {
                case .unknown(let reason): return .unknown(reason)
                case .notConfigured: continue
                case .value(let targets): if !targets.contains(where: { $0.targetID == target }) { continue }
                }
                switch policy.content {
                case .unknown(let reason): return .unknown(reason)
                case .notConfigured: return .unknown(missing)
                case .value(let embedded):
                    guard case .success(let document) = embedded.parsed else { return .unknown(missing) }
                    level.append(document)
                }
            }
            levels.append(level)
        }
        return .value(levels)
    }

    private static let missing = Unreadable(
        call: SnapshotCall(scope: .global, service: "organizations", operation: "describe-policy"),
        code: Unreadable.malformedFile,
        message: "an organization policy's content is missing or could not be parsed"
    )
}
