import BulwarkIAM

extension CatalogLinter {
    /// Unknown services and actions, patterns matching nothing, redundant patterns, and actions
    /// that support only `"Resource": "*"` in a statement naming specific resources.
    func checkActions(_ fact: StatementFacts, _ paths: LintPaths) -> [Diagnostic] {
        let clause = fact.statement.action
        var diagnostics: [Diagnostic] = []
        for (index, pattern) in fact.patterns.enumerated() where pattern.actions.isEmpty && pattern.text != "*" {
            let path = paths.element(fact.path, clause.elementName, index)
            if let problem = unmatched(pattern.text) { diagnostics.append(problem(path)) }
        }
        diagnostics += redundantPatterns(fact, paths)
        if !clause.isNegated, let resource = fact.statement.resource, !resource.isNegated, !fact.coversEveryResource {
            for (index, pattern) in fact.patterns.enumerated()
            where !pattern.actions.isEmpty && pattern.actions.allSatisfy(\.requiresWildcardResource) {
                let which =
                    pattern.actions.count == 1
                    ? "\(pattern.actions[0]) supports"
                    : "every action \(pattern.text) matches supports"
                diagnostics.append(
                    warning(
                        .actionRequiresWildcardResource,
                        paths.element(fact.path, clause.elementName, index),
                        "\(which) only \"Resource\": \"*\", but this statement names specific resources, so it "
                            + "never applies to \(pattern.text); move it to a statement with \"Resource\": \"*\""
                    )
                )
            }
        }
        return diagnostics
    }

    /// The warning for a pattern that matched nothing, or `nil` when the grammar already rejects it.
    private func unmatched(_ pattern: String) -> ((JSONPath) -> Diagnostic)? {
        guard let colon = pattern.firstIndex(of: ":") else { return nil }
        let service = String(pattern[..<colon])
        let name = pattern[pattern.index(after: colon)...]
        let source = catalog.source.description
        if !Self.hasWildcard(service) && catalog.service(service) == nil {
            let hint = catalog.closestService(to: service).map { " Did you mean '\($0.prefix)'?" } ?? ""
            return {
                warning(.unknownService, $0, "'\(service)' is not a service prefix in \(source).\(hint)")
            }
        }
        if !Self.hasWildcard(pattern), let known = catalog.service(service) {
            let hint = catalog.closestAction(to: pattern).map { " Did you mean '\($0.fullName)'?" } ?? ""
            return {
                warning(.unknownAction, $0, "\(known.name) has no action '\(name)' in \(source).\(hint)")
            }
        }
        return {
            warning(.patternMatchesNothing, $0, "'\(pattern)' matches no action in \(source); check the spelling")
        }
    }

    /// Patterns whose actions another pattern of the same statement already matches.
    private func redundantPatterns(_ fact: StatementFacts, _ paths: LintPaths) -> [Diagnostic] {
        let patterns = fact.patterns
        guard patterns.count > 1 else { return [] }
        var sets: [Set<String>] = []
        for pattern in patterns {
            sets.append(pattern.text == "*" ? [] : Set(pattern.actions.map(\.fullName)))
        }
        var diagnostics: [Diagnostic] = []
        for (index, pattern) in patterns.enumerated() where !pattern.actions.isEmpty && pattern.text != "*" {
            let cover = patterns.indices.first { other in
                guard other != index, !patterns[other].actions.isEmpty else { return false }
                if patterns[other].text == "*" { return true }
                guard sets[index].isSubset(of: sets[other]) else { return false }
                // Two patterns matching the same actions: keep the first, flag the later one.
                return sets[index].count < sets[other].count || other < index
            }
            guard let cover else { continue }
            diagnostics.append(
                warning(
                    .redundantAction,
                    paths.element(fact.path, fact.statement.action.elementName, index),
                    "'\(pattern.text)' is redundant: '\(patterns[cover].text)' in the same statement already "
                        + "matches every action it matches"
                )
            )
        }
        return diagnostics
    }

    static func hasWildcard(_ text: some StringProtocol) -> Bool {
        text.contains("*") || text.contains("?")
    }
}
