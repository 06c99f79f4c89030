public import BulwarkIAM

extension AccessAnalysis {
    /// Every principal of the snapshot that can perform `action` on `resource`, and every outside
    /// party the resource's policy admits for it, each with the statements that decide.
    ///
    /// Each principal's request is decided with its identity side and the resource's policy in one
    /// policy set, so same-account grants by either side, boundaries, SCPs, RCPs and explicit denies
    /// all count. A resource the snapshot does not hold is judged as having no resource policy.
    public func whoCan(_ action: String, on resource: String) -> WhoCan {
        whoCan(action, on: resource, context: [:])
    }

    /// The resource whose policy governs `arn` when `arn` is part of it: the bucket of an S3 object.
    func owningResource(of arn: String) -> AnalyzedResource? {
        guard arn.hasPrefix("arn:\(partition):s3:::"), let slash = arn.firstIndex(of: "/") else { return nil }
        return self.resource(String(arn[..<slash]))
    }

    /// ``whoCan(_:on:)`` for requests that carry `context`.
    public func whoCan(_ action: String, on resource: String, context: RequestContext) -> WhoCan {
        let target = self.resource(resource) ?? owningResource(of: resource)
        var unknown = unknownReasons
        if let reason = target?.policy.unknownReason {
            unknown.insert("\(target?.policyName ?? "resource policy"): \(reason)", at: 0)
        }
        let document = target?.policy.document
        let policyName = target?.policyName ?? "resource policy"
        var entries: [WhoCanEntry] = []
        for p in principals {
            let set = PolicySet(
                identityPolicies: p.identityPolicies.map(\.document),
                resourcePolicy: document,
                permissionsBoundary: p.permissionsBoundary?.document,
                serviceControlPolicies: guardrails.serviceControlPolicies,
                resourceControlPolicies: guardrails.resourceControlPolicies,
                principalIsManagementAccount: guardrails.isManagementAccount,
                resourceIsInManagementAccount: guardrails.isManagementAccount,
                resourceIsAWSManagedKey: target?.isAWSManagedKey ?? false
            )
            let request = AuthorizationRequest(
                principal: p.principal,
                action: action,
                resource: resource,
                resourceAccount: accountID,
                context: context
            )
            let evaluation = set.evaluate(request)
            if evaluation.decision == .allow {
                let statements = evaluation.explanation.matchedStatements.filter { $0.effect == .allow }
                    .compactMap {
                        p.describe($0.statement, resourcePolicyName: policyName)
                    }
                entries.append(WhoCanEntry(principal: p.arn, decision: .allow, statements: statements.uniqued))
                continue
            }
            guard evaluation.decision == .implicitDeny else { continue }
            let relaxed = PolicySet(
                identityPolicies: set.identityPolicies.map(\.relaxed),
                resourcePolicy: document?.relaxed,
                permissionsBoundary: set.permissionsBoundary?.relaxed,
                serviceControlPolicies: set.serviceControlPolicies.map { $0.map(\.relaxed) },
                resourceControlPolicies: set.resourceControlPolicies.map { $0.map(\.relaxed) },
                principalIsManagementAccount: set.principalIsManagementAccount,
                resourceIsInManagementAccount: set.resourceIsInManagementAccount,
                resourceIsAWSManagedKey: set.resourceIsAWSManagedKey
            )
            guard relaxed.decision(for: request) == .allow else { continue }
            let failed = evaluation.explanation.failedConditions
            entries.append(
                WhoCanEntry(
                    principal: p.arn,
                    decision: .conditional,
                    conditions: failed.map(\.condition.key).uniqued.sorted(),
                    statements: (failed.compactMap { p.describe($0.statement, resourcePolicyName: policyName) }).uniqued
                )
            )
        }
        if let target, let exposure = exposure(of: target) {
            for grant in exposure.grants where grant.actions.contains(where: { $0.lowercased() == action.lowercased() })
            {
                entries.append(
                    WhoCanEntry(
                        principal: grant.party == "anonymous" ? "*" : grant.party,
                        decision: grant.conditions.isEmpty ? .allow : .conditional,
                        conditions: grant.conditions,
                        statements: grant.statements
                    )
                )
            }
        }
        return WhoCan(action: action, resource: resource, principals: entries, unknownReasons: unknown)
    }

}
