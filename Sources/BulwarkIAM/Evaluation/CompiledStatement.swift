/// One statement compiled for evaluation.
final class CompiledStatement: Sendable {
    /// The `Sid`.
    let sid: String?
    /// `Allow` or `Deny`.
    let effect: Effect
    /// Whether the action patterns are `NotAction`.
    let notAction: Bool
    /// The action patterns (a comma inside one string separates actions, as AWS accepts).
    let actions: [ActionPattern]
    /// Whether the resource patterns are `NotResource`.
    let notResource: Bool
    /// Whether the statement has a `Resource`/`NotResource` element (trust policies have none).
    let hasResourceElement: Bool
    /// The resource patterns without policy variables (empty when there is no `Resource` element).
    let fixedResources: [ResourcePattern]
    /// The resource patterns with policy variables, resolved per request.
    let templateResources: [PolicyTemplate]
    /// Whether the statement has a `Principal`/`NotPrincipal` element.
    let hasPrincipalElement: Bool
    /// The `Principal`/`NotPrincipal` element (empty when there is none).
    let principal: CompiledPrincipalClause
    /// The conditions (all must hold).
    let conditions: [CompiledCondition]

    /// What happened when a statement met a request.
    enum Outcome: Sendable, Equatable {
        /// The action, resource or principal did not match.
        case notApplicable
        /// Everything matched except condition number `index`.
        case conditionFailed(index: Int)
        /// The statement applies, with the grant its principal element gives.
        case matched(Grant)
    }

    /// Compiles a statement; `variables` is whether the document enables policy variables.
    init(_ s: PolicyStatement, variables: Bool) {
        sid = s.sid
        effect = s.effect
        notAction = s.action.isNegated
        // Each Action string is one name: "s3:GetObject,PutObject" is not a list (IAM UG, Action element).
        actions = s.action.patterns.map(ActionPattern.init)
        notResource = s.resource?.isNegated ?? false
        hasResourceElement = s.resource != nil
        let templates = (s.resource?.patterns ?? []).map { PolicyTemplate(resource: $0, variablesEnabled: variables) }
        fixedResources = templates.filter { !$0.hasVariables }.map(\.resourcePattern)
        templateResources = templates.filter(\.hasVariables)
        hasPrincipalElement = s.principal != nil
        principal = CompiledPrincipalClause(s.principal ?? .principal(.entries([])))
        conditions = s.conditions.map { CompiledCondition($0, variables: variables) }
    }

    /// The lowercased service prefixes this statement can apply to, or `nil` for any service
    /// (`NotAction`, `*`, a wildcard in the prefix).
    var services: [[UInt8]]? {
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
    func evaluate(_ r: RequestView, checkPrincipal: Bool, principalHasBoundary: Bool) -> Outcome {
        // Unsafe buffers borrow the elements in place: no retain/release per pattern on the hot path.
        let actionMatch = actions.withUnsafeBufferPointer { actions in
            for i in actions.indices where actions[i].matches(r.request.action, r.action) { return true }
            return false
        }
        guard actionMatch != notAction else { return .notApplicable }
        if hasResourceElement {
            // Patterns are borrowed in place: no copy, no retain/release per pattern on the hot path.
            var resourceMatch = fixedResources.withUnsafeBufferPointer { patterns in
                for i in patterns.indices where patterns[i].matches(r.request.resource.segments, r.resource) {
                    return true
                }
                return false
            }
            if !resourceMatch && !templateResources.isEmpty {
                resourceMatch = templateResources.contains { CompiledStatement.matches($0, r) }
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

    /// Whether a pattern with policy variables, resolved in the request context, matches the resource.
    private static func matches(_ template: PolicyTemplate, _ r: RequestView) -> Bool {
        CompiledCondition.ARNValue.template(template)
            .matches(in: r.request.context) {
                $0.matches(r.request.resource, r.resource)
            }
    }

    /// Every resource pattern, each policy variable standing for any text (for comparing patterns).
    var anyRequestResources: [ResourcePattern] {
        fixedResources + templateResources.map { CompiledCondition.ARNValue.template($0).anyRequestPattern }
    }
}

/// A request with its byte buffers pinned for the duration of one evaluation.
struct RequestView {
    /// The prepared request.
    let request: AuthorizationRequest.Prepared
    /// The lowercased action bytes.
    let action: UnsafeBufferPointer<UInt8>
    /// The resource bytes.
    let resource: UnsafeBufferPointer<UInt8>
}
