import BulwarkIAM

extension CatalogLinter {
    /// Unknown keys, keys no action of the statement supports, operator/type mismatches, and set
    /// operators that do not fit the key's cardinality.
    func checkConditions(_ fact: StatementFacts, _ paths: LintPaths) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for condition in fact.statement.conditions where !condition.key.contains("${") {
            let path = paths.condition(fact.path, condition)
            guard let definition = catalog.conditionKey(condition.key) else {
                if !Self.isIdentityProviderKey(condition.key) { diagnostics.append(unknownKey(condition.key, path)) }
                continue
            }
            let family = condition.operator.base.family
            if !definition.accepts(family) {
                let types = definition.types.map(\.rawValue).joined(separator: " or ")
                diagnostics.append(
                    warning(
                        .operatorTypeMismatch,
                        path,
                        "\(condition.operator) compares \(Self.describe(family)), but \(condition.key) is a "
                            + "\(types) key; use \(Self.operators(for: definition))"
                    )
                )
            }
            if definition.isMultivalued && condition.operator.qualifier == nil && family != .null {
                diagnostics.append(
                    warning(
                        .multivaluedKeyWithoutSetOperator,
                        path,
                        "\(condition.key) can carry several values; write ForAnyValue:\(condition.operator) (any "
                            + "value matches) or ForAllValues:\(condition.operator) (every value matches)"
                    )
                )
            }
            if !definition.isMultivalued && condition.operator.qualifier != nil && !definition.isGlobal
                && !definition.key.lowercased().hasPrefix("aws:")
            {
                diagnostics.append(
                    warning(
                        .setOperatorOnSingleValuedKey,
                        path,
                        "\(condition.key) carries one value; drop the \(condition.operator.qualifier?.rawValue ?? "") "
                            + "qualifier"
                    )
                )
            }
            if let problem = unsupported(definition, condition.key, fact) {
                diagnostics.append(warning(.conditionKeyNotSupported, path, problem))
            }
        }
        return diagnostics
    }

    /// Whether `key` names a claim of an OIDC identity provider, such as
    /// `token.actions.githubusercontent.com:sub` or `oidc.eks.us-east-1.amazonaws.com/id/ABC:aud`.
    ///
    /// IAM accepts `PROVIDER-URL:claim` keys for any OIDC provider a role trusts (the IAM User Guide's
    /// "Available keys for AWS OIDC federation"), so the catalog cannot list them all.
    static func isIdentityProviderKey(_ key: String) -> Bool {
        guard let colon = key.lastIndex(of: ":") else { return false }
        let provider = key[..<colon]
        return provider.contains(".") || provider.contains("/")
    }

    private func unknownKey(_ key: String, _ path: JSONPath) -> Diagnostic {
        let hint = catalog.closestConditionKey(to: key).map { " Did you mean '\($0)'?" } ?? ""
        return warning(
            .unknownConditionKey,
            path,
            "\(key) is not a global condition key nor a key of any service in \(catalog.source); the condition "
                + "never finds it in a request.\(hint)"
        )
    }

    /// Why no action of the statement supports the key, or `nil` when one does (or it cannot be known).
    private func unsupported(_ definition: ConditionKeyDefinition, _ key: String, _ fact: StatementFacts) -> String? {
        guard !definition.isGlobal, let actions = fact.actions, !actions.isEmpty else { return nil }
        let wanted = definition.key.lowercased()
        for action in actions where supportedKeys(of: action).contains(where: { $0.lowercased() == wanted }) {
            return nil
        }
        let named = fact.actionSummary
        return "\(key) is not supported by any action of this statement (\(named)), so the request never has "
            + "it; check the key or move the condition to the statement whose actions support it"
    }

    /// Every key an action supports: its own, those listed for its resource types, and those of the
    /// resource type definitions.
    func supportedKeys(of action: AWSAction) -> [String] {
        var keys = action.conditionKeys
        for type in action.resourceTypes {
            keys += type.conditionKeys
            keys += catalog.resourceType(service: action.service, name: type.name)?.conditionKeys ?? []
        }
        return keys
    }

    private static func describe(_ family: OperatorFamily) -> String {
        switch family {
        case .string: "strings"
        case .numeric: "numbers"
        case .date: "dates"
        case .boolean: "booleans"
        case .binary: "binary data"
        case .ipAddress: "IP addresses"
        case .arn: "ARNs"
        case .null: "presence"
        }
    }

    private static func operators(for definition: ConditionKeyDefinition) -> String {
        let names = definition.types.map { type -> String in
            switch type {
            case .numeric: "Numeric… operators"
            case .date: "Date… operators"
            case .bool: "Bool"
            case .ipAddress: "IpAddress or NotIpAddress"
            case .arn: "Arn… operators"
            case .binary: "BinaryEquals"
            default: "String… operators"
            }
        }
        return names.joined(separator: " or ")
    }
}
