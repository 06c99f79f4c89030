// The interface access analysis (BulwarkAccess) builds on: many decisions that share all but the
// action or resource, and the statements that can bear on an action.

extension CompiledPolicySet {
    /// The decision for `base` with each action in turn; the principal, resource and context are
    /// prepared once, so each decision costs little more than ``decision(for:)``.
    package func decisions(for base: AuthorizationRequest, actions: some Sequence<String>) -> [Decision] {
        let prepared = base.prepared
        return actions.map { decision(AuthorizationRequest.Prepared(deriving: prepared, action: RequestAction($0))) }
    }

    /// The decision for `base` with each resource in turn (the context is rebuilt only when the
    /// resource's account changes).
    package func decisions(for base: AuthorizationRequest, resources: some Sequence<String>) -> [Decision] {
        let prepared = base.prepared
        return resources.map {
            decision(
                AuthorizationRequest.Prepared(deriving: prepared, resource: RequestResource($0), given: base.context)
            )
        }
    }

    /// Every statement of the set whose `Action`/`NotAction` element can apply to some action that
    /// `action` matches (an action name or a pattern such as `s3:Get*`), in evaluation order.
    ///
    /// `NotAction` statements are included unless one of their patterns covers all of `action`.
    package func statements(relevantTo action: ActionPattern) -> [RelevantStatement] {
        var out: [RelevantStatement] = []
        for (ref, document, policy) in policies {
            for (i, statement) in policy.statements.enumerated() {
                let relevant =
                    statement.notAction
                    ? !statement.actions.contains { $0.covers(action) }
                    : statement.actions.contains { $0.overlaps(action) }
                guard relevant else { continue }
                var position = ref
                position.statement = i
                out.append(
                    RelevantStatement(
                        reference: StatementReference(position, sid: statement.sid),
                        statement: document.statements[i],
                        resources: statement.anyRequestResources
                    )
                )
            }
        }
        return out
    }

    /// Every compiled policy with its position (statement index 0) and its document, in evaluation order.
    private var policies: [(Ref, PolicyDocument, CompiledPolicy)] {
        var out: [(Ref, PolicyDocument, CompiledPolicy)] = []
        func add(_ type: PolicyType, _ level: Int, _ index: Int, _ document: PolicyDocument, _ policy: CompiledPolicy) {
            out.append((Ref(type: type, level: level, policy: index, statement: 0), document, policy))
        }
        for (level, policies) in rcps.enumerated() {
            for (i, p) in policies.enumerated() {
                add(.resourceControl, level, i, source.resourceControlPolicies[level][i], p)
            }
        }
        for (level, policies) in scps.enumerated() {
            for (i, p) in policies.enumerated() {
                add(.serviceControl, level, i, source.serviceControlPolicies[level][i], p)
            }
        }
        if let resource, let document = source.resourcePolicy { add(.resource, -1, 0, document, resource) }
        for (i, p) in identity.enumerated() { add(.identity, -1, i, source.identityPolicies[i], p) }
        if let boundary, let document = source.permissionsBoundary {
            add(.permissionsBoundary, -1, 0, document, boundary)
        }
        if let session, let document = source.sessionPolicy { add(.session, -1, 0, document, session) }
        if let endpoint, let document = source.vpcEndpointPolicy { add(.vpcEndpoint, -1, 0, document, endpoint) }
        return out
    }
}

/// A statement that can bear on an action, for access analysis.
package struct RelevantStatement: Sendable {
    /// Where the statement is.
    package let reference: StatementReference
    /// The statement as written (effect, principal, conditions, …).
    package let statement: PolicyStatement
    /// Its `Resource`/`NotResource` patterns, each policy variable standing for any text, ready for
    /// ``ResourcePattern/overlaps(_:)`` (empty when the statement has no resource element).
    package let resources: [ResourcePattern]
}
