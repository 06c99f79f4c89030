import BulwarkIAM

/// One statement of the policies that apply to a principal, reduced to what summaries need:
/// its effect, compiled action patterns, resource patterns and condition keys.
struct StatementDigest {
    /// Whether the statement sits in an identity-based policy (its resources are candidate grants).
    var isIdentity: Bool
    var effect: Effect
    var actions: [ActionPattern]
    var negatedAction: Bool
    var resources: [String]
    var negatedResource: Bool
    var conditionKeys: [String]

    init(_ statement: PolicyStatement, isIdentity: Bool) {
        self.isIdentity = isIdentity
        effect = statement.effect
        actions = statement.action.patterns.map(ActionPattern.init)
        negatedAction = statement.action.isNegated
        resources = statement.resource?.patterns ?? ["*"]
        negatedResource = statement.resource?.isNegated ?? false
        conditionKeys = statement.conditions.map(\.key)
    }

    /// Whether the statement applies to `action` (prepared once by the caller).
    func matches(_ action: RequestAction) -> Bool {
        let hit = action.bytes.withUnsafeBufferPointer { bytes in actions.contains { $0.matches(action, bytes) } }
        return hit != negatedAction
    }

    /// Whether the statement could apply to some action of `service` (lowercased).
    func mayMatch(service: String) -> Bool {
        if negatedAction { return true }
        return actions.contains { pattern in
            let prefix = pattern.text.lowercased().prefix { $0 != ":" }
            return prefix.contains("*") || prefix.contains("?") || prefix == service || !pattern.text.contains(":")
        }
    }

    /// Every statement that shapes `p`'s requests: identity policies, boundary, SCPs and RCPs.
    static func all(for p: AnalyzedPrincipal, _ guardrails: OrganizationGuardrails) -> [StatementDigest] {
        var digests: [StatementDigest] = []
        for policy in p.identityPolicies {
            digests += policy.document.statements.map { StatementDigest($0, isIdentity: true) }
        }
        let others =
            (p.permissionsBoundary.map { [$0.document] } ?? []) + guardrails.serviceControlPolicies.flatMap { $0 }
            + guardrails.resourceControlPolicies.flatMap { $0 }
        for document in others {
            digests += document.statements.map { StatementDigest($0, isIdentity: false) }
        }
        return digests
    }
}
