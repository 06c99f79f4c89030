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
            return "the request has no \(source.key); a positive operator needs the key (add IfExists to skip it)"
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
