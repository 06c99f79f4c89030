import BulwarkIAM

extension CatalogLinter {
    /// Statements whose every action and resource another statement with the same effect,
    /// principal and conditions already covers.
    func checkRedundantStatements(_ facts: [StatementFacts], variablesEnabled: Bool) -> [Diagnostic] {
        guard facts.count > 1 else { return [] }
        let sets = facts.map { fact in fact.actions.map { Set($0.map(\.fullName)) } }
        var diagnostics: [Diagnostic] = []
        for (index, fact) in facts.enumerated() {
            guard let actions = sets[index], !actions.isEmpty else { continue }
            let cover = facts.indices.first { other in
                guard other != index, let broader = sets[other], actions.isSubset(of: broader) else { return false }
                guard Self.sameScope(fact.statement, facts[other].statement) else { return false }
                guard
                    Self.resources(
                        of: fact.statement,
                        coveredBy: facts[other].statement,
                        variablesEnabled: variablesEnabled
                    )
                else { return false }
                // Two statements covering each other: keep the first, flag the later one.
                return other < index
                    || !Self.resources(
                        of: facts[other].statement,
                        coveredBy: fact.statement,
                        variablesEnabled: variablesEnabled
                    )
                    || actions.count < broader.count
            }
            guard let cover else { continue }
            diagnostics.append(
                warning(
                    .redundantStatement,
                    fact.path,
                    "this statement is redundant: \(facts[cover].path) has the same effect, principal and "
                        + "conditions and already covers all of its actions and resources; remove it or merge them"
                )
            )
        }
        return diagnostics
    }

    /// Same effect, principal and conditions (conditions compared as a set).
    static func sameScope(_ a: PolicyStatement, _ b: PolicyStatement) -> Bool {
        a.effect == b.effect && a.principal == b.principal && Set(a.conditions) == Set(b.conditions)
    }

    /// Whether every resource `narrower` names is matched by a resource pattern of `broader`.
    static func resources(
        of narrower: PolicyStatement,
        coveredBy broader: PolicyStatement,
        variablesEnabled: Bool
    ) -> Bool {
        switch (narrower.resource, broader.resource) {
        case (nil, nil): return true
        case (.resource(let inner)?, .resource(let outer)?):
            return inner.allSatisfy { arn in outer.contains { covers($0, arn, variablesEnabled: variablesEnabled) } }
        default: return false
        }
    }

    /// Whether the resource pattern `broader` matches everything `narrower` matches.
    ///
    /// A policy variable in `narrower` may stand for any text; one in `broader` depends on the
    /// request, so then only the same text counts as covering.
    static func covers(_ broader: String, _ narrower: String, variablesEnabled: Bool) -> Bool {
        if broader == narrower { return true }
        if variablesEnabled && broader.contains("${") { return false }
        return glob(broader, variablesEnabled: false).covers(glob(narrower, variablesEnabled: variablesEnabled))
    }
}
