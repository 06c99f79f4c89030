extension CompiledCondition.ARNValue {
    /// Compiles an ARN condition value or a `Resource` pattern: fixed unless it has variables.
    package init(_ template: PolicyTemplate) {
        self = template.hasVariables ? .template(template) : .fixed(template.resourcePattern)
    }

    /// Whether the pattern, with variables resolved in `context`, satisfies `test`.
    ///
    /// A variable with no value and no default "will not match any resource" (IAM User Guide,
    /// policy variables), so an unresolved template is `false` without calling `test`.
    package func matches(in context: RequestContext, _ test: (ResourcePattern) -> Bool) -> Bool {
        switch self {
        case .fixed(let pattern):
            return test(pattern)
        case .template(let template):
            guard let elements = template.resolve(in: context, wildcards: true) else { return false }
            return test(ResourcePattern(text: template.source, elements: elements))
        }
    }
}

extension CompiledCondition.ARNValue {
    /// A pattern matching every resource this value can match for some request.
    ///
    /// Each policy variable stands for any text. For comparing patterns (``ResourcePattern/overlaps(_:)``), not for deciding.
    package var anyRequestPattern: ResourcePattern {
        switch self {
        case .fixed(let pattern): pattern
        case .template(let template): ResourcePattern(text: template.source, elements: template.anyValueElements)
        }
    }
}
