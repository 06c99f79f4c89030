/// One condition compiled for evaluation: key hashed, values pre-parsed for the operator's type.
///
/// Values that cannot be parsed for the operator (a `NumericEquals` value of `"abc"`) compile to
/// `nil` and never match, as in AWS where such a comparison is false.
package final class CompiledCondition: Sendable {
    /// The condition as written.
    package let source: Condition
    /// The context key as written (looked up ignoring ASCII case).
    package let key: String
    /// The key's lookup hash (see ``RequestContext/keyHash(_:)``).
    package let keyHash: UInt64
    /// The operator.
    package let op: ConditionOperator
    /// The pre-parsed policy values.
    package let values: Values

    /// Policy values, parsed once for the operator family.
    package enum Values: Sendable {
        /// String operators: a glob per value (literal for `…Equals`, case-folded for `…IgnoreCase`).
        case strings([StringValue])
        /// ARN operators: ARN-segment-aware patterns.
        case arns([ARNValue])
        /// Numeric operators.
        case numbers([Double?])
        /// Date operators, as epoch seconds.
        case dates([Double?])
        /// `Bool`.
        case booleans([Bool?])
        /// `BinaryEquals`, decoded from base64.
        case binaries([[UInt8]?])
        /// `IpAddress`/`NotIpAddress`.
        case networks([IPNetwork?])
        /// `Null`: `true` means "the key must be absent".
        case null([Bool?])
    }

    /// A string value fixed at compile time, or one with policy variables resolved per request.
    package enum StringValue: Sendable {
        /// No variables.
        case fixed(Glob)
        /// Contains `${…}`.
        case template(PolicyTemplate)
    }

    /// An ARN value (or `Resource` pattern) fixed at compile time, or one with policy variables.
    package enum ARNValue: Sendable {
        /// No variables.
        case fixed(ResourcePattern)
        /// Contains `${…}`.
        case template(PolicyTemplate)
    }

    /// Compiles a condition; `variables` is whether the document's version enables policy variables.
    package init(_ condition: Condition, variables: Bool) {
        source = condition
        key = condition.key
        keyHash = RequestContext.keyHash(key)
        op = condition.operator
        let texts = condition.values.map(\.text)
        // Each family reads its values with the parsers the policy validator checks them with
        // (``ConditionLiteral/accepts(_:for:)``), so a value that validates always compiles.
        switch op.base.family {
        case .string:
            let ignoreCase = op.base.ignoresCase
            let like = op.base.isLike
            values = .strings(
                texts.map { text in
                    let template = PolicyTemplate(text, variablesEnabled: variables)
                    if template.hasVariables { return .template(template) }
                    // Escapes such as `${*}` resolve at compile time.
                    let elements = template.resolve(in: RequestContext(), wildcards: like) ?? []
                    return .fixed(Glob(elements: elements, caseInsensitive: ignoreCase))
                }
            )
        case .arn:
            values = .arns(texts.map { ARNValue(PolicyTemplate($0, variablesEnabled: variables)) })
        case .numeric: values = .numbers(texts.map(ConditionLiteral.number))
        case .date: values = .dates(texts.map { ISO8601.parse($0) })
        case .boolean: values = .booleans(texts.map(ConditionLiteral.boolean))
        case .binary: values = .binaries(texts.map(Base64.decode))
        case .ipAddress: values = .networks(texts.map { IPNetwork($0) })
        case .null: values = .null(texts.map(ConditionLiteral.boolean))
        }
    }

    /// Whether the condition holds for the request context.
    ///
    /// - Missing key: `Null` tests absence; `…IfExists` and `ForAllValues` hold; `ForAnyValue` and
    ///   positive operators fail; negated operators hold (IAM User Guide, "Condition operators",
    ///   "Multivalued context keys").
    /// - A single-valued operator against a key with several values does not hold, for negated
    ///   operators too: AWS says multivalued keys "require a condition set operator"
    ///   ("Single-valued vs. multivalued context keys"), and iam-simulate reports AWS confirmed no-match.
    ///   A one-element list is treated as that single value.
    package func holds(in context: RequestContext) -> Bool {
        let value = context.value(key: key, hash: keyHash)
        if case .null(let expected) = values {
            let absent = value == nil || value?.isEmptyList == true
            return expected.contains { $0 == absent }
        }
        guard let value, !value.isEmptyList || op.qualifier != nil else { return holdsWhenMissing }
        switch op.qualifier {
        case nil:
            if case .list(let items) = value {
                return items.count == 1 && holds(for: items[0], context)
            }
            return holds(for: value, context)
        case .forAllValues?:
            // An empty string is an empty data set, for which ForAllValues holds (IAM UG, multivalued conditions).
            guard case .list(let items) = value else { return value.isEmptyString || holds(for: value, context) }
            for item in items where !holds(for: item, context) { return false }
            return true
        case .forAnyValue?:
            guard case .list(let items) = value else { return !value.isEmptyString && holds(for: value, context) }
            for item in items where holds(for: item, context) { return true }
            return false
        }
    }

    /// The result when the request does not carry the key.
    ///
    /// `IfExists` means "if the key is not present, evaluate the condition element as true", so it
    /// wins over the set rules; otherwise `ForAllValues` holds and `ForAnyValue` fails.
    package var holdsWhenMissing: Bool {
        if op.ifExists { return true }
        switch op.qualifier {
        case .forAllValues?: return true
        case .forAnyValue?: return false
        case nil: return op.base.isNegated
        }
    }

    /// One request value against the policy values: any matches (positive) or none matches (negated).
    package func holds(for value: ContextValue, _ context: RequestContext) -> Bool {
        matchesAny(value, context) != op.base.isNegated
    }

    /// Whether some policy value matches the request value under the operator's positive form.
    package func matchesAny(_ value: ContextValue, _ context: RequestContext) -> Bool {
        switch values {
        case .strings(let patterns):
            let (like, ignoreCase) = (op.base.isLike, op.base.ignoresCase)
            return withText(value) { bytes in
                for p in patterns where CompiledCondition.match(p, bytes, context, like: like, ignoreCase: ignoreCase) {
                    return true
                }
                return false
            }
        case .arns(let patterns):
            return withText(value) { bytes in
                let segments = ArnSegments(bytes)
                for p in patterns where p.matches(in: context, { $0.matches(segments, bytes) }) { return true }
                return false
            }
        case .numbers(let numbers):
            guard let n = CompiledCondition.number(value) else { return false }
            return numbers.contains { $0.map { compare(n, $0) } ?? false }
        case .dates(let dates):
            guard let d = CompiledCondition.date(value) else { return false }
            return dates.contains { $0.map { compare(d, $0) } ?? false }
        case .booleans(let booleans):
            guard let b = CompiledCondition.boolean(value) else { return false }
            return booleans.contains { $0 == b }
        case .binaries(let binaries):
            let bytes: [UInt8]?
            switch value {
            case .binary(let b): bytes = b
            default: bytes = Base64.decode(value.text)
            }
            guard let bytes else { return false }
            return binaries.contains { $0 == bytes }
        case .networks(let networks):
            let address: IPNetwork.Address?
            switch value {
            case .ipAddress(let s), .string(let s): address = IPNetwork.Address(s)
            default: return false
            }
            guard let address else { return false }
            return networks.contains { $0?.contains(address) ?? false }
        case .null:
            return false
        }
    }

    private static func match(
        _ p: StringValue,
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ context: RequestContext,
        like: Bool,
        ignoreCase: Bool
    ) -> Bool {
        switch p {
        case .fixed(let glob): return glob.matches(bytes: bytes)
        case .template(let t):
            // `…Like` keeps wildcards from the policy text; substituted text is always literal.
            guard let elements = t.resolve(in: context, wildcards: like) else {
                return false
            }
            return Glob(elements: elements, caseInsensitive: ignoreCase).matches(bytes: bytes)
        }
    }

    /// Compares with the operator's relation (`request <op> policy`).
    private func compare(_ request: Double, _ policy: Double) -> Bool {
        switch op.base {
        case .numericEquals, .numericNotEquals, .dateEquals, .dateNotEquals: request == policy
        case .numericLessThan, .dateLessThan: request < policy
        case .numericLessThanEquals, .dateLessThanEquals: request <= policy
        case .numericGreaterThan, .dateGreaterThan: request > policy
        case .numericGreaterThanEquals, .dateGreaterThanEquals: request >= policy
        default: false
        }
    }

    /// Runs `body` over the UTF-8 text of a value without allocating for strings.
    private func withText(_ value: ContextValue, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var text: String
        switch value {
        case .string(let s), .ipAddress(let s): text = s
        default: text = value.text
        }
        return text.withUTF8(body)
    }

    static func number(_ value: ContextValue) -> Double? {
        switch value {
        case .number(let n): n
        case .string(let s): ConditionLiteral.number(s)
        default: nil
        }
    }

    static func date(_ value: ContextValue) -> Double? {
        switch value {
        case .date(let d): d
        case .number(let n): n
        case .string(let s): ISO8601.parse(s)
        default: nil
        }
    }

    static func boolean(_ value: ContextValue) -> Bool? {
        switch value {
        case .boolean(let b): b
        case .string(let s): ConditionLiteral.boolean(s)
        default: nil
        }
    }
}
