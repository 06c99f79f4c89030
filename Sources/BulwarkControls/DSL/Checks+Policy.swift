import BulwarkAccess
public import BulwarkIAM
public import BulwarkModels

/// Passes when the IAM evaluator denies `requester` the `action` on `resource` under `policy` (the
/// resource's own policy) and the account's RCPs; fails, with the allowing evaluation as evidence,
/// when it allows.
///
/// The answer is unknown when the policy could not be read or parsed, or when the policies allow and
/// the organization's RCPs (which could still deny) could not be read.
///
/// ```swift
/// denies(.anonymous, "s3:GetObject", on: "\(arn)/*", policy: bucket.policy, in: context)
/// ```
public func denies(
    _ requester: Requester,
    _ action: String,
    on resource: String,
    resourceAccount: String? = nil,
    policy: Observed<EmbeddedPolicy>,
    context requestContext: RequestContext = [:],
    in context: ControlContext,
    fileID: String = #fileID,
    line: Int = #line
) -> Check {
    let location = SourceLine(fileID: fileID, line: line)
    let document: PolicyDocument?
    switch policy {
    case .unknown(let reason): return Check(.unknown(UnknownReason(reason)), location: location)
    case .notConfigured: document = nil
    case .value(let embedded):
        guard case .success(let parsed) = embedded.parsed else {
            let reason = UnknownReason(
                code: UnknownReason.unparsablePolicy,
                message: "the policy of \(resource) could not be parsed (see the snapshot's issues)"
            )
            return Check(.unknown(reason), location: location)
        }
        document = parsed
    }
    let owner = resourceAccount ?? context.accountID
    let guardrails = context.environment.guardrails.valueIfPresent
    var set = PolicySet(resourcePolicy: document)
    if let guardrails {
        set.resourceControlPolicies = guardrails.resourceControlPolicies
        set.resourceIsInManagementAccount = guardrails.isManagementAccount
    }
    if requester.hasIdentityPolicies { set.identityPolicies = [PolicyDocument.allowEverything] }
    let compiled = set.compiled()
    var first: PolicyEvidence?
    for principal in requester.principals(resourceAccount: owner, partition: context.partition, policy: document) {
        guard
            let request = try? AuthorizationRequest(
                principal: principal,
                action: action,
                resource: resource,
                resourceAccount: owner,
                context: requestContext
            )
        else { continue }
        let evaluation = compiled.evaluate(request)
        let evidence = PolicyEvidence(principal: principal, action: action, resource: resource, evaluation: evaluation)
        if evaluation.decision == .allow {
            let evidenceSet = Evidence(evaluations: [evidence])
            if guardrails == nil, let reason = context.environment.guardrails.unreadable {
                let unknown = UnknownReason(
                    code: reason.code.rawValue,
                    message: "\(requester) is allowed \(action) on \(resource) unless an RCP denies it, "
                        + "and the organization's RCPs could not be read: \(reason)"
                )
                return Check(.unknown(unknown), evidence: evidenceSet, location: location)
            }
            let message = "\(requester) is allowed \(action) on \(resource) (as \(principal))"
            return Check(.fail(message), evidence: evidenceSet, location: location)
        }
        if first == nil { first = evidence }
    }
    return Check(.pass, evidence: Evidence(evaluations: first.map { [$0] } ?? []), location: location)
}

extension PolicyDocument {
    /// `Allow * on *`: the identity policy assumed for principals of another account.
    static let allowEverything = PolicyDocument(
        statements: [PolicyStatement(effect: .allow, action: .action(["*"]), resource: .resource(["*"]))]
    )
}
