/// One problem found in an input: how bad, which rule, where, what is wrong and how to fix it.
///
/// Every module reports problems with this one shape: policy grammar and lint, IAM test vectors,
/// ARNs, the action catalog and account snapshots. `file` names the input when there is one,
/// `path` the JSON path inside it (`Statement[2].Condition.StringLike`), `position` the line and
/// column when the text was parsed here.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The input is rejected (AWS would reject the policy, or it is not what was expected at all).
        case error
        /// The input is accepted, but it is probably not what was meant.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Error or warning.
    public var severity: Severity
    /// The rule that fired, stable across releases.
    public var code: DiagnosticCode
    /// The input the problem is in, such as a file name, when known.
    public var file: String?
    /// Where in the document: `Statement[2].Condition.StringLike`; empty for the whole input.
    public var path: JSONPath
    /// Line, column and byte offset, when known.
    public var position: TextPosition?
    /// What is wrong, in one or two sentences.
    public var message: String
    /// What to do about it, when that is not already in ``message``.
    public var fix: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ code: DiagnosticCode,
        file: String? = nil,
        path: JSONPath = .root,
        position: TextPosition? = nil,
        message: String,
        fix: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.file = file
        self.path = path
        self.position = position
        self.message = message
        self.fix = fix
    }

    /// Whether this is an error.
    public var isError: Bool { severity == .error }

    /// `FILE:LINE:COL: PATH: severity: message fix [code]`, leaving out what is unknown.
    public var description: String {
        var place = file ?? ""
        if let position { place += place.isEmpty ? "\(position)" : ":\(position)" }
        var parts = place.isEmpty ? [] : [place]
        if !path.components.isEmpty { parts.append(path.description) }
        let text = fix.map { "\(message); \($0)" } ?? message
        parts.append("\(severity.rawValue): \(text) [\(code)]")
        return parts.joined(separator: ": ")
    }
}

extension [Diagnostic] {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in document order (those without a position first), stable otherwise.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated()
            .sorted { lhs, rhs in
                let left = lhs.element.position?.offset ?? -1
                let right = rhs.element.position?.offset ?? -1
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
