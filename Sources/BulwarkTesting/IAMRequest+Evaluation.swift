extension PolicySet {
    /// The decision for a request built with ``IAMRequest``.
    public func decision(for request: IAMRequest) -> Decision { decision(for: request.authorizationRequest) }

    /// Evaluates a request built with ``IAMRequest``, with an explanation.
    public func evaluate(_ request: IAMRequest) -> Evaluation { evaluate(request.authorizationRequest) }
}

extension CompiledPolicySet {
    /// The decision for a request built with ``IAMRequest``.
    public func decision(for request: IAMRequest) -> Decision { decision(for: request.authorizationRequest) }

    /// Evaluates a request built with ``IAMRequest``, with an explanation.
    public func evaluate(_ request: IAMRequest) -> Evaluation { evaluate(request.authorizationRequest) }
}
