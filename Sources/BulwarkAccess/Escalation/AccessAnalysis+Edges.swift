import BulwarkCatalog
import BulwarkIAM

extension AccessAnalysis {
    /// The identity side's verdict on `action` for the first resource pattern it allows: `*`, then
    /// each pattern the principal's `Allow` statements name that fits one of the action's resource
    /// types in the catalog (so `lambda:*` on a role ARN does not count as creating functions).
    func allowedSomewhere(_ p: AnalyzedPrincipal, _ action: String, context: RequestContext = [:]) -> Evaluation? {
        let types = catalog.action(action)?.resourceTypes
            .compactMap { type -> AWSResourceType? in
                catalog.resourceType(service: String(action.prefix { $0 != ":" }), name: type.name)
            }
        for pattern in p.grantedResourcePatterns {
            if pattern != "*", let types, !types.isEmpty, !types.contains(where: { $0.matches(arn: pattern) }) {
                continue
            }
            let request = AuthorizationRequest(
                principal: p.principal,
                action: action,
                resource: pattern,
                context: context
            )
            if p.identitySide.decision(for: request) == .allow { return p.identitySide.evaluate(request) }
        }
        return nil
    }

    /// The statements behind an allowed identity-side evaluation, described.
    func statements(_ p: AnalyzedPrincipal, _ evaluations: [Evaluation]) -> [String] {
        evaluations.compactMap { p.describe($0.explanation.decidingStatement) }.uniqued
    }

    /// The roles' trust policies compiled for a caller whose own account allows everything, so a
    /// decision says whether the trust policy (with RCPs) admits the caller.
    func trustProbes() -> [String: CompiledPolicySet] {
        var probes: [String: CompiledPolicySet] = [:]
        for role in principals where role.kind == .role {
            guard let trust = role.trustPolicy else { continue }
            probes[role.arn] = PolicySet(
                identityPolicies: [.allowEverything],
                resourcePolicy: trust,
                resourceControlPolicies: guardrails.resourceControlPolicies,
                resourceIsInManagementAccount: guardrails.isManagementAccount
            )
            .compiled()
        }
        return probes
    }

    /// `p` → `role` by `sts:AssumeRole`: the evaluator allows it with both the identity side and
    /// the trust policy in one policy set.
    func assumeRoleEdge(
        _ p: AnalyzedPrincipal,
        _ role: AnalyzedPrincipal,
        probe: CompiledPolicySet
    ) -> EscalationStep? {
        guard let trust = role.trustPolicy else { return nil }
        let request = AuthorizationRequest(principal: p.principal, action: "sts:AssumeRole", resource: role.arn)
        guard probe.decision(for: request) == .allow else { return nil }
        // A trust policy that names the account delegates to the caller's identity policies; one that
        // names the caller directly does not need them.
        let namesCaller = trust.statements.contains { statement in
            guard case .principal(.entries(let entries))? = statement.principal else { return false }
            return entries.contains { $0.value == p.arn }
        }
        guard namesCaller || p.identitySide.decision(for: request) == .allow else { return nil }
        let evaluation = p.policySet(resourcePolicy: trust, guardrails: guardrails).compiled().evaluate(request)
        guard evaluation.decision == .allow else { return nil }
        var described = evaluation.explanation.matchedStatements.filter { $0.effect == .allow }
            .compactMap {
                p.describe($0.statement, resourcePolicyName: "trust policy of \(role.name)")
            }
        if described.isEmpty, let d = p.describe(evaluation.explanation.decidingStatement) { described = [d] }
        return EscalationStep(
            from: p.arn,
            to: role.arn,
            method: "sts:AssumeRole",
            actions: ["sts:AssumeRole"],
            statements: described
        )
    }

    /// Edges that change another principal's credentials or trust: access keys, login profiles,
    /// trust policies.
    func credentialEdges(
        _ p: AnalyzedPrincipal,
        _ q: AnalyzedPrincipal,
        selfTrusting: CompiledPolicySet?,
        filters: CredentialFilters
    ) -> [EscalationStep] {
        var steps: [EscalationStep] = []
        func check(_ method: String, _ filter: TargetFilter) {
            guard filter.admits(q.arn), p.identityDecision(method, on: q.arn) == .allow else { return }
            let evaluation = p.identityEvaluation(method, on: q.arn)
            steps.append(
                EscalationStep(
                    from: p.arn,
                    to: q.arn,
                    method: method,
                    actions: [method],
                    statements: statements(p, [evaluation])
                )
            )
        }
        switch q.kind {
        case .user:
            check("iam:CreateAccessKey", filters.createAccessKey)
            let password = facts.passwordEnabled[q.arn]
            if password != true { check("iam:CreateLoginProfile", filters.createLoginProfile) }
            if password != false { check("iam:UpdateLoginProfile", filters.updateLoginProfile) }
        case .role:
            // Rewriting the trust policy to name the caller, then assuming the role: the caller's own
            // denies, boundary and SCPs must still allow sts:AssumeRole.
            guard let selfTrusting, filters.updateTrust.admits(q.arn),
                p.identityDecision("iam:UpdateAssumeRolePolicy", on: q.arn) == .allow,
                selfTrusting.decision(
                    for: AuthorizationRequest(principal: p.principal, action: "sts:AssumeRole", resource: q.arn)
                )
                    == .allow
            else { return steps }
            let evaluation = p.identityEvaluation("iam:UpdateAssumeRolePolicy", on: q.arn)
            steps.append(
                EscalationStep(
                    from: p.arn,
                    to: q.arn,
                    method: "iam:UpdateAssumeRolePolicy",
                    actions: ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"],
                    statements: statements(p, [evaluation])
                )
            )
        }
        return steps
    }

