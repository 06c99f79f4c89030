public import BulwarkIAM

/// Checks a policy against the service catalog: unknown services, actions and condition keys,
/// patterns that match nothing, conditions and resources that cannot apply, and redundancy.
///
/// Every finding is a warning with the JSON path of the element at fault. Plug it into policy
/// validation with `parsed.lint(with: [CatalogLinter(catalog: try .shared)])`, or call
/// ``lint(_:json:)`` on a document directly.
public struct CatalogLinter: PolicyLinter {
    /// The catalog the policy is checked against.
    public let catalog: AWSCatalog

    /// Creates a linter for `catalog`.
    public init(catalog: AWSCatalog) {
        self.catalog = catalog
    }

    /// The catalog findings for a policy that parsed without errors.
    public func lint(_ policy: ParsedPolicy, document: PolicyDocument) -> [Diagnostic] {
        lint(document, json: policy.json)
    }

    /// The catalog findings for `document`; `json`, when given, makes paths follow the written shape.
    public func lint(_ document: PolicyDocument, json: LocatedJSON? = nil) -> [Diagnostic] {
        let paths = LintPaths(json: json)
        var diagnostics: [Diagnostic] = []
        var facts: [StatementFacts] = []
        for (index, statement) in document.statements.enumerated() {
            let fact = StatementFacts(statement: statement, path: paths.statement(index), catalog: catalog)
            diagnostics += checkActions(fact, paths)
            diagnostics += checkConditions(fact, paths)
            diagnostics += checkResources(fact, paths, variablesEnabled: document.supportsPolicyVariables)
            facts.append(fact)
        }
        diagnostics += checkRedundantStatements(facts, variablesEnabled: document.supportsPolicyVariables)
        return diagnostics
    }

    func warning(_ code: DiagnosticCode, _ path: JSONPath, _ message: String) -> Diagnostic {
        Diagnostic(.warning, code, path: path, message: message)
    }
}

/// A statement with its action patterns resolved against the catalog.
struct StatementFacts {
    /// The statement.
    let statement: PolicyStatement
    /// `Statement[i]`.
    let path: JSONPath
    /// Each `Action`/`NotAction` pattern with the actions it matches, in document order.
    let patterns: [(text: String, actions: [AWSAction])]
    /// The actions the statement applies to (`nil` for `NotAction`: nearly every action).
    let actions: [AWSAction]?

    init(statement: PolicyStatement, path: JSONPath, catalog: AWSCatalog) {
        self.statement = statement
        self.path = path
        patterns = statement.action.patterns.map { ($0, catalog.actions(matching: $0)) }
        if statement.action.isNegated {
            actions = nil
        } else {
            var seen: Set<String> = []
            actions = patterns.flatMap(\.actions).filter { seen.insert($0.fullName).inserted }
        }
    }

    /// The statement's action patterns as written, for messages: `s3:GetObject, ec2:*` (at most three).
    var actionSummary: String {
        let texts = patterns.map(\.text)
        return texts.prefix(3).joined(separator: ", ") + (texts.count > 3 ? ", …" : "")
    }

    /// Whether the statement's resources are all of them (`"Resource": "*"` or no resource element).
    var coversEveryResource: Bool {
        guard let resource = statement.resource else { return true }
        return !resource.isNegated && resource.patterns.contains("*")
    }
}
