extension PolicyDocument {
    /// Builds a policy document from statements written in Swift, checked as AWS would check a policy
    /// of `kind`.
    ///
    /// ```swift
    /// let policy = try PolicyDocument(kind: .identity) {
    ///     Statement(.allow, sid: "ReadArtifacts") {
    ///         Actions("s3:GetObject")
    ///         Resources("arn:aws:s3:::artifacts/*")
    ///     }
    /// }
    /// ```
    ///
    /// The document is the same value ``init(json:kind:)`` gives for the JSON that
    /// ``jsonString(pretty:)`` writes for it.
    ///
    /// - Parameters:
    ///   - kind: the kind of policy, whose rules apply (a trust policy needs a `Principal`, an identity
    ///     policy may not have one).
    ///   - version: the `Version` element; policy variables work only with `2012-10-17`.
    ///   - id: the optional `Id` element.
    ///   - strictness: `.evaluation` accepts what AWS evaluates but would refuse to store.
    ///   - checkingQuotas: `false` for a policy AWS already stores (AWS managed policies exceed the
    ///     customer quotas).
    ///   - statements: the statements, in order.
    /// - Throws: ``IAMError`` listing every error, each naming its statement by path
    ///   (`Statement[1].Principal`) and `Sid`; quotas (size, characters) count too.
    public init(
        kind: PolicyKind,
        version: PolicyVersion? = .v2012_10_17,
        id: String? = nil,
        strictness: PolicyStrictness = .authoring,
        checkingQuotas: Bool = true,
        @PolicyBuilder statements: () -> [Statement]
    ) throws(IAMError) {
        let built = statements()
        let document = PolicyDocument(version: version, id: id, statements: built.map(\.statement))
        var diagnostics: [Diagnostic] = []
        for (index, statement) in built.enumerated() {
            for problem in statement.problems {
                let path = JSONPath(["Statement", .index(index)] + problem.path)
                diagnostics.append(Diagnostic(.error, problem.code, path: path, message: problem.message))
            }
        }
        let parsed = PolicyDocument.parse(
            LocatedJSON(document.jsonValue),
            kind: kind,
            checkingQuotas: checkingQuotas,
            strictness: strictness
        )
        diagnostics += parsed.diagnostics
        guard !diagnostics.containsErrors else {
            throw IAMError(diagnostics: diagnostics.map { Self.naming($0, in: built) })
        }
        self = document
    }

    /// Adds the statement's `Sid` to a message about it, so the error names the statement.
    private static func naming(_ diagnostic: Diagnostic, in statements: [Statement]) -> Diagnostic {
        guard diagnostic.path.components.count >= 2, case .index(let index) = diagnostic.path.components[1],
            statements.indices.contains(index)
        else { return diagnostic }
        var named = diagnostic
        let name = statements[index].statement.sid.map { "statement \"\($0)\"" } ?? "statement \(index + 1)"
        named.message = "\(name): \(diagnostic.message)"
        return named
    }
}
