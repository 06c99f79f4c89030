import BulwarkIAM

extension CatalogLinter {
    /// `Resource` entries that fit the ARN template of none of the statement's actions.
    func checkResources(
        _ fact: StatementFacts,
        _ paths: LintPaths,
        variablesEnabled: Bool
    ) -> [PolicyDiagnostic] {
        guard let resource = fact.statement.resource, !resource.isNegated, let actions = fact.actions,
            !actions.isEmpty
        else { return [] }
        var types: [AWSResourceType] = []
        var seen: Set<String> = []
        for action in actions {
            for entry in action.resourceTypes where seen.insert(action.service + ":" + entry.name).inserted {
                if let type = catalog.resourceType(service: action.service, name: entry.name) { types.append(type) }
            }
        }
        var diagnostics: [PolicyDiagnostic] = []
        for (index, arn) in resource.patterns.enumerated() where arn != "*" && arn.hasPrefix("arn:") {
            let pattern = Self.glob(arn, variablesEnabled: variablesEnabled)
            let service = AWSResourceType.serviceField(of: arn)
            let fits = types.contains { type in
                // A template whose service field is literal can only fit an ARN of that service.
                if !service.isEmpty, !Self.hasWildcard(service), !type.arnService.isEmpty,
                    type.arnService != service
                {
                    return false
                }
                return type.glob.intersects(pattern)
            }
            guard !fits else { continue }
            let named = actions.prefix(3).map(\.fullName).joined(separator: ", ") + (actions.count > 3 ? ", …" : "")
            let expected = types.prefix(3).map { "\($0.name) (\($0.arnTemplate))" }.joined(separator: "; ")
            diagnostics.append(
                warning(
                    .resourceMatchesNoAction,
                    paths.element(fact.path, resource.elementName, index),
                    "\(arn) fits no resource type of this statement's actions (\(named)), so the statement never "
                        + "applies to it"
                        + (expected.isEmpty
                            ? "; these actions take only \"Resource\": \"*\"" : "; expected \(expected)")
                )
            )
        }
        return diagnostics
    }

    /// A `Resource` entry as one wildcard pattern over its whole text, with each policy variable
    /// standing for any text (`${*}`, `${?}` and `${$}` are the literal characters).
    static func glob(_ text: String, variablesEnabled: Bool) -> Glob {
        var elements: [Int16] = []
        for part in PolicyTemplate(text, variablesEnabled: variablesEnabled).parts {
            switch part {
            case .text(let literal): elements += Glob.elements(wildcardText: literal)
            case .escaped(let character): elements += character.utf8.map { Int16($0) }
            case .variable: elements.append(Glob.star)
            }
        }
        return Glob(elements: elements, caseInsensitive: false)
    }
}
