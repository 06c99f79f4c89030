/// One problem found in a policy: how bad, which rule, where, and how to fix it.
public struct PolicyDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        /// AWS would reject the policy (or it is not a policy at all).
        case error
        /// AWS accepts the policy, but it is probably not what was meant.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Error or warning.
    public var severity: Severity
    /// The rule that fired, stable across releases.
    public var code: DiagnosticCode
    /// Where in the document: `Statement[2].Condition.StringLike`.
    public var path: JSONPath
    /// Line, column and byte offset, when known.
    public var location: SourceLocation?
    /// What is wrong and how to fix it, in one or two sentences.
    public var message: String

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ code: DiagnosticCode,
        path: JSONPath,
        location: SourceLocation? = nil,
        message: String
    ) {
        self.severity = severity
        self.code = code
        self.path = path
        self.location = location
        self.message = message
    }

    /// Whether this is an error.
    public var isError: Bool { severity == .error }

    /// `LINE:COL: PATH: severity: message [code]`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(path): \(severity.rawValue): \(message) [\(code)]"
    }
}

extension [PolicyDiagnostic] {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in document order (those without a location first), stable otherwise.
    public func sortedByLocation() -> [PolicyDiagnostic] {
        enumerated()
            .sorted { lhs, rhs in
                let left = lhs.element.location?.offset ?? -1
                let right = rhs.element.location?.offset ?? -1
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
