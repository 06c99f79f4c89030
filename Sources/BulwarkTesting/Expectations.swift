public import Testing

/// Expects `policies` to allow `request`; otherwise records an issue at the caller's line with the
/// evaluator's explanation.
///
/// ```swift
/// expectAllowed(try IAMRequest.user("alice", in: "111122223333").action("s3:GetObject")
///     .resource("arn:aws:s3:::reports/q1.csv", ownedBy: "111122223333"), by: policies)
/// ```
///
/// - Returns: the evaluation, for further checks.
@discardableResult
public func expectAllowed(
    _ request: AuthorizationRequest,
    by policies: some IAMPolicyEvaluating,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Evaluation {
    expectOutcome(request, by: policies, comment, sourceLocation: sourceLocation, wanted: "Allow") { $0 == .allow }
}

/// Expects `policies` to deny `request`, explicitly or implicitly; otherwise records an issue at the
/// caller's line with the evaluator's explanation (which statement allowed it).
///
/// - Returns: the evaluation, for further checks.
@discardableResult
public func expectDenied(
    _ request: AuthorizationRequest,
    by policies: some IAMPolicyEvaluating,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Evaluation {
    expectOutcome(request, by: policies, comment, sourceLocation: sourceLocation, wanted: "a deny") { $0 != .allow }
}

/// Expects `policies` to reach exactly `decision` for `request`; otherwise records an issue at the
/// caller's line with the evaluator's explanation.
///
/// ```swift
/// expectDecision(.explicitDeny, for: deleteRequest, by: policies)
/// ```
///
/// - Returns: the evaluation, for further checks.
@discardableResult
public func expectDecision(
    _ decision: Decision,
    for request: AuthorizationRequest,
    by policies: some IAMPolicyEvaluating,
    _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Evaluation {
    expectOutcome(request, by: policies, comment, sourceLocation: sourceLocation, wanted: decision.rawValue) {
        $0 == decision
    }
}

/// Evaluates once, and records one issue describing the request, the outcome and why, when `accept` fails.
private func expectOutcome(
    _ request: AuthorizationRequest,
    by policies: some IAMPolicyEvaluating,
    _ comment: Comment?,
    sourceLocation: Testing.SourceLocation,
    wanted: String,
    accept: (Decision) -> Bool
) -> Evaluation {
    let evaluation = policies.evaluate(request)
    if !accept(evaluation.decision) {
        var text =
            "Expected \(wanted) for \(request.testDescription), got \(evaluation.decision)\n\(evaluation.explanation)"
        if let comment { text = "\(comment.rawValue)\n" + text }
        Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
    }
    return evaluation
}
