public import Testing

extension Decision: CustomTestStringConvertible {
    /// `.allow`, `.explicitDeny` or `.implicitDeny`, as written in a test.
    public var testDescription: String {
        switch self {
        case .allow: ".allow"
        case .explicitDeny: ".explicitDeny"
        case .implicitDeny: ".implicitDeny"
        }
    }
}

extension Evaluation: CustomTestStringConvertible {
    /// The decision and the evaluator's explanation: the deciding rule, matched statements, failed conditions.
    public var testDescription: String { "\(decision.testDescription): \(explanation)" }
}

extension AuthorizationRequest: CustomTestStringConvertible {
    /// `PRINCIPAL → ACTION on RESOURCE`, with the resource account and context keys when given.
    public var testDescription: String {
        var text = "\(principal) → \(action.isEmpty ? "(no action)" : action) on \(resource)"
        if let resourceAccount { text += " (owned by \(resourceAccount))" }
        if context.count > 0 { text += " with \(context)" }
        return text
    }
}
