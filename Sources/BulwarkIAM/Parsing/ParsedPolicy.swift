/// The result of parsing and validating policy text: the document when it is valid, every problem
/// found, and the located JSON tree for looking up where a path is.
public struct ParsedPolicy: Sendable, Hashable {
    /// The document, or `nil` when any error was found (warnings alone keep the document).
    public var document: PolicyDocument?
    /// Every problem found, errors and warnings, in document order.
    public var diagnostics: [Diagnostic]
    /// The kind of policy the rules were checked for.
    public var kind: PolicyKind
    /// The parsed JSON, or `nil` when the text is not valid JSON.
    public var json: LocatedJSON?

    /// Creates a result.
    public init(document: PolicyDocument?, diagnostics: [Diagnostic], kind: PolicyKind, json: LocatedJSON?) {
        self.document = document
        self.diagnostics = diagnostics
        self.kind = kind
        self.json = json
    }

    /// Where the value at `path` starts in the source, or `nil` when the path leads nowhere.
    ///
    /// Paths built from the model (`Statement[0].Action[0]`) also find values written in the
    /// single-value form (`"Statement": {…}`, `"Action": "s3:GetObject"`); see ``sourcePath(of:)``.
    public func location(of path: JSONPath) -> TextPosition? {
        guard let json else { return nil }
        return json.value(at: sourcePath(of: path))?.location
    }

    /// The path as written in the source: index `0` steps into a value that is not an array are
    /// dropped, since policies may write a one-element list as the element itself.
    ///
    /// `Statement[0].Action[0]` becomes `Statement.Action` for
    /// `{"Statement": {"Action": "s3:GetObject", …}}`. Paths that lead nowhere are returned unchanged.
    public func sourcePath(of path: JSONPath) -> JSONPath {
        guard var node = json else { return path }
        var components: [JSONPath.Component] = []
        for component in path.components {
            switch component {
            case .index(let index):
                if let elements = node.elements {
                    guard elements.indices.contains(index) else { return path }
                    node = elements[index]
                    components.append(component)
                } else if index != 0 {
                    return path
                }
            case .key(let key):
                guard let next = node[key] else { return path }
                node = next
                components.append(component)
            }
        }
        return JSONPath(components)
    }

    /// Whether any diagnostic is an error (then ``document`` is `nil`).
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Adds diagnostics from a later pass (such as a ``PolicyLinter``), keeping document order.
    ///
    /// Paths are rewritten to the source's form (``sourcePath(of:)``); diagnostics without a
    /// location get one from their path when the path exists in ``json``.
    public mutating func merge(_ more: [Diagnostic]) {
        guard !more.isEmpty else { return }
        let located = more.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.path = sourcePath(of: diagnostic.path)
            if diagnostic.position == nil { diagnostic.position = location(of: diagnostic.path) }
            return diagnostic
        }
        diagnostics = (diagnostics + located).sortedByPosition()
        if diagnostics.containsErrors { document = nil }
    }
}
