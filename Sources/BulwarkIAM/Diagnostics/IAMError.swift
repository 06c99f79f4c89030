/// The one error BulwarkIAM throws: the input was not valid, with every problem found.
///
/// Parsing an ARN, a policy or an IAM test vector file throws this error; its ``diagnostics`` say
/// what is wrong and where (file, JSON path, line and column) with a stable ``DiagnosticCode``.
public struct IAMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems; at least one is an error.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// Creates an error with one diagnostic at error severity.
    public init(_ code: DiagnosticCode, file: String? = nil, path: JSONPath = .root, message: String) {
        diagnostics = [Diagnostic(.error, code, file: file, path: path, message: message)]
    }

    /// The errors among ``diagnostics``.
    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }

    /// The code of the first error, for callers that branch on one reason.
    public var code: DiagnosticCode? { errors.first?.code ?? diagnostics.first?.code }

    /// The message of the first error.
    public var message: String { errors.first?.message ?? diagnostics.first?.message ?? "invalid input" }

    /// One error per line: `FILE:LINE:COL: PATH: error: message [code]`.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
