/// A policy that is not valid, with every problem found.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems; at least one is an error.
    public var diagnostics: [PolicyDiagnostic]

    /// Creates an error from diagnostics.
    public init(diagnostics: [PolicyDiagnostic]) { self.diagnostics = diagnostics }

    /// The errors, one per line (`LINE:COL: PATH: error: message [code]`).
    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }
        let header = "invalid policy (\(errors.count) error\(errors.count == 1 ? "" : "s"))"
        return ([header] + errors.map { "  \($0)" }).joined(separator: "\n")
    }
}
