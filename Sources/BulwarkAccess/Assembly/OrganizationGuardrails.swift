public import BulwarkIAM
public import BulwarkModels

/// The service control policies and resource control policies that apply to the snapshot's account,
/// as levels from the organization root through the OUs to the account.
///
/// Within a level any policy may allow, and every level must (Organizations User Guide, "SCP
/// evaluation", "RCP evaluation"). The management account is exempt from both.
public struct OrganizationGuardrails: Sendable, Hashable {
    /// SCP levels, root first; empty when the account is in no organization.
    public var serviceControlPolicies: [[PolicyDocument]]
    /// RCP levels, root first; empty when the account is in no organization.
    public var resourceControlPolicies: [[PolicyDocument]]
    /// Whether the account is the organization's management account.
    public var isManagementAccount: Bool
    /// The organization's id (`o-…`), when known.
    public var organizationID: String?
    /// Why the SCPs or RCPs could not be assembled; every answer inherits these.
    public var unknownReasons: [String]

    /// Creates guardrails by hand.
    public init(
        serviceControlPolicies: [[PolicyDocument]] = [],
        resourceControlPolicies: [[PolicyDocument]] = [],
        isManagementAccount: Bool = false,
        organizationID: String? = nil,
        unknownReasons: [String] = []
    ) {
        self.serviceControlPolicies = serviceControlPolicies
        self.resourceControlPolicies = resourceControlPolicies
        self.isManagementAccount = isManagementAccount
        self.organizationID = organizationID
        self.unknownReasons = unknownReasons
    }

    /// Assembles the SCP and RCP levels of `account` from the organization tree in `organizations`.
    public init(account: String, organizations: OrganizationsResources) {
        self.init()
        switch organizations.organization {
        case .notConfigured:
            return
        case .unknown(let reason):
            unknownReasons.append("organization: \(reason)")
            return
        case .value(let organization):
            organizationID = organization.id
            isManagementAccount = organization.masterAccountID == account
        }
        let ancestry: [String]
        switch organizations.ancestry(ofAccount: account) {
        case .value(let path):
            ancestry = path
        case .notConfigured:
            unknownReasons.append("organization tree: the account's place among the OUs is not in the snapshot")
            return
        case .unknown(let reason):
            unknownReasons.append("organization tree: \(reason)")
            return
        }
        serviceControlPolicies = levels(.serviceControlPolicy, organizations.serviceControlPolicies, ancestry)
        resourceControlPolicies = levels(.resourceControlPolicy, organizations.resourceControlPolicies, ancestry)
    }

    private mutating func levels(
        _ type: OrganizationPolicyType,
        _ listed: Observed<[OrganizationPolicy]>,
        _ ancestry: [String]
    ) -> [[PolicyDocument]] {
        let name = type == .serviceControlPolicy ? "SCPs" : "RCPs"
        switch listed {
        case .notConfigured:
            return []
        case .unknown(let reason):
            unknownReasons.append("\(name): \(reason)")
            return []
        case .value(let policies):
            var result: [[PolicyDocument]] = []
            for target in ancestry {
                var level: [PolicyDocument] = []
                for policy in policies {
                    guard case .value(let targets) = policy.targets else {
                        if let reason = policy.targets.unreadable {
                            unknownReasons.append("\(name): targets of \(policy.id): \(reason)")
                        }
                        continue
                    }
                    guard targets.contains(where: { $0.targetID == target }) else { continue }
                    switch policy.content {
                    case .value(let embedded) where embedded.document != nil:
                        if let document = embedded.document { level.append(document) }
                    case .unknown(let reason):
                        unknownReasons.append("\(name): content of \(policy.id): \(reason)")
                    default:
                        unknownReasons.append("\(name): content of \(policy.id) is not a valid policy")
                    }
                }
                result.append(level)
            }
            return result
        }
    }
}
