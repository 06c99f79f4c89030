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
    /// The first read that failed, with its AWS error code, when `unknownReasons` is not empty.
    public var unreadable: Unreadable?

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
            note("organization: \(reason)", reason)
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
            let message = "the account's place among the OUs is not in the snapshot"
            note("organization tree: \(message)", Self.unreadable("list-parents", Unreadable.notCollected, message))
            return
        case .unknown(let reason):
            note("organization tree: \(reason)", reason)
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
            note("\(name): \(reason)", reason)
            return []
        case .value(let policies):
            var result: [[PolicyDocument]] = []
            for target in ancestry {
                var level: [PolicyDocument] = []
                for policy in policies {
                    guard case .value(let targets) = policy.targets else {
                        if let reason = policy.targets.unreadable {
                            note("\(name): targets of \(policy.id): \(reason)", reason)
                        }
                        continue
                    }
                    guard targets.contains(where: { $0.targetID == target }) else { continue }
                    switch policy.content {
                    case .value(let embedded):
                        switch embedded.parsed {
                        case .success(let document): level.append(document)
                        case .failure(let error):
                            let message = "content of \(policy.id) is not a valid policy: \(error)"
                            note(
                                "\(name): \(message)",
                                Self.unreadable("describe-policy", Unreadable.malformedFile, message)
                            )
                        }
                    case .unknown(let reason):
                        note("\(name): content of \(policy.id): \(reason)", reason)
                    case .notConfigured:
                        let message = "content of \(policy.id) is not in the snapshot"
                        note(
                            "\(name): \(message)",
                            Self.unreadable("describe-policy", Unreadable.notCollected, message)
                        )
                    }
                }
                result.append(level)
            }
            return result
        }
    }

    /// Records why the guardrails are incomplete, keeping the first failed read.
    private mutating func note(_ reason: String, _ read: Unreadable) {
        unknownReasons.append(reason)
        if unreadable == nil { unreadable = read }
    }

    private static func unreadable(_ operation: String, _ code: Unreadable.Code, _ message: String) -> Unreadable {
        Unreadable(
            call: SnapshotCall(scope: .global, service: "organizations", operation: operation),
            code: code,
            message: message
        )
    }

    /// The guardrails of `account`, or unknown with the first failed read when an SCP or RCP that may
    /// apply could not be read: a caller that must not guess (a control) sees the gap.
    public static func of(account: String, in organizations: OrganizationsResources) -> Observed<OrganizationGuardrails>
    {
        let guardrails = OrganizationGuardrails(account: account, organizations: organizations)
        if let unreadable = guardrails.unreadable { return .unknown(unreadable) }
        return .value(guardrails)
    }
}
