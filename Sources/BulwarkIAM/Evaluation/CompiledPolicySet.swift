/// A ``PolicySet`` compiled once for many fast decisions.
///
/// Compilation lowercases and classifies action patterns, splits resource patterns into ARN
/// segments, pre-parses condition values (numbers, dates, CIDRs, base64) and indexes statements by
/// service prefix. ``decision(for:)`` then allocates nothing unless a policy variable must be
/// substituted; ``evaluate(_:)`` runs the same logic and also explains the result.
public struct CompiledPolicySet: Sendable {
    /// The policies this set was compiled from.
    public let source: PolicySet
    let identity: [CompiledPolicy]
    let resource: CompiledPolicy?
    let boundary: CompiledPolicy?
    let session: CompiledPolicy?
    let endpoint: CompiledPolicy?
    let scps: [[CompiledPolicy]]
    let rcps: [[CompiledPolicy]]

    /// Compiles a policy set.
    public init(_ set: PolicySet) {
        source = set
        identity = set.identityPolicies.map(CompiledPolicy.init)
        resource = set.resourcePolicy.map(CompiledPolicy.init)
        boundary = set.permissionsBoundary.map(CompiledPolicy.init)
        session = set.sessionPolicy.map(CompiledPolicy.init)
        endpoint = set.vpcEndpointPolicy.map(CompiledPolicy.init)
        scps = set.serviceControlPolicies.map { $0.map(CompiledPolicy.init) }
        rcps = set.resourceControlPolicies.map { $0.map(CompiledPolicy.init) }
    }

    /// The decision for a request (the fast path: no explanation, no allocation).
    public func decision(for request: AuthorizationRequest) -> Decision {
        decision(request.prepared)
    }

    /// The decision for a prepared request.
    func decision(_ prepared: AuthorizationRequest.Prepared) -> Decision {
        var recorder = SilentRecorder()
        return run(prepared, &recorder).decision
    }

    /// The decision for a request with its explanation.
    public func evaluate(_ request: AuthorizationRequest) -> Evaluation {
        var recorder = ExplainingRecorder()
        let (decision, rule) = run(request.prepared, &recorder)
        let deciding = rule.statement.map { StatementReference($0, sid: sid(of: $0)) }
        return Evaluation(
            decision: decision,
            explanation: Explanation(
                rule: EvaluationRule(code: rule.code, sentence: rule.sentence, decidingStatement: deciding),
                matchedStatements: recorder.matches,
                failedConditions: recorder.failures,
                missingContextKeys: recorder.missingKeys,
                notes: recorder.notes
            )
        )
    }

    /// Runs the decision flow with the buffers of the request pinned.
    private func run<R: EvaluationRecorder>(_ prepared: AuthorizationRequest.Prepared, _ recorder: inout R) -> (
        decision: Decision, rule: DecidingRule
    ) {
        prepared.action.bytes.withUnsafeBufferPointer { action in
            prepared.resource.bytes.withUnsafeBufferPointer { resource in
                let view = RequestView(request: prepared, action: action, resource: resource)
                return decide(view, &recorder)
            }
        }
    }

    /// The `Sid` of a statement.
    func sid(of ref: Ref) -> String? {
        policy(ref)?.statements[ref.statement].sid
    }

    private func policy(_ ref: Ref) -> CompiledPolicy? {
        switch ref.type {
        case .identity: identity[ref.policy]
        case .resource: resource
        case .permissionsBoundary: boundary
        case .session: session
        case .vpcEndpoint: endpoint
        case .serviceControl: scps[ref.level][ref.policy]
        case .resourceControl: rcps[ref.level][ref.policy]
        }
    }

    /// Evaluates the policies of one type (at one SCP/RCP level) against the request.
    @inline(__always)
    func outcome<R: EvaluationRecorder>(
        _ policies: [CompiledPolicy],
        _ type: PolicyType,
        level: Int = -1,
        _ r: RequestView,
        _ recorder: inout R
    ) -> PolicyOutcome {
        var result = PolicyOutcome()
        var p = 0
        while p < policies.count {
            accumulate(policies[p], type, level: level, index: p, r, &result, &recorder)
            p += 1
        }
        return result
    }

    /// Evaluates a single optional policy.
    @inline(__always)
    func outcome<R: EvaluationRecorder>(
        _ policy: CompiledPolicy?,
        _ type: PolicyType,
        _ r: RequestView,
        _ recorder: inout R
    ) -> PolicyOutcome {
        var result = PolicyOutcome()
        if let policy { accumulate(policy, type, level: -1, index: 0, r, &result, &recorder) }
        return result
    }

    /// Adds one policy's matching statements to `result`: the fast path visits only the statements
    /// indexed under the request's service (plus those for any service); the explaining path visits all.
    private func accumulate<R: EvaluationRecorder>(
        _ policy: CompiledPolicy,
        _ type: PolicyType,
        level: Int,
        index: Int,
        _ r: RequestView,
        _ result: inout PolicyOutcome,
        _ recorder: inout R
    ) {
        let checkPrincipal = type == .resource || type == .vpcEndpoint || type == .resourceControl
        let hasBoundary = boundary != nil
        if R.isActive {
            for i in policy.statements.indices {
                visit(policy, i, type, level, index, checkPrincipal, hasBoundary, r, &result, &recorder)
            }
            return
        }
        var k = 0
        while k < policy.anyService.count {
            visit(policy, policy.anyService[k], type, level, index, checkPrincipal, hasBoundary, r, &result, &recorder)
            k += 1
        }
        if let b = policy.bucketIndex(for: r.request.action, r.action) {
            let statements = policy.byService[b].statements
            k = 0
            while k < statements.count {
                visit(policy, statements[k], type, level, index, checkPrincipal, hasBoundary, r, &result, &recorder)
                k += 1
            }
        }
    }

    @inline(__always)
    private func visit<R: EvaluationRecorder>(
        _ policy: CompiledPolicy,
        _ i: Int,
        _ type: PolicyType,
        _ level: Int,
        _ index: Int,
        _ checkPrincipal: Bool,
        _ hasBoundary: Bool,
        _ r: RequestView,
        _ result: inout PolicyOutcome,
        _ recorder: inout R
    ) {
        // `policy` owns its statements for the whole call, so the hot path need not retain each one.
        unowned(unsafe) let statement = policy.statements[i]
        let outcome = statement.evaluate(r, checkPrincipal: checkPrincipal, principalHasBoundary: hasBoundary)
        let ref = Ref(type: type, level: level, policy: index, statement: i)
        if R.isActive { recorder.record(ref, statement, outcome, r) }
        guard case .matched(let grant) = outcome else { return }
        if statement.effect == .deny {
            if result.deny == nil { result.deny = ref }
        } else if grant > result.allow {
            result.allow = grant
            result.allowedBy = ref
        }
    }
}
