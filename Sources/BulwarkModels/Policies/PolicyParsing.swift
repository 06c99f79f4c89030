import BulwarkIAM

/// The one place where BulwarkModels turns policy text into a `PolicyDocument`.
enum PolicyParsing {
    /// Why a policy is not valid: the first error, with its JSON path inside the policy.
    struct Problem: Error {
        var message: String
        var pathInsidePolicy: String
    }

    /// Parses and validates `text` as a policy of `kind`.
    ///
    /// Errors (bad JSON, bad grammar, rules of the policy kind) make a ``Problem``; a document that
    /// parsed despite validation errors is still returned with it, so access analysis can use it.
    /// Warnings are lint, not load problems, and are ignored here.
    static func parse(_ text: String, kind: PolicyKind) -> (document: PolicyDocument?, problem: Problem?) {
        let parsed = PolicyDocument.parse(text, kind: kind)
        guard let error = parsed.errors.first else { return (parsed.document, nil) }
        let more = parsed.errors.count > 1 ? " (and \(parsed.errors.count - 1) more)" : ""
        return (parsed.document, Problem(message: error.message + more, pathInsidePolicy: error.path.description))
    }
}
