import BulwarkIAM
import Testing

/// A linter that flags every `Action` entry, as a catalog lint would flag unknown actions.
private struct FlagEveryAction: PolicyLinter {
    func lint(_ policy: ParsedPolicy, document: PolicyDocument) -> [Diagnostic] {
        document.statements.enumerated()
            .flatMap { index, statement in
                statement.action.patterns.indices.map { actionIndex in
                    Diagnostic(
                        .warning,
                        "unknown-action",
                        path: ["Statement", .index(index), "Action", .index(actionIndex)],
                        message: "unknown action"
                    )
                }
            }
    }
}

@Suite struct PolicyLinterTests {
    /// Lint diagnostics are merged in document order and located from their paths.
    @Test func lintDiagnosticsAreMergedAndLocated() {
        var parsed = PolicyDocument.parse(
            "{\"Statement\": {\"Effect\": \"Allow\",\n \"Action\": [\"s3:Get\", \"s3:Put\"], \"Resource\": \"*\"}}"
        )
        parsed.lint(with: [FlagEveryAction()])
        #expect(parsed.diagnostics.map(\.code.rawValue) == ["missing-version", "unknown-action", "unknown-action"])
        #expect(parsed.diagnostics[1].path.description == "Statement.Action[0]")
        #expect(parsed.diagnostics[2].position == TextPosition(line: 2, column: 23, offset: 56))
        #expect(parsed.document != nil)
    }

    /// Model paths find single-value forms in the source.
    @Test func sourcePathsFollowTheSource() {
        let parsed = PolicyDocument.parse(
            #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:Get", "Resource": "*"}}"#
        )
        #expect(parsed.sourcePath(of: ["Statement", 0, "Action", 0]).description == "Statement.Action")
        #expect(parsed.location(of: ["Statement", 0, "Action", 0])?.column == 70)
        #expect(parsed.sourcePath(of: ["Statement", 1]).description == "Statement[1]")
        #expect(parsed.location(of: ["Statement", 1]) == nil)
    }

    /// Linters do not run on invalid documents.
    @Test func lintSkipsInvalidDocuments() {
        var parsed = PolicyDocument.parse(#"{"Statement": {"Action": "s3:Get", "Resource": "*"}}"#)
        parsed.lint(with: [FlagEveryAction()])
        #expect(!parsed.diagnostics.contains { $0.code.rawValue == "unknown-action" })
    }
}
