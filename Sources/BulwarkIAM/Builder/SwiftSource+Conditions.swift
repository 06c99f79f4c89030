extension SwiftSource {
    /// A condition as a typed operator call when the key's type allows the values exactly as written,
    /// otherwise as a ``Condition`` value.
    static func condition(_ condition: Condition) -> String {
        typed(condition) ?? raw(condition)
    }

    /// `Condition(ConditionOperator(.stringEquals, …), key: …, values: […])`.
    static func raw(_ condition: Condition) -> String {
        let op = condition.operator
        var operatorArguments = [".\(baseCaseName(op.base))"]
        if let qualifier = op.qualifier {
            operatorArguments.append("qualifier: .\(qualifier == .forAllValues ? "forAllValues" : "forAnyValue")")
        }
        if op.ifExists { operatorArguments.append("ifExists: true") }
        let values = condition.values.map { value -> String in
            switch value {
            case .string(let text): literal(text)
            case .number(let text): ".number(\(literal(text)))"
            case .boolean(let bool): ".boolean(\(bool))"
            }
        }
        return
            "Condition(ConditionOperator(\(operatorArguments.joined(separator: ", "))), key: \(literal(condition.key)), "
            + "values: [\(values.joined(separator: ", "))])"
    }

    private static func typed(_ condition: Condition) -> String? {
        let op = condition.operator
        let global = globalKeyExpression(condition.key)
        let multivalued = op.qualifier != nil
        var arguments: [String]
        let key: String
        switch op.base.family {
        case .string:
            guard let texts = strings(condition.values), !texts.isEmpty else { return nil }
            if let global {
                guard global.type.hasPrefix("[") == multivalued else { return nil }
                key = global.expression
            } else {
                key = "ConditionKey<\(multivalued ? "[String]" : "String")>(\(literal(condition.key)))"
            }
            arguments = texts.map(policyText)
        case .arn:
            guard let global, global.type == "ARN", !multivalued, let texts = strings(condition.values), !texts.isEmpty
            else { return nil }
            key = global.expression
            arguments = texts.map(policyText)
        case .ipAddress:
            // A range that is not one stays a raw value: the typed form reports it when built.
            guard let global, global.type == "IPAddressRange", !multivalued, let texts = strings(condition.values),
                !texts.isEmpty, texts.allSatisfy({ IPAddressRange($0).isValid })
            else { return nil }
            key = global.expression
            arguments = texts.map(literal)
        case .boolean:
            guard let global, global.type == "Bool", !multivalued, condition.values.count == 1,
                case .boolean(let value) = condition.values[0]
            else { return nil }
            key = global.expression
            arguments = ["\(value)"]
        case .numeric:
            guard let global, global.type == "Int", !multivalued, let numbers = integers(condition.values),
                numbers.count == 1 || [.numericEquals, .numericNotEquals].contains(op.base)
            else { return nil }
            key = global.expression
            arguments = numbers
        case .null:
            guard let global, !multivalued, !op.ifExists, condition.values.count == 1,
                case .boolean(let value) = condition.values[0]
            else { return nil }
            return "Condition.null(\(global.expression), \(value))"
        case .date, .binary:
            return nil
        }
        var call = "Condition.\(functionName(op.base))(\(([key] + arguments).joined(separator: ", ")))"
        if let qualifier = op.qualifier { call += qualifier == .forAllValues ? ".forAllValues" : ".forAnyValue" }
        if op.ifExists { call += ".ifExists" }
        return call
    }

    /// The values when every one is a JSON string.
    private static func strings(_ values: [ConditionValue]) -> [String]? {
        var texts: [String] = []
        for value in values {
            guard case .string(let text) = value else { return nil }
            texts.append(text)
        }
        return texts
    }

    /// The values when every one is a JSON number that an `Int` writes back exactly.
    private static func integers(_ values: [ConditionValue]) -> [String]? {
        var numbers: [String] = []
        for value in values {
            guard case .number(let text) = value, let number = Int(text), String(number) == text else { return nil }
            numbers.append(text)
        }
        return numbers.isEmpty ? nil : numbers
    }

    /// The typed operator function of a base operator (`notIPAddress` for `NotIpAddress`).
    private static func functionName(_ base: BaseOperator) -> String {
        base == .notIpAddress ? "notIPAddress" : baseCaseName(base)
    }

    /// The Swift case name of a base operator: its name with a lowercase first letter.
    private static func baseCaseName(_ base: BaseOperator) -> String {
        base.rawValue.prefix(1).lowercased() + base.rawValue.dropFirst()
    }
}
