extension PolicyDecoder {
    static let statementElements = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    ]

    /// Decodes one statement; `statement` is `nil` when a required part could not be decoded.
    mutating func decodeStatement(_ node: LocatedJSON, at path: JSONPath) -> DecodedStatement {
        var result = DecodedStatement(path: path)
        guard let members = node.members else {
            wrongType(node, path, expected: "an object with Effect, Action and Resource")
            return result
        }
        let fields = fields(of: members, at: path, known: Self.statementElements)
        if let member = fields["Sid"] {
            result.sid = decodeSid(member, at: path.appending(key: "Sid"))
            result.sidLocation = member.value.location
        }
        let effect = decodeEffect(fields["Effect"], statement: node, at: path)
        let principal = decodePrincipalClause(fields, statement: node, at: path, effect: effect)
        let action = decodeActionClause(fields, statement: node, at: path)
        let resource = decodeResourceClause(fields, statement: node, at: path)
        var conditions: [Condition] = []
        if let member = fields["Condition"] {
            conditions = decodeConditions(member.value, at: path.appending(key: "Condition"), effect: effect)
        }
        guard let effect, let action else { return result }
        let statement = PolicyStatement(
            sid: result.sid,
            effect: effect,
            principal: principal,
            action: action,
            resource: resource,
            conditions: conditions
        )
        checkStatement(statement, fields: fields, at: path)
        result.statement = statement
        return result
    }

    private mutating func decodeSid(_ member: JSONMember, at path: JSONPath) -> String? {
        guard let sid = member.value.value.stringValue else {
            wrongType(member.value, path, expected: "a string")
            return nil
        }
        let isAlphanumeric = sid.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
                || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
        }
        if kind.isStoredByIAM && !isAlphanumeric {
            error(
                .invalidSid,
                path,
                member.value.location,
                "Sid '\(sid)' may only use ASCII letters and digits in an IAM \(kind.displayName); remove spaces and symbols"
            )
        }
        return sid
    }

    private mutating func decodeEffect(_ member: JSONMember?, statement: LocatedJSON, at path: JSONPath) -> Effect? {
        let effectPath = path.appending(key: "Effect")
        guard let member else {
            error(
                .missingElement,
                effectPath,
                statement.location,
                "the statement has no Effect; add \"Effect\": \"Allow\" or \"Deny\""
            )
            return nil
        }
        guard let text = member.value.value.stringValue else {
            wrongType(member.value, effectPath, expected: "\"Allow\" or \"Deny\"")
            return nil
        }
        guard let effect = Effect(rawValue: text) else {
            let hint =
                Effect.allCases.first { $0.rawValue.lowercased() == text.lowercased() }
                .map { "; the value is case-sensitive: write \"\($0.rawValue)\"" } ?? ""
            error(
                .invalidEffect,
                effectPath,
                member.value.location,
                "Effect must be \"Allow\" or \"Deny\", not '\(text)'\(hint)"
            )
            return nil
        }
        return effect
    }

    /// Reports `name` and `notName` both present, or neither when `requirement` is `.required`,
    /// or either when `.forbidden`; returns the member to decode and whether it is the negated one.
    mutating func pickClause(
        _ fields: [String: JSONMember],
        _ name: String,
        statement: LocatedJSON,
        at path: JSONPath,
        requirement: ElementRequirement,
        missingHint: String
    ) -> (member: JSONMember, negated: Bool)? {
        let positive = fields[name]
        let negative = fields["Not" + name]
        if let positive, let negative {
            let later = positive.keyLocation < negative.keyLocation ? negative : positive
            error(
                .conflictingElements,
                path.appending(key: later.key),
                later.keyLocation,
                "a statement can have \(name) or Not\(name), not both; remove one"
            )
        }
        switch (positive, negative, requirement) {
        case (nil, nil, .required):
            // Evaluation: no Principal names nobody; no Resource in a resource policy means the resource
            // the policy is attached to (see PolicyStrictness).
            let tolerated =
                (name == "Principal" && (kind == .resource || kind == .trustPolicy || kind == .endpoint))
                || (name == "Resource" && kind == .resource)
            report(
                evaluating && tolerated ? .warning : .error,
                .missingElement,
                path.appending(key: name),
                statement.location,
                "the statement has no \(name) or Not\(name); \(missingHint)"
            )
            return nil
        case (nil, nil, _):
            return nil
        default:
            break
        }
        guard let chosen = positive ?? negative else { return nil }
        if requirement == .forbidden {
            // Evaluation: a Principal where the kind has none, or a Resource in a trust policy, is ignored
            // (see PolicyStrictness).
            let ignored = evaluating && (name == "Principal" || (name == "Resource" && kind == .trustPolicy))
            report(
                ignored ? .warning : .error,
                .elementNotAllowed,
                path.appending(key: chosen.key),
                chosen.keyLocation,
                "\(kind.displayNameWithArticle) cannot have \(chosen.key); \(Self.forbiddenHint(name, kind))"
            )
            if ignored { return nil }
        }
        return (chosen, chosen.key != name)
    }

    private static func forbiddenHint(_ name: String, _ kind: PolicyKind) -> String {
        switch name {
        case "Principal":
            "the principal is whoever the policy is attached to, so remove the element (or, if this is a resource-based or trust policy, check it as one)"
        case "Resource": "a trust policy controls who can assume the role; remove the element"
        default: "remove the element"
        }
    }

    private mutating func decodeActionClause(_ fields: [String: JSONMember], statement: LocatedJSON, at path: JSONPath)
        -> ActionClause?
    {
        guard
            let (member, negated) = pickClause(
                fields,
                "Action",
                statement: statement,
                at: path,
                requirement: .required,
                missingHint: "add \"Action\": \"service:Action\" (such as \"s3:GetObject\")"
            )
        else { return nil }
        let memberPath = path.appending(key: member.key)
        guard let values = decodeStringList(member.value, at: memberPath) else { return nil }
        for value in values { checkAction(value) }
        let patterns = values.map(\.text)
        return negated ? .notAction(patterns) : .action(patterns)
    }

    private mutating func decodeResourceClause(
        _ fields: [String: JSONMember],
        statement: LocatedJSON,
        at path: JSONPath
    )
        -> ResourceClause?
    {
        guard
            let (member, negated) = pickClause(
                fields,
                "Resource",
                statement: statement,
                at: path,
                requirement: kind.resourceRequirement,
                missingHint: "add \"Resource\": \"*\" or an ARN"
            )
        else { return nil }
        let memberPath = path.appending(key: member.key)
        guard let values = decodeStringList(member.value, at: memberPath) else { return nil }
        for value in values { checkResource(value) }
        let patterns = values.map(\.text)
        return negated ? .notResource(patterns) : .resource(patterns)
    }
}
