public import BulwarkIAM

/// An IAM user or role of the snapshot with every policy AWS applies to its requests.
///
/// The identity side is its inline and attached managed policies (default versions), its groups'
/// policies, its permissions boundary, and the SCP levels of its account.
public struct AnalyzedPrincipal: Sendable, Identifiable {
    /// Whether the principal is a user or a role.
    public enum Kind: String, Sendable, Hashable {
        /// An IAM user.
        case user
        /// An IAM role.
        case role
    }

    /// The principal's ARN.
    public let arn: String
    /// The user or role name.
    public let name: String
    /// User or role.
    public let kind: Kind
    /// The parsed principal, as requests carry it.
    public let principal: Principal
    /// Inline and managed policies of the principal and its groups.
    public let identityPolicies: [SourcedPolicy]
    /// The permissions boundary, if one is set.
    public let permissionsBoundary: SourcedPolicy?
    /// The ARNs of the groups a user belongs to.
    public let groups: [String]
    /// ARNs of the managed policies attached to the principal or its groups.
    public let attachedPolicyARNs: [String]
    /// The role's trust policy (roles only).
    public let trustPolicy: PolicyDocument?
    /// Why some of the principal's policies could not be read; answers about it are incomplete.
    public let unknownReasons: [String]
    /// The identity side compiled once: identity policies, boundary, SCPs and RCPs, plus a
    /// resource-based policy that delegates to the account, so a decision is the identity side's verdict.
    let identitySide: CompiledPolicySet
    /// The resource patterns the principal's `Allow` statements name (`*` for `NotResource`), so a
    /// question over "some resource" can be asked with each pattern as the request's resource.
    let grantedResourcePatterns: [String]

    /// The ARN identifies the principal.
    public var id: String { arn }

    /// Creates a principal and compiles its identity side against `guardrails`.
    public init(
        arn: String,
        kind: Kind,
        identityPolicies: [SourcedPolicy],
        permissionsBoundary: SourcedPolicy? = nil,
        groups: [String] = [],
        attachedPolicyARNs: [String] = [],
        trustPolicy: PolicyDocument? = nil,
        unknownReasons: [String] = [],
        guardrails: OrganizationGuardrails
    ) throws(PrincipalError) {
        let principal = try Principal(arn)
        self.arn = arn
        self.kind = kind
        self.principal = principal
        name = principal.name ?? arn
        self.identityPolicies = identityPolicies
        self.permissionsBoundary = permissionsBoundary
        self.groups = groups
        self.attachedPolicyARNs = attachedPolicyARNs
        self.trustPolicy = trustPolicy
        self.unknownReasons = unknownReasons
        var patterns: [String] = ["*"]
        var seen: Set<String> = ["*"]
        for policy in identityPolicies {
            for statement in policy.document.statements where statement.effect == .allow {
                let granted: [String] =
                    switch statement.resource {
                    case .resource(let list)?: list
                    case .notResource?, nil: ["*"]
                    }
                for pattern in granted where seen.insert(pattern).inserted { patterns.append(pattern) }
            }
        }
        grantedResourcePatterns = patterns
        identitySide = Self.compile(
            principal: principal,
            identity: identityPolicies.map(\.document),
            boundary: permissionsBoundary?.document,
            guardrails: guardrails
        )
    }

    /// The identity side of `principal` with the given policies, compiled.
    static func compile(
        principal: Principal,
        identity: [PolicyDocument],
        boundary: PolicyDocument?,
        guardrails: OrganizationGuardrails
    ) -> CompiledPolicySet {
        PolicySet(
            identityPolicies: identity,
            resourcePolicy: .delegatingToAccount(principal.account ?? "", partition: principal.partition ?? "aws"),
            permissionsBoundary: boundary,
            serviceControlPolicies: guardrails.serviceControlPolicies,
            resourceControlPolicies: guardrails.resourceControlPolicies,
            principalIsManagementAccount: guardrails.isManagementAccount,
            resourceIsInManagementAccount: guardrails.isManagementAccount
        )
        .compiled()
    }

    /// The full policy set for a request from this principal to a resource with `resourcePolicy`.
    func policySet(resourcePolicy: PolicyDocument?, guardrails: OrganizationGuardrails) -> PolicySet {
        PolicySet(
            identityPolicies: identityPolicies.map(\.document),
            resourcePolicy: resourcePolicy,
            permissionsBoundary: permissionsBoundary?.document,
            serviceControlPolicies: guardrails.serviceControlPolicies,
            resourceControlPolicies: guardrails.resourceControlPolicies,
            principalIsManagementAccount: guardrails.isManagementAccount,
            resourceIsInManagementAccount: guardrails.isManagementAccount
        )
    }

    /// The identity side's decision on `action` over `resource` (no resource-based policy involved).
    public func identityDecision(
        _ action: String,
        on resource: String = "*",
        context: RequestContext = [:]
    ) -> Decision {
        identitySide.decision(
            for: AuthorizationRequest(principal: principal, action: action, resource: resource, context: context)
        )
    }

    /// The identity side's evaluation, with the deciding statement.
    public func identityEvaluation(
        _ action: String,
        on resource: String = "*",
        context: RequestContext = [:]
    ) -> Evaluation {
        identitySide.evaluate(
            AuthorizationRequest(principal: principal, action: action, resource: resource, context: context)
        )
    }

    /// The source of the statement a reference points at, such as `user alice, inline policy x, statement #1 (Sid "A")`.
    func describe(_ reference: StatementReference?, resourcePolicyName: String = "resource policy") -> String? {
        guard let reference else { return nil }
        let sid = reference.sid.map { " (Sid \"\($0)\")" } ?? ""
        let statement = "statement #\(reference.statementIndex)\(sid)"
        switch reference.policyType {
        case .identity:
            let source =
                identityPolicies.indices.contains(reference.policyIndex)
                ? identityPolicies[reference.policyIndex].source : "identity-based policy #\(reference.policyIndex)"
            return "\(source), \(statement)"
        case .permissionsBoundary:
            return "\(permissionsBoundary?.source ?? "permissions boundary"), \(statement)"
        case .resource:
            return "\(resourcePolicyName), \(statement)"
        default:
            return "\(reference)"
        }
    }
}
