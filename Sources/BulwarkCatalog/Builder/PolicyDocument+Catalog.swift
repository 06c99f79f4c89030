public import BulwarkIAM

extension PolicyDocument {
    /// The catalog findings that make a built document an error: names AWS does not know.
    public static let catalogErrorCodes: Set<DiagnosticCode> = [
        .unknownService, .unknownAction, .patternMatchesNothing, .unknownConditionKey,
    ]

    /// This document, after checking its actions and condition keys against the AWS catalog.
    ///
    /// Use it on a document from the policy builder to catch a misspelt action as `policy validate`
    /// would, with the same suggestions:
    ///
    /// ```swift
    /// let policy = try PolicyDocument(kind: .identity) {
    ///     Statement(.allow) {
    ///         Actions("s3:GetObjekt")
    ///         Resources("*")
    ///     }
    /// }
    /// .checked(against: .shared)  // throws: s3 has no action 'GetObjekt' … did you mean s3:GetObject?
    /// ```
    ///
    /// - Parameters:
    ///   - catalog: the catalog, usually `try AWSCatalog.shared`.
    ///   - codes: the catalog findings that are errors; the other findings are ignored (run
    ///     ``CatalogLinter`` to see them all).
    /// - Throws: `IAMError` listing every unknown service, action, pattern and condition key,
    ///   each at its JSON path (`Statement[0].Action[0]`).
    public func checked(
        against catalog: AWSCatalog,
        failingOn codes: Set<DiagnosticCode> = catalogErrorCodes
    ) throws(IAMError) -> PolicyDocument {
        let findings = CatalogLinter(catalog: catalog).lint(self).filter { codes.contains($0.code) }
        guard findings.isEmpty else {
            throw IAMError(
                diagnostics: findings.map { finding in
                    var error = finding
                    error.severity = .error
                    return error
                }
            )
        }
        return self
    }
}
