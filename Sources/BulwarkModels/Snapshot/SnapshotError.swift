public import BulwarkIAM

/// The one error BulwarkModels throws: a directory that could not be loaded as a snapshot at all.
///
/// Anything less (a malformed or unreadable file) is a warning in ``AccountSnapshot/issues`` and an
/// unknown value, and the rest of the snapshot still loads.
public struct SnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, naming the directory as their file.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// An error about the directory at `path`.
    init(_ code: DiagnosticCode, path: String, message: String, fix: String) {
        diagnostics = [Diagnostic(.error, code, file: path, message: message, fix: fix)]
    }

    /// The code of the first diagnostic, such as ``BulwarkIAM/DiagnosticCode/notADirectory``.
    public var code: DiagnosticCode? { diagnostics.first?.code }

    /// `<path>: <message>; <fix>`, one diagnostic per line.
    public var description: String {
        diagnostics.map { diagnostic in
            let text = diagnostic.fix.map { "\(diagnostic.message); \($0)" } ?? diagnostic.message
            return diagnostic.file.map { "\($0): \(text)" } ?? text
        }
        .joined(separator: "\n")
    }
}

extension DiagnosticCode {
    /// Nothing exists at the path given as a snapshot directory.
    public static let noSuchDirectory: DiagnosticCode = "no-such-directory"
    /// The path given as a snapshot directory is a file.
    public static let notADirectory: DiagnosticCode = "not-a-directory"
    /// The directory has neither `manifest.json` nor `global/`.
    public static let notASnapshot: DiagnosticCode = "not-a-snapshot"
}
