extension PolicyDocument {
    /// The document as canonical JSON.
    ///
    /// Elements appear in a fixed order (`Version`, `Id`, `Statement`; in statements `Sid`, `Effect`,
    /// `Principal`, `Action`, `Resource`, `Condition`); `Statement` is always an array; a list with one
    /// value is written as that value; conditions are grouped by operator in order of first use.
    /// Decoding the result gives back an equal document for every document that decoding produced.
    ///
    /// - Parameter pretty: one member per line, indented by four spaces.
    public func jsonString(pretty: Bool = false) -> String {
        JSONWriter.string(jsonValue, pretty: pretty)
    }

    /// The document as a JSON tree (locations are all ``TextPosition/start``).
    public var jsonValue: JSONValue {
        var members: [JSONMember] = []
        if let version { members.append(member("Version", .string(version.rawValue))) }
        if let id { members.append(member("Id", .string(id))) }
        members.append(member("Statement", .array(statements.map { LocatedJSON($0.jsonValue) })))
        return .object(members)
    }
}

extension PolicyStatement {
    /// The statement as a JSON tree, in canonical element order.
    public var jsonValue: JSONValue {
        var members: [JSONMember] = []
        if let sid { members.append(member("Sid", .string(sid))) }
        members.append(member("Effect", .string(effect.rawValue)))
        if let principal {
            members.append(member(principal.isNegated ? "NotPrincipal" : "Principal", principal.set.jsonValue))
        }
        members.append(member(action.isNegated ? "NotAction" : "Action", list(action.patterns.map(JSONValue.string))))
        if let resource {
            members.append(
                member(resource.isNegated ? "NotResource" : "Resource", list(resource.patterns.map(JSONValue.string)))
            )
        }
        if !conditions.isEmpty { members.append(member("Condition", conditionsJSON)) }
        return .object(members)
    }

    private var conditionsJSON: JSONValue {
        var order: [String] = []
        var byOperator: [String: [JSONMember]] = [:]
        for condition in conditions {
            let name = condition.operator.description
            if byOperator[name] == nil { order.append(name) }
            let values = condition.values.map { value -> JSONValue in
                switch value {
                case .string(let text): .string(text)
                case .number(let text): .number(text)
                case .boolean(let bool): .bool(bool)
                }
            }
            byOperator[name, default: []].append(member(condition.key, list(values)))
        }
        return .object(order.map { member($0, .object(byOperator[$0] ?? [])) })
    }
}

extension PrincipalSet {
    /// `"*"`, or an object of principal types in order of first use.
    public var jsonValue: JSONValue {
        switch self {
        case .any: return .string("*")
        case .entries(let entries):
            var order: [String] = []
            var byType: [String: [JSONValue]] = [:]
            for entry in entries {
                if byType[entry.type.rawValue] == nil { order.append(entry.type.rawValue) }
                byType[entry.type.rawValue, default: []].append(.string(entry.value))
            }
            return .object(order.map { member($0, list(byType[$0] ?? [])) })
        }
    }
}

private func member(_ key: String, _ value: JSONValue) -> JSONMember {
    JSONMember(key: key, value: LocatedJSON(value))
}

/// One value as itself, several (or none) as an array.
private func list(_ values: [JSONValue]) -> JSONValue {
    values.count == 1 ? values[0] : .array(values.map { LocatedJSON($0) })
}

extension PolicyDocument: CustomStringConvertible {
    /// The document as pretty-printed canonical JSON.
    public var description: String { jsonString(pretty: true) }
}

extension PolicyStatement: CustomStringConvertible {
    /// The statement as compact canonical JSON.
    public var description: String { JSONWriter.string(jsonValue) }
}