    /// What `p`'s `Allow` statements name for the credential and trust-policy methods.
    struct CredentialFilters {
        var createAccessKey: TargetFilter
        var createLoginProfile: TargetFilter
        var updateLoginProfile: TargetFilter
        var updateTrust: TargetFilter

        init(_ p: AnalyzedPrincipal) {
            createAccessKey = TargetFilter(p, action: "iam:CreateAccessKey")
            createLoginProfile = TargetFilter(p, action: "iam:CreateLoginProfile")
            updateLoginProfile = TargetFilter(p, action: "iam:UpdateLoginProfile")
            updateTrust = TargetFilter(p, action: "iam:UpdateAssumeRolePolicy")
        }

        /// Whether no method names any target.
        var isEmpty: Bool {
            createAccessKey.isEmpty && createLoginProfile.isEmpty && updateLoginProfile.isEmpty && updateTrust.isEmpty
        }
    }

    /// The policy set of `p` against a trust policy that names `p` directly: what remains of
    /// `sts:AssumeRole` once `p` has rewritten a role's trust policy.
    func selfTrustingSet(_ p: AnalyzedPrincipal) -> CompiledPolicySet {
        let trust = PolicyDocument(statements: [
            PolicyStatement(
                effect: .allow,
                principal: .principal(.entries([PrincipalEntry(.aws, p.arn)])),
                action: .action(["sts:AssumeRole"])
            )
        ])
        return p.policySet(resourcePolicy: trust, guardrails: guardrails).compiled()
    }

    /// Which compute services each role's trust policy admits.
    func servicesTrusted(probes: [String: CompiledPolicySet]) -> [String: Set<String>] {
        let services = Set(
            EscalationMethod.passRoleMethods.compactMap { method -> String? in
                if case .passRole(let service) = method.kind { return service }
                return nil
            }
        )
        var trusted: [String: Set<String>] = [:]
        for (role, probe) in probes {
            for service in services {
                guard let principal = try? Principal(service) else { continue }
                let request = AuthorizationRequest(principal: principal, action: "sts:AssumeRole", resource: role)
                if probe.decision(for: request) == .allow { trusted[role, default: []].insert(service) }
            }
        }
        return trusted
    }

    /// `p` → `role` by passing it to a service that runs `p`'s code.
    func passRoleEdges(
        _ p: AnalyzedPrincipal,
        _ role: AnalyzedPrincipal,
        trusted: Set<String>,
        somewhere: inout [String: Evaluation?]
    ) -> [EscalationStep] {
        var steps: [EscalationStep] = []
        for method in EscalationMethod.passRoleMethods {
            guard case .passRole(let service) = method.kind, trusted.contains(service) else { continue }
            var evaluations: [Evaluation] = []
            var all = true
            for action in method.actions {
                if somewhere[action] == nil { somewhere[action] = .some(allowedSomewhere(p, action)) }
                guard let found = somewhere[action] ?? nil else {
                    all = false
                    break
                }
                evaluations.append(found)
            }
            let context: RequestContext = ["iam:PassedToService": .string(service)]
            guard all, p.identityDecision("iam:PassRole", on: role.arn, context: context) == .allow else { continue }
            let pass = p.identityEvaluation("iam:PassRole", on: role.arn, context: context)
            steps.append(
                EscalationStep(
                    from: p.arn,
                    to: role.arn,
                    method: method.name,
                    actions: ["iam:PassRole"] + method.actions,
                    statements: statements(p, [pass] + evaluations)
                )
            )
        }
        return steps
    }

    /// `p` → the role of existing compute, by changing what the compute runs.
    func computeEdges(
        _ p: AnalyzedPrincipal,
        _ binding: ComputeBinding,
        filter: (String) -> TargetFilter
    ) -> [EscalationStep] {
        var steps: [EscalationStep] = []
        for method in EscalationMethod.existingComputeMethods {
            guard case .existingCompute(let type) = method.kind, type == binding.resourceType else { continue }
            guard method.actions.allSatisfy({ p.identityDecision($0, on: binding.resource) == .allow }) else {
                continue
            }
            let evaluations = method.actions.map { p.identityEvaluation($0, on: binding.resource) }
            steps.append(
                EscalationStep(
                    from: p.arn,
                    to: binding.roleARN,
                    method: method.name,
                    actions: method.actions,
                    statements: statements(p, evaluations),
                    via: binding.resource
                )
            )
        }
        return steps
    }
}
