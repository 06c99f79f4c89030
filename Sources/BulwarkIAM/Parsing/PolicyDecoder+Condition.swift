extension PolicyDecoder {
    /// Decodes `Condition`: operator → key → value or array of values, in document order.
    mutating func decodeConditions(_ node: LocatedJSON, at path: JSONPath, effect: Effect?) -> [Condition] {
        guard let members = node.members else {
            wrongType(
                node,
                path,
                expected: "an object such as {\"StringEquals\": {\"aws:PrincipalTag/team\": \"blue\"}}"
            )
            return []
        }
        if members.isEmpty {
            warning(.emptyCondition, path, node.location, "the Condition block is empty; remove it")
        }
        let operators = fields(of: members, at: path, known: nil)
        var conditions: [Condition] = []
        var forAllValues: [(key: String, path: JSONPath, location: TextPosition)] = []
        for member in members where operators[member.key] == member {
            let operatorPath = path.appending(key: member.key)
            guard let op = ConditionOperator(member.key) else {
                error(.unknownOperator, operatorPath, member.keyLocation, Self.unknownOperatorMessage(member.key))
                continue
            }
            guard let keyMembers = member.value.members else {
                wrongType(
                    member.value,
                    operatorPath,
                    expected: "an object of condition keys, such as {\"aws:SourceIp\": \"203.0.113.0/24\"}"
                )
                continue
            }
            if keyMembers.isEmpty {
                warning(
                    .emptyCondition,
                    operatorPath,
                    member.value.location,
                    "\(member.key) has no condition keys; remove it"
                )
            }
            let keys = fields(of: keyMembers, at: operatorPath, known: nil)
            warnAboutKeysDifferingInCase(keyMembers, keys: keys, at: operatorPath)
            for keyMember in keyMembers where keys[keyMember.key] == keyMember {
                let keyPath = operatorPath.appending(key: keyMember.key)
                checkConditionKey(keyMember, op: op, at: keyPath)
                guard let values = decodeConditionValues(keyMember.value, op: op, at: keyPath) else { continue }
                conditions.append(Condition(op, key: keyMember.key, values: values))
                if op.qualifier == .forAllValues {
                    forAllValues.append((keyMember.key, keyPath, keyMember.keyLocation))
                }
            }
        }
        if effect == .allow { checkForAllValues(forAllValues, conditions: conditions) }
        return conditions
    }

    /// Condition keys compare case-insensitively, so `aws:SourceIp` and `aws:sourceip` in one
    /// operator block are the same key written twice.
    private mutating func warnAboutKeysDifferingInCase(
        _ members: [JSONMember],
        keys: [String: JSONMember],
        at path: JSONPath
    ) {
        var seen: [String: String] = [:]
        for member in members where keys[member.key] == member {
            let lowered = member.key.lowercased()
            if let first = seen[lowered] {
                warning(
                    .duplicateKey,
                    path.appending(key: member.key),
                    member.keyLocation,
                    "'\(member.key)' is the same condition key as '\(first)' (keys are case-insensitive); merge their values into one entry"
                )
            } else {
                seen[lowered] = member.key
            }
        }
    }

    /// The operator `name` probably meant: the longest operator name that the name starts or ends
    /// with, or that starts with the name (ignoring case, a `ForAnyValue:`/`ForAllValues:` prefix
    /// and an `IfExists` suffix), preferring `…IgnoreCase` when the name mentions case.
    private static func suggestion(for name: String) -> String? {
        var lowered = Substring(name.lowercased())
        if let colon = lowered.firstIndex(of: ":") { lowered = lowered[lowered.index(after: colon)...] }
        for suffix in ["ifexists", "ifexist"] where lowered.hasSuffix(suffix) {
            lowered = lowered.dropLast(suffix.count)
            break
        }
        let names = BaseOperator.allCases.map(\.rawValue)
        if let exact = names.first(where: { $0.lowercased() == lowered }) { return exact }
        let contained = names.filter { lowered.hasPrefix($0.lowercased()) || lowered.hasSuffix($0.lowercased()) }
        if let best = contained.max(by: { $0.count < $1.count }) {
            if lowered.contains("case"), BaseOperator(rawValue: best + "IgnoreCase") != nil {
                return best + "IgnoreCase"
            }
            return best
        }
        guard lowered.count >= 4 else { return nil }
        return names.filter { $0.lowercased().hasPrefix(lowered) }.min { $0.count < $1.count }
    }

    private static func unknownOperatorMessage(_ name: String) -> String {
        if name.hasSuffix("NullIfExists") {
            return
                "'\(name)' is not an operator: Null already tests whether the key exists, so it takes no IfExists; use Null"
        }
        let hint =
            suggestion(for: name).map { "; did you mean \($0)? (operator names are case-sensitive)" }
            ?? "; see the IAM condition operators, such as StringEquals, ArnLike, IpAddress, Bool"
        return "unknown condition operator '\(name)'\(hint)"
    }

    private mutating func checkConditionKey(_ member: JSONMember, op: ConditionOperator, at path: JSONPath) {
        let key = member.key
        if PolicyTemplate.containsVariable(key) {
            error(
                .variableNotAllowed,
                path,
                member.keyLocation,
                "policy variables are not substituted in condition keys; name the key"
            )
            return
        }
        guard ConditionKeyFacts.isWellFormed(key) else {
            error(
                .invalidConditionKey,
                path,
                member.keyLocation,
                "'\(key)' is not a condition key: keys are prefixed with a service, such as aws:SourceIp or s3:prefix"
            )
            return
        }
        if let qualifier = op.qualifier, ConditionKeyFacts.isSingleValued(key) {
            warning(
                .setOperatorOnSingleValuedKey,
                path,
                member.keyLocation,
                "\(key) has a single value, so \(qualifier.rawValue): does not apply; use \(op.base.rawValue)\(op.ifExists ? "IfExists" : "") without the qualifier"
            )
        }
    }

    private mutating func decodeConditionValues(_ node: LocatedJSON, op: ConditionOperator, at path: JSONPath)
        -> [ConditionValue]?
    {
        var located: [(LocatedJSON, Int?)] = []
        if let elements = node.elements {
            if elements.isEmpty {
                warning(.emptyCondition, path, node.location, "the condition lists no values; list at least one")
            }
            located = elements.enumerated().map { ($1, $0) }
        } else {
            located = [(node, nil)]
        }
        var values: [ConditionValue] = []
        var usable = true
        for (element, index) in located {
            var elementPath: JSONPath { index.map { path.appending(index: $0) } ?? path }
            switch element.value {
            case .string(let text):
                values.append(.string(text))
                checkVariables(in: StringValue(text: text, location: element.location, path: path, index: index))
            case .bool(let bool):
                values.append(.boolean(bool))
            case .number(let text):
                guard element.value.doubleValue != nil else {
                    error(
                        .numberOutOfRange,
                        elementPath,
                        element.location,
                        "the number \(text.prefix(40)) is out of range; write a number between ±1.8e308"
                    )
                    usable = false
                    continue
                }
                values.append(.number(text))
            default:
                error(
                    .invalidConditionValue,
                    elementPath,
                    element.location,
                    "a condition value must be a string, number or boolean (or an array of them), not \(Self.describe(element.value))"
                )
                usable = false
                continue
            }
            if let last = values.last, let problem = ConditionValueSyntax.problem(with: last, for: op.base.family) {
                warning(.conditionValueType, elementPath, element.location, problem)
            }
        }
        return usable ? values : nil
    }

    /// `ForAllValues:` with Allow and no `Null` check on the same key (linear: one set of checked keys).
    private mutating func checkForAllValues(
        _ uses: [(key: String, path: JSONPath, location: TextPosition)],
        conditions: [Condition]
    ) {
        guard !uses.isEmpty else { return }
        let nullChecked = Set(conditions.lazy.filter { $0.operator.base == .null }.map { $0.key.lowercased() })
        for use in uses where !nullChecked.contains(use.key.lowercased()) {
            warning(
                .forAllValuesWithAllow,
                use.path,
                use.location,
                "ForAllValues is true when \(use.key) is missing or empty, so this Allow can grant without it; "
                    + "add \"Null\": {\"\(use.key)\": \"false\"} or use ForAnyValue"
            )
        }
    }
}
