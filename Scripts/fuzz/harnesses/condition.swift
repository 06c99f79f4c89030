// libFuzzer harness: condition evaluation with arbitrary operators, policy values and context values.
//
// Layout: byte 0 picks the operator, byte 1 the qualifier/IfExists, byte 2 the policy version; the rest is
// split at NUL bytes into fields: the first few are policy values, the rest become context values whose
// type is chosen by their first byte (string, number, boolean, date, IP, binary, list).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCondition(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 4 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let bases = BaseOperator.allCases
    let base = bases[Int(bytes[0]) % bases.count]
    let qualifiers: [SetQualifier?] = [nil, .forAllValues, .forAnyValue]
    let qualifier = qualifiers[Int(bytes[1] & 3) % 3]
    let ifExists = base != .null && bytes[1] & 4 != 0
    let variables = bytes[2] & 1 == 0
    let fields = bytes[3...].split(separator: 0, omittingEmptySubsequences: false).map { Array($0) }
    let valueCount = max(1, min(fields.count / 2, 4))
    let policyValues: [ConditionValue] = fields.prefix(valueCount)
        .map { field in
            let text = String(decoding: field, as: UTF8.self)
            return field.first == UInt8(ascii: "#") ? .number(String(text.dropFirst())) : .string(text)
        }
    var items: [ContextValue] = fields.dropFirst(valueCount).map(contextValue)
    let key = "aws:FuzzKey"
    var context = RequestContext()
    if let first = items.first {
        context = [key: items.count == 1 ? first : .list(items), "aws:username": first]
        items.removeAll()
    }
    let condition = Condition(
        ConditionOperator(base, qualifier: qualifier, ifExists: ifExists),
        key: key,
        values: policyValues
    )
    let compiled = CompiledCondition(condition, variables: variables)
    let holds = compiled.holds(in: context)
    _ = holds

    // The same condition through a whole policy and the explained evaluation path.
    let document = PolicyDocument(
        version: variables ? .v2012_10_17 : .v2008_10_17,
        statements: [
            PolicyStatement(
                effect: .allow,
                action: .action(["s3:GetObject"]),
                resource: .resource(["*"]),
                conditions: [condition]
            )
        ]
    )
    let set = PolicySet(identityPolicies: [document])
    if let request = try? AuthorizationRequest(
        principal: "arn:aws:iam::111122223333:user/alice",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::bucket/key",
        context: context
    ) {
        let evaluation = set.evaluate(request)
        _ = evaluation.description
        if set.decision(for: request) != evaluation.decision { fatalError("fast and explained decisions differ") }
    }
    return 0
}

private func contextValue(_ field: [UInt8]) -> ContextValue {
    guard let tag = field.first else { return .string("") }
    let rest = Array(field.dropFirst())
    let text = String(decoding: rest, as: UTF8.self)
    switch tag % 8 {
    case 0: return .number(Double(text) ?? Double(bitPattern: rest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }))
    case 1: return .boolean(tag & 8 != 0)
    case 2:
        return .date(
            secondsSince1970: Double(text) ?? Double(bitPattern: rest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
        )
    case 3: return .ipAddress(text)
    case 4: return .binary(rest)
    case 5: return .list(rest.split(separator: UInt8(ascii: ",")).map { .string(String(decoding: $0, as: UTF8.self)) })
    case 6: return .list([])
    default: return .string(text)
    }
}
