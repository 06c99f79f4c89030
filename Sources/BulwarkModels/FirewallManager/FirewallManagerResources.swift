public import BulwarkIAM

/// AWS Firewall Manager in one region, as the administrator account sees it.
public struct FirewallManagerResources: Sendable, Hashable {
    /// The Firewall Manager administrator (`fms get-admin-account`); `.notConfigured` when none is set.
    public var adminAccount: Observed<FirewallManagerAdmin>
    /// The policies (`fms list-policies`) with their member-account compliance.
    public var policies: Observed<[FirewallManagerPolicy]>

    /// Creates a `FirewallManagerResources` from its parts.
    public init(
        adminAccount: Observed<FirewallManagerAdmin> = .notConfigured,
        policies: Observed<[FirewallManagerPolicy]> = .notConfigured
    ) {
        self.adminAccount = adminAccount
        self.policies = policies
    }
}

/// The Firewall Manager administrator account.
public struct FirewallManagerAdmin: Sendable, Hashable, Decodable {
    /// The administrator's account id.
    public var adminAccount: String
    /// `READY`, `CREATING`, `PENDING_DELETION`, `DELETING` or `DELETED`.
    public var roleStatus: String?

    /// Creates a `FirewallManagerAdmin` from its parts.
    public init(adminAccount: String, roleStatus: String? = nil) {
        self.adminAccount = adminAccount
        self.roleStatus = roleStatus
    }

    private enum CodingKeys: String, CodingKey {
        case adminAccount = "AdminAccount"
        case roleStatus = "RoleStatus"
    }
}

/// A Firewall Manager policy with the compliance of each member account.
public struct FirewallManagerPolicy: Sendable, Hashable {
    /// The policy's ARN.
    public var policyARN: ARN
    /// The policy's id.
    public var policyID: String
    /// The policy's name.
    public var policyName: String
    /// The protection type, such as `WAFV2`, `SHIELD_ADVANCED` or `SECURITY_GROUPS_COMMON`.
    public var securityServiceType: String
    /// Whether Firewall Manager remediates non-compliant resources automatically.
    public var remediationEnabled: Bool
    /// The member accounts that are not compliant (`fms list-compliance-status`).
    public var nonCompliantAccounts: Observed<[String]>

    /// Creates a `FirewallManagerPolicy` from its parts.
    public init(
        policyARN: ARN,
        policyID: String,
        policyName: String,
        securityServiceType: String,
        remediationEnabled: Bool = false,
        nonCompliantAccounts: Observed<[String]> = .value([])
    ) {
        self.policyARN = policyARN
        self.policyID = policyID
        self.policyName = policyName
        self.securityServiceType = securityServiceType
        self.remediationEnabled = remediationEnabled
        self.nonCompliantAccounts = nonCompliantAccounts
    }
}

extension FirewallManagerPolicy: Decodable {
    private enum CodingKeys: String, CodingKey {
        case policyARN = "PolicyArn"
        case policyID = "PolicyId"
        case policyName = "PolicyName"
        case securityServiceType = "SecurityServiceType"
        case remediationEnabled = "RemediationEnabled"
    }

    /// Decodes a `FirewallManagerPolicy` from `fms list-policies` output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        policyARN = try container.decodeARN(forKey: .policyARN)
        policyID = try container.decode(String.self, forKey: .policyID)
        policyName = try container.decodeIfPresent(String.self, forKey: .policyName) ?? ""
        securityServiceType = try container.decodeIfPresent(String.self, forKey: .securityServiceType) ?? ""
        remediationEnabled = try container.decodeIfPresent(Bool.self, forKey: .remediationEnabled) ?? false
        nonCompliantAccounts = .value([])
    }
}

/// One member account's compliance with a Firewall Manager policy (`fms list-compliance-status`).
struct PolicyComplianceStatus: Decodable, Sendable {
    var memberAccount: String
    var evaluationResults: [EvaluationResult]

    struct EvaluationResult: Decodable, Sendable {
        var complianceStatus: String?
        private enum CodingKeys: String, CodingKey { case complianceStatus = "ComplianceStatus" }
    }

    private enum CodingKeys: String, CodingKey {
        case memberAccount = "MemberAccount"
        case evaluationResults = "EvaluationResults"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        memberAccount = try container.decode(String.self, forKey: .memberAccount)
        evaluationResults = try container.decodeIfPresent([EvaluationResult].self, forKey: .evaluationResults) ?? []
    }

    var isNonCompliant: Bool { evaluationResults.contains { $0.complianceStatus == "NON_COMPLIANT" } }
}

extension FirewallManagerResources {
    /// Reads the administrator, the policies and each policy's compliance status.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> FirewallManagerResources {
        let policies = reader.list(FirewallManagerPolicy.self, .call(scope, "fms", "list-policies"), key: "PolicyList")
            .map { policies in
                policies.map { policy in
                    var policy = policy
                    policy.nonCompliantAccounts =
                        reader.list(
                            PolicyComplianceStatus.self,
                            .call(scope, "fms", "list-compliance-status", policy.policyID),
                            key: "PolicyComplianceStatusList"
                        )
                        .map { $0.filter(\.isNonCompliant).map(\.memberAccount) }
                    return policy
                }
            }
        return FirewallManagerResources(
            adminAccount: reader.read(FirewallManagerAdmin.self, .call(scope, "fms", "get-admin-account")),
            policies: policies
        )
    }
}
