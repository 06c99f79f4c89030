import BulwarkCatalog
import BulwarkIAM

extension AccessAnalysis {
    /// The effective permissions of the user or role `arn` over every catalog action.
    ///
    /// - Throws: ``AccessError`` when `arn` is not a user or role of the snapshot.
    public func effectivePermissions(of arn: String, includingImplicitDenies: Bool = false) throws(AccessError)
        -> EffectivePermissions
    {
        guard let p = principal(arn) else { throw .unknownPrincipal(arn, in: self) }
        return effectivePermissions(of: p, includingImplicitDenies: includingImplicitDenies)
    }

    /// The effective permissions of `p` over every catalog action.
    ///
    /// For each action the evaluator decides a request per resource pattern the principal's
    /// `Allow` statements name (a pattern stands for "some resource it matches"): `Allow` when one is
    /// allowed with the context AWS derives from the principal, `Conditional` when one is allowed
    /// only once conditions are met (the keys are listed), else `ExplicitDeny` or `ImplicitDeny`.
    /// Allowed patterns other than `*` are followed by the snapshot's resources they reach.
    public func effectivePermissions(of p: AnalyzedPrincipal, includingImplicitDenies: Bool = false)
        -> EffectivePermissions
    {
        let digests = StatementDigest.all(for: p, guardrails)
        let relaxed = p.relaxedIdentitySide(guardrails)
        var entries: [ActionPermission] = []
        entries.reserveCapacity(includingImplicitDenies ? catalog.actions.count : 256)
        var service = ""
        var candidates: [StatementDigest] = []
        let base = AuthorizationRequest(principal: p.principal, action: "iam:GetUser")
        for action in catalog.actions {
            if action.service != service {
                service = action.service
                candidates = digests.filter { $0.mayMatch(service: service.lowercased()) }
            }
            let name = action.fullName
            let prepared = RequestAction(name)
            let applying = candidates.filter { $0.matches(prepared) }
            if let entry = permission(name, p, applying, relaxed: relaxed, base: base) {
                entries.append(entry)
            } else if includingImplicitDenies {
                entries.append(ActionPermission(action: name, decision: .implicitDeny))
            }
        }
        return EffectivePermissions(
            principal: p.arn,
            actions: entries,
            unknownReasons: unknownReasons + p.unknownReasons
        )
    }

    /// The entry for one action, or `nil` when it is an implicit deny everywhere.
    private func permission(
        _ action: String,
        _ p: AnalyzedPrincipal,
        _ applying: [StatementDigest],
        relaxed: CompiledPolicySet,
        base: AuthorizationRequest
    ) -> ActionPermission? {
        var patterns: [String] = []
        var notResources: [String] = []
        for digest in applying where digest.effect == .allow && digest.isIdentity {
            if digest.negatedResource {
                patterns.append("*")
                notResources += digest.resources
            } else {
                patterns += digest.resources
            }
        }
        guard !patterns.isEmpty else { return nil }
        patterns = patterns.uniqued
        var allowed: [String] = []
        var conditional: [String] = []
        var sawDeny = false
        for pattern in patterns {
            let request = base.with(action: action, resource: pattern)
            switch p.identitySide.decision(for: request) {
            case .allow: allowed.append(pattern)
            case .explicitDeny: sawDeny = true
            case .implicitDeny: break
            }
            if allowed.isEmpty && relaxed.decision(for: request) == .allow { conditional.append(pattern) }
        }
        let conditionKeys = applying.flatMap(\.conditionKeys).uniqued.sorted()
        for digest in applying where digest.effect == .deny && digest.conditionKeys.isEmpty && !digest.negatedResource {
            notResources += digest.resources.filter { $0 != "*" }
        }
        if !allowed.isEmpty {
            return ActionPermission(
                action: action,
                decision: .allow,
                resources: allowed + concreteResources(action, p, allowed),
                notResources: notResources.uniqued,
                conditions: conditionKeys
            )
        }
        if !conditional.isEmpty {
            return ActionPermission(
                action: action,
                decision: .conditional,
                resources: conditional,
                notResources: notResources.uniqued,
                conditions: conditionKeys
            )
        }
        return sawDeny ? ActionPermission(action: action, decision: .explicitDeny, resources: patterns) : nil
    }

    /// The snapshot's resources (and users and roles) that allowed patterns other than `*` reach.
    private func concreteResources(_ action: String, _ p: AnalyzedPrincipal, _ patterns: [String]) -> [String] {
        let specific = patterns.filter { $0 != "*" }.map(ResourcePattern.init)
        guard !specific.isEmpty else { return [] }
        let arns = resources.map(\.arn) + principals.map(\.arn)
        var found: [String] = []
        for arn in arns where !patterns.contains(arn) && specific.contains(where: { $0.matches(arn) }) {
            let request = AuthorizationRequest(principal: p.principal, action: action, resource: arn)
            if p.identitySide.decision(for: request) == .allow { found.append(arn) }
        }
        return found
    }

}
