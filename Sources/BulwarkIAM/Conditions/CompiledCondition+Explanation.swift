extension CompiledCondition {
    /// Why the condition does not hold for `value` (the request's value, `nil` when missing), as a sentence.
    package func failureReason(_ value: ContextValue?, _ context: RequestContext) -> String {
        if op.base == .null {
            return value == nil
                ? "the request has no \(source.key), but Null requires it to be present"
                : "the request has \(source.key) = \(value?.description ?? ""), but Null requires it to be absent"
        }
        guard let value, value != .list([]) || op.qualifier != nil else {
            if op.qualifier == .forAnyValue {
                return "the request has no \(source.key); ForAnyValue needs at least one value"
            }
            guard !CompiledCondition.absenceIsSecuritySignal(key.lowercased()) else {
                return "the request has no \(source.key), which this condition requires; its absence is itself a "
                    + "security signal, so supply the key rather than adding IfExists (that would remove the protection)"
            }
            return "the request has no \(source.key); a positive operator needs the key (add IfExists only if the "
                + "condition should hold when the key is absent)"
        }
        let verb = op.base.isNegated ? "matches one of the policy values" : "matches none of the policy values"
        switch (op.qualifier, value) {
        case (nil, .list(let items)) where items.count != 1:
            return "\(source.key) has \(items.count) values \(value); a single-valued operator does not match a "
                + "multivalued key (use ForAnyValue: or ForAllValues:)"
        case (.forAllValues?, .list(let items)):
            let bad = items.first { !holds(for: $0, context) }
            return "request value \(bad?.description ?? "?") \(verb) (ForAllValues needs every value to pass)"
        case (.forAnyValue?, .list):
            return "no request value in \(value) passes (ForAnyValue needs one)"
        case (_, .list(let items)):
            return "request value \(items.first?.description ?? "") \(verb)"
        default:
            return "request value \(value) \(verb)"
        }
    }
}

extension CompiledCondition {
    /// Whether the key is missing from the request in a way the explanation should name: the
    /// condition failed because the key is absent (not `Null`, which tests absence).
    package func needsMissingKey(_ value: ContextValue?) -> Bool {
        op.base != .null && (value == nil || (value == .list([]) && op.qualifier == nil))
    }

    /// Whether a key's absence is itself what a condition on it guards against (lowercased key names).
    ///
    /// Such keys are an external ID that a third party must present, the source account or ARN that stops a confused
    /// deputy, the organization that bounds a principal or resource, MFA, a VPC endpoint or TLS. A
    /// policy that adds `IfExists` to such a key lets a request without it through (IAM User Guide,
    /// "AWS global condition context keys"; "The confused deputy problem").
    package static func absenceIsSecuritySignal(_ lowercasedKey: String) -> Bool {
        securitySignalKeys.contains(lowercasedKey)
    }

    private static let securitySignalKeys: Set<String> = [
        "sts:externalid", "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths",
        "aws:principalorgid", "aws:principalorgpaths", "aws:resourceorgid", "aws:resourceorgpaths",
        "aws:multifactorauthpresent", "aws:multifactorauthage", "aws:sourcevpce", "aws:sourcevpc",
        "aws:securetransport", "aws:principalaccount", "aws:resourceaccount",
    ]
}
