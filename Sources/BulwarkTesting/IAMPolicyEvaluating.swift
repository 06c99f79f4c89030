/// Something that can evaluate authorization requests: a ``/BulwarkIAM/PolicySet`` or a ``/BulwarkIAM/CompiledPolicySet``.
///
/// The expectation helpers (``expectAllowed(_:by:_:sourceLocation:)`` and friends) accept either.
public protocol IAMPolicyEvaluating {
    /// Evaluates one request, with an explanation.
    func evaluate(_ request: AuthorizationRequest) -> Evaluation
}

extension PolicySet: IAMPolicyEvaluating {}

extension CompiledPolicySet: IAMPolicyEvaluating {}
