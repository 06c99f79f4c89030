/// The rule that decided a request, kept as data so the fast path builds no text.
enum DecidingRule {
    case preset(PresetDecision)
    case explicitDeny(Ref)
    case rcpLevelWithoutAllow(Int)
    case scpLevelWithoutAllow(Int)
    case endpointWithoutAllow
    case resourcePolicyRequired(RequiredResourcePolicy)
    case noResourcePolicyAllow(Principal.Kind)
    case crossAccountWithoutResourceAllow
    case identitySide(IdentityGap, crossAccount: Bool)
    case allowedByResourcePolicy(Ref, Grant)
    case allowedByIdentity(Ref?, crossAccount: Bool)
    case allowedRoot(crossAccount: Bool)

    /// What is missing on the identity side.
    enum IdentityGap { case identity, boundary, session, federatedSessionWithoutPolicy }

    /// The statement behind the rule, if one.
    var statement: Ref? {
        switch self {
        case .explicitDeny(let r), .allowedByResourcePolicy(let r, _): r
        case .allowedByIdentity(let r, _): r
        default: nil
        }
    }

    /// The rule's public code.
    var code: EvaluationRule.Code {
        switch self {
        case .preset(let preset): preset.code
        case .explicitDeny: .explicitDeny
        case .rcpLevelWithoutAllow: .rcpWithoutAllow
        case .scpLevelWithoutAllow: .scpWithoutAllow
        case .endpointWithoutAllow: .vpcEndpointWithoutAllow
        case .resourcePolicyRequired(.trust): .trustPolicyWithoutAllow
        case .resourcePolicyRequired(.kmsKey): .keyPolicyWithoutAllow
        case .noResourcePolicyAllow: .resourcePolicyWithoutAllow
        case .crossAccountWithoutResourceAllow: .crossAccountWithoutResourceAllow
        case .identitySide(.identity, _): .identityWithoutAllow
        case .identitySide(.boundary, _): .boundaryWithoutAllow
        case .identitySide(.session, _): .sessionPolicyWithoutAllow
        case .identitySide(.federatedSessionWithoutPolicy, _): .federatedSessionWithoutPolicy
        case .allowedByResourcePolicy: .allowedByResourcePolicy
        case .allowedByIdentity: .allowedByIdentityPolicy
        case .allowedRoot: .allowedRootUser
        }
    }

    /// The rule as a sentence.
    var sentence: String {
        switch self {
        case .preset(let preset):
            preset.sentence
        case .explicitDeny(let ref):
            "explicit deny: a Deny statement in the \(ref.type) matches"
        case .rcpLevelWithoutAllow(let level):
            "implicit deny: no RCP at level \(level) (0 = organization root) allows the request"
        case .scpLevelWithoutAllow(let level):
            "implicit deny: no SCP at level \(level) (0 = organization root) allows the request"
        case .endpointWithoutAllow:
            "implicit deny: the VPC endpoint policy has no matching Allow"
        case .resourcePolicyRequired(.trust):
            "implicit deny: the role trust policy does not allow this principal (trust policies must allow explicitly)"
        case .resourcePolicyRequired(.kmsKey):
            "implicit deny: the key policy does not allow this principal or its account "
                + "(IAM policies count only when the key policy allows the account)"
        case .noResourcePolicyAllow(let kind):
            "implicit deny: \(kind.phrase) has no identity-based policies, so it needs an Allow in the "
                + "resource-based policy, and none matches"
        case .crossAccountWithoutResourceAllow:
            "implicit deny: cross-account request and the resource-based policy has no matching Allow"
        case .identitySide(let gap, let cross):
            (cross
                ? "implicit deny: cross-account request allowed by the resource-based policy, but " : "implicit deny: ")
                + gap.sentence
        case .allowedByResourcePolicy(_, let grant):
            "allow: the resource-based policy grants \(grant.phrase)"
        case .allowedByIdentity(_, let cross):
            cross
                ? "allow: the resource-based policy allows the account and an identity-based policy allows"
                : "allow: an identity-based policy allows and no boundary or session policy limits it"
        case .allowedRoot(let cross):
            cross
                ? "allow: the account root user, allowed by the resource-based policy"
                : "allow: the account root user has full access to its own account's resources"
        }
    }
}

extension DecidingRule.IdentityGap {
    var sentence: String {
        switch self {
        case .identity: "no identity-based policy has a matching Allow"
        case .boundary: "the permissions boundary has no matching Allow"
        case .session: "the session policy has no matching Allow"
        case .federatedSessionWithoutPolicy: "a federated-user session without a session policy has no permissions"
        }
    }
}

extension Grant {
    var phrase: String {
        switch self {
        case .direct: "to this principal directly (not limited by identity policies, boundary or session policy)"
        case .limited: "to the role, within its permissions boundary and session policy"
        case .account: "to the account"
        case .none: "nothing"
        }
    }
}

extension Principal.Kind {
    /// The kind with an article, for sentences.
    var phrase: String {
        switch self {
        case .user: "an IAM user"
        case .role: "an IAM role"
        case .roleSession: "a role session"
        case .federatedUser: "a federated user"
        case .root: "the account root user"
        case .service: "an AWS service principal"
        case .identityProvider: "an identity provider"
        case .canonicalUser: "a canonical user"
        case .anonymous: "an anonymous caller"
        }
    }
}
