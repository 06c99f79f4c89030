/// Receives every statement outcome during evaluation; the fast path uses a recorder that does nothing.
protocol EvaluationRecorder {
    /// Whether the recorder wants outcomes (statically known, so the fast path compiles them away).
    static var isActive: Bool { get }
    /// Records one statement's outcome.
    mutating func record(
        _ ref: Ref,
        _ statement: CompiledStatement,
        _ outcome: CompiledStatement.Outcome,
        _ r: RequestView
    )
    /// Records a fact that shaped the decision.
    mutating func note(_ text: String)
}

/// The recorder of ``CompiledPolicySet/decision(for:)``: records nothing.
struct SilentRecorder: EvaluationRecorder {
    static var isActive: Bool { false }
    @inline(__always)
    mutating func record(_: Ref, _: CompiledStatement, _: CompiledStatement.Outcome, _: RequestView) {}
    @inline(__always)
    mutating func note(_: String) {}
}

/// The recorder of ``CompiledPolicySet/evaluate(_:)``: collects matches, failed conditions and notes.
struct ExplainingRecorder: EvaluationRecorder {
    static var isActive: Bool { true }
    var matches: [StatementMatch] = []
    var failures: [ConditionFailure] = []
    var notes: [String] = []
    var missingKeys: [String] = []

    mutating func record(
        _ ref: Ref,
        _ statement: CompiledStatement,
        _ outcome: CompiledStatement.Outcome,
        _ r: RequestView
    ) {
        let reference = StatementReference(ref, sid: statement.sid)
        switch outcome {
        case .notApplicable:
            break
        case .matched:
            matches.append(StatementMatch(statement: reference, effect: statement.effect))
        case .conditionFailed(let index):
            let condition = statement.conditions[index]
            let value = r.request.context.value(key: condition.key, hash: condition.keyHash)
            if condition.needsMissingKey(value),
                !missingKeys.contains(where: { $0.lowercased() == condition.key.lowercased() })
            {
                missingKeys.append(condition.source.key)
            }
            failures.append(
                ConditionFailure(
                    statement: reference,
                    condition: condition.source,
                    requestValue: value,
                    reason: condition.failureReason(value, r.request.context)
                )
            )
        }
    }

    mutating func note(_ text: String) { notes.append(text) }
}

extension StatementReference {
    /// A public reference from an internal position.
    init(_ ref: Ref, sid: String?) {
        self.init(
            policyType: ref.type,
            level: ref.level >= 0 ? ref.level : nil,
            policyIndex: ref.policy,
            statementIndex: ref.statement,
            sid: sid
        )
    }
}
