import BulwarkAccess
import BulwarkControls
import BulwarkIAM
import BulwarkModels

/// The identity policies, permissions boundary and service control policies that apply to one IAM
/// user or role, resolved from the snapshot and compiled once for the evaluator.
///
/// Every judgement ("can this principal do X?") is an evaluation of the IAM policy evaluation logic
/// (IAM User Guide, "Policy evaluation logic"), never a scan of the policy text.
struct PrincipalPolicies: Sendable {
    /// The principal's ARN, used as the requester of every probe.
    var principalARN: String
    /// The policies compiled for the evaluator.
    var compiled: CompiledPolicySet

    /// The decision for `action` on `resource`, asked by this principal in its own account.
    func decision(_ action: String, on resource: String = "*", account: String) -> Decision {
        guard
            let request = try? AuthorizationRequest(
                principal: principalARN,
                action: action,
                resource: resource,
                resourceAccount: account
            )
        else { return .implicitDeny }
        return compiled.decision(for: request)
    }

    /// Whether the principal is allowed `action` on `resource`.
    func allows(_ action: String, on resource: String = "*", account: String) -> Bool {
        decision(action, on: resource, account: account) == .allow
    }

    /// Whether the principal may do anything at all: an action of a service that does not exist,
    /// on a resource of that service, is allowed only by `"Action": "*"` on `"Resource": "*"` (or
    /// their `NotAction`/`NotResource` equivalents).
    func isAdministrator(account: String) -> Bool {
        allows(
            PrincipalPolicies.probeAction,
            on: "arn:aws:bulwarkprobe:us-east-1:\(account):probe/any",
            account: account
        )
    }

    /// An action no policy names except through a full wildcard.
    static let probeAction = "bulwarkprobe:Probe"
}

extension PolicyDocument {
    /// Whether `document`, attached alone to a principal, lets it do anything (see
    /// ``PrincipalPolicies/isAdministrator(account:)``).
    func grantsFullAdministration(account: String) -> Bool {
        PrincipalPolicies(
            principalARN: "arn:aws:iam::\(account):role/bulwark-probe",
            compiled: PolicySet(identityPolicies: [self]).compiled()
        )
        .isAdministrator(account: account)
    }
}

extension IAMResources {
    /// The parsed document of an embedded policy, or why it cannot be used.
    static func document(_ embedded: EmbeddedPolicy?, _ name: String) -> Observed<PolicyDocument> {
        guard let embedded else { return .notConfigured }
        switch embedded.parsed {
        case .success(let document): return .value(document)
        case .failure: return .unknown(IAMResources.unparsable(name))
        }
    }

    /// The default version's document of the managed policy `arn`.
    func managedDocument(_ arn: String) -> Observed<PolicyDocument> {
        guard let key = ARN(arn) else { return .unknown(IAMResources.missing(arn)) }
        return policy(arn: key)
            .flatMap { policy in
                guard let version = policy.defaultVersion else { return .unknown(IAMResources.missing(arn)) }
                return IAMResources.document(version.document, arn)
            }
    }

    /// The identity policies of a user: inline, attached, and those of its groups.
    func identityPolicies(of user: IAMUser, guardrails: Observed<OrganizationGuardrails>) -> Observed<PrincipalPolicies>
    {
        var attached = user.attachedManagedPolicies.map { "\($0.policyARN)" }
        var inline = user.userPolicyList
        for name in user.groupList {
            switch group(named: name) {
            case .value(let group):
                attached += group.attachedManagedPolicies.map { "\($0.policyARN)" }
                inline += group.groupPolicyList
            case .notConfigured: return .unknown(IAMResources.missing("group \(name)"))
            case .unknown(let reason): return .unknown(reason)
            }
        }
        return resolve("\(user.arn)", attached, inline, user.permissionsBoundary, guardrails)
    }

    /// The identity policies of a role: inline and attached.
    func identityPolicies(of role: IAMRole, guardrails: Observed<OrganizationGuardrails>) -> Observed<PrincipalPolicies>
    {
        resolve(
            "\(role.arn)",
            role.attachedManagedPolicies.map { "\($0.policyARN)" },
            role.rolePolicyList,
            role.permissionsBoundary,
            guardrails
        )
    }

    private func resolve(
        _ principal: String,
        _ attached: [String],
        _ inline: [InlinePolicy],
        _ boundary: PermissionsBoundary?,
        _ guardrails: Observed<OrganizationGuardrails>
    ) -> Observed<PrincipalPolicies> {
        var set = PolicySet()
        for arn in attached {
            switch managedDocument(arn) {
            case .value(let document): set.identityPolicies.append(document)
            case .notConfigured: return .unknown(IAMResources.missing(arn))
            case .unknown(let reason): return .unknown(reason)
            }
        }
        for policy in inline {
            switch IAMResources.document(policy.policyDocument, policy.policyName) {
            case .value(let document): set.identityPolicies.append(document)
            case .notConfigured: continue
            case .unknown(let reason): return .unknown(reason)
            }
        }
        if let boundary {
            switch managedDocument("\(boundary.permissionsBoundaryARN)") {
            case .value(let document): set.permissionsBoundary = document
            case .notConfigured: return .unknown(IAMResources.missing("\(boundary.permissionsBoundaryARN)"))
            case .unknown(let reason): return .unknown(reason)
            }
        }
        switch guardrails {
        case .value(let guardrails):
            set.serviceControlPolicies = guardrails.serviceControlPolicies
            set.principalIsManagementAccount = guardrails.isManagementAccount
        case .notConfigured: break
        case .unknown(let reason): return .unknown(reason)
        }
        return .value(PrincipalPolicies(principalARN: principal, compiled: set.compiled()))
    }

    private static let authorizationDetails = SnapshotCall(
        scope: .global,
        service: "iam",
        operation: "get-account-authorization-details"
    )

    private static func unparsable(_ name: String) -> Unreadable {
        Unreadable(
            call: authorizationDetails,
            code: Unreadable.Code(rawValue: UnknownReason.unparsablePolicy),
            message: "the policy \(name) could not be parsed (see the snapshot's issues)"
        )
    }

    private static func missing(_ name: String) -> Unreadable {
        Unreadable(
            call: authorizationDetails,
            code: Unreadable.notCollected,
            message: "\(name) is referenced but its document is not in the snapshot"
        )
    }
}
