public import BulwarkIAM

/// The one error BulwarkCatalog throws: a catalog file that is missing, unreadable or not in the
/// expected format, as diagnostics naming the file and line.
public struct CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems; each is an error.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// An error with one diagnostic.
    init(
        _ code: DiagnosticCode,
        file: String? = nil,
        position: TextPosition? = nil,
        _ message: String,
        fix: String? = nil
    ) {
        diagnostics = [Diagnostic(.error, code, file: file, position: position, message: message, fix: fix)]
    }

    /// The code of the first diagnostic, such as ``BulwarkIAM/DiagnosticCode/catalogMalformed``.
    public var code: DiagnosticCode? { diagnostics.first?.code }

    /// The diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension DiagnosticCode {
    /// The bundled catalog resource is missing (a packaging problem).
    public static let catalogMissingResource: DiagnosticCode = "catalog-missing-resource"
    /// A catalog file could not be read.
    public static let catalogUnreadable: DiagnosticCode = "catalog-unreadable"
    /// The text is not in the catalog format.
    public static let catalogMalformed: DiagnosticCode = "catalog-malformed"
}
