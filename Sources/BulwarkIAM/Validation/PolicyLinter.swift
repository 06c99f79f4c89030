/// A later pass over a parsed policy that adds diagnostics, such as checking actions and condition
/// keys against the service catalog.
///
/// Linters run after grammar validation, only on documents without errors. Report paths such as
/// `Statement[0].Action[2]`; ``ParsedPolicy/merge(_:)`` fills in line and column from the path.
public protocol PolicyLinter: Sendable {
    /// The extra diagnostics for `policy` (whose ``ParsedPolicy/document`` is not `nil`).
    func lint(_ policy: ParsedPolicy, document: PolicyDocument) -> [Diagnostic]
}

extension ParsedPolicy {
    /// Runs `linters` when the document parsed without errors and merges what they report.
    public mutating func lint(with linters: [any PolicyLinter]) {
        guard let document else { return }
        for linter in linters {
            merge(linter.lint(self, document: document))
        }
    }
}
