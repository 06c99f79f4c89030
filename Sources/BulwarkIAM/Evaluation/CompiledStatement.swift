/// One statement compiled for evaluation.
package final class CompiledStatement: Sendable {
    /// The `Sid`.
    package let sid: String?
    /// `Allow` or `Deny`.
    package let effect: Effect
    /// Whether the action patterns are `NotAction`.
    package let notAction: Bool
    /// The action patterns (a comma inside one string separates actions, as AWS accepts).
    package let actions: [ActionPattern]
    /// Whether the resource patterns are `NotResource`.
    package let notResource: Bool
    /// Whether the statement has a `Resource`/`NotResource` element (trust policies have none).
    package let hasResourceElement: Bool
    /// The resource patterns (empty when there is no `Resource` element).
    package let resources: [CompiledCondition.ARNValue]
    /// Whether the statement has a `Principal`/`NotPrincipal` element.
    package let hasPrincipalElement: Bool
    /// The `Principal`/`NotPrincipal` element (empty when there is none).
    package let principal: CompiledPrincipalClause
    /// The conditions (all must hold).
    package let conditions: [CompiledCondition]

    /// What happened when a statement met a request.
    package enum Outcome: Sendable, Equatable {
        /// The action, resource or principal did not match.
        case notApplicable
        /// Everything matched except condition number `index`.
        case conditionFailed(index: Int)
        /// The statement applies, with the grant its principal element gives.
        case matched(Grant)
    }

    /// Compiles a statement; `variables` is whether the document enables policy variables.
    package init(_ s: PolicyStatement, variables: Bool) {
        sid = s.sid
        effect = s.effect
        notAction = s.action.isNegated
        // Each Action string is one name: "s3:GetObject,PutObject" is not a list (IAM UG, Action element).
        actions = s.action.patterns.map(ActionPattern.init)
        notResource = s.resource?.isNegated ?? false
        hasResourceElement = s.resource != nil
        resources = (s.resource?.patterns ?? [])
            .map { CompiledCondition.ARNValue(PolicyTemplate(resource: $0, variablesEnabled: variables)) }
        hasPrincipalElement = s.principal != nil
        principal = CompiledPrincipalClause(s.principal ?? .principal(.entries([])))
        conditions = s.conditions.map { CompiledCondition($0, variables: variables) }
    }

    /// The lowercased service prefixes this statement can apply to, or `nil` for any service
    /// (`NotAction`, `*`, a wildcard in the prefix).
    package var services: [[UInt8]]? {
        guard !notAction else { return nil }
        var out: [[UInt8]] = []
        for a in actions {
            guard let s = a.service else { return nil }
            if !out.contains(s) { out.append(s) }
        }
        return out
    }

    /// Evaluates the statement against a request.
    ///
    /// `checkPrincipal` is false for policies without a principal element (identity policies,
    /// boundaries, session policies, SCPs). `principalHasBoundary` applies the rule that a `Deny`
    /// with `NotPrincipal` "will always deny any IAM principal that has a permissions boundary".
    package func evaluate(_ r: RequestView, checkPrincipal: Bool, principalHasBoundary: Bool) -> Outcome {
        // Unsafe buffers borrow the elements in place: no retain/release per pattern on the hot path.
        let actionMatch = actions.withUnsafeBufferPointer { actions in
            for i in actions.indices where actions[i].matches(r.request.action, r.action) { return true }
            return false
        }
        guard actionMatch != notAction else { return .notApplicable }
        if hasResourceElement {
            let resourceMatch = resources.withUnsafeBufferPointer { resources in
                for i in resources.indices where CompiledStatement.matches(resources[i], r) { return true }
                return false
            }
            guard resourceMatch != notResource else { return .notApplicable }
        }
        var grant = Grant.direct
        if checkPrincipal {
            guard hasPrincipalElement else { return .notApplicable }
            if principal.negated {
                let forced = effect == .deny && principalHasBoundary && r.request.isIAMIdentity
                // Allow with NotPrincipal (evaluated, never accepted when written) excepts every principal
                // it names, as the peer suite does (iam-simulate notPrincipal.json); the account-listing
                // rule of `excepts` is specific to Deny.
                let excepted =
                    effect == .allow
                    ? principal.grant(for: r.request) > .none : principal.excepts(r.request.principal)
                guard forced || !excepted else { return .notApplicable }
            } else {
                grant = principal.grant(for: r.request)
                guard grant > .none else { return .notApplicable }
            }
        }
        let failed = conditions.withUnsafeBufferPointer { conditions in
            for i in conditions.indices where !conditions[i].holds(in: r.request.context) { return i }
            return -1
        }
        return failed >= 0 ? .conditionFailed(index: failed) : .matched(grant)
    }

    private static func matches(_ p: CompiledCondition.ARNValue, _ r: RequestView) -> Bool {
        p.matches(in: r.request.context) { $0.matches(r.request.resource, r.resource) }
    }
}

/// A request with its byte buffers pinned for the duration of one evaluation.
package struct RequestView {
    /// The prepared request.
    package let request: AuthorizationRequest.Prepared
    /// The lowercased action bytes.
    package let action: UnsafeBufferPointer<UInt8>
    /// The resource bytes.
    package let resource: UnsafeBufferPointer<UInt8>
}
