/// A decision together with the reasons for it.
///
/// `description` is a readable multi-line text:
///
/// ```text
/// ImplicitDeny — implicit deny: the permissions boundary has no matching Allow
///   matched: identity-based policy #0, statement #1 (Sid "ReadBuckets"): Allow
///   condition failed: resource-based policy, statement #0: StringEquals aws:PrincipalTag/team …
/// ```
public struct Evaluation: Sendable, Hashable, CustomStringConvertible {
    /// The decision.
    public var decision: Decision
    /// Why: the deciding rule, the statements that matched and the conditions that failed.
    public var explanation: Explanation

    /// Creates an evaluation.
    public init(decision: Decision, explanation: Explanation) {
        self.decision = decision
        self.explanation = explanation
    }

    /// The decision and its explanation as text.
    public var description: String {
        "\(decision) — \(explanation)"
    }
}

/// Why a request got its decision.
public struct Explanation: Sendable, Hashable, CustomStringConvertible {
    /// The rule that decided: its ``EvaluationRule/code``, its sentence ("implicit deny: the
    /// permissions boundary has no matching Allow") and the deciding statement.
    public var rule: EvaluationRule
    /// Every statement whose action, resource, principal and conditions matched, per policy type.
    public var matchedStatements: [StatementMatch]
    /// Statements whose action, resource and principal matched but whose conditions did not hold.
    public var failedConditions: [ConditionFailure]
    /// The context keys that a condition needed but the request lacked, as the policy spells them,
    /// in the order first met: supply them to see whether the request would then be allowed.
    public var missingContextKeys: [String]
    /// Other facts that shaped the decision ("SCPs do not apply: the principal is a service-linked role").
    public var notes: [String]

    /// Creates an explanation.
    public init(
        rule: EvaluationRule,
        matchedStatements: [StatementMatch] = [],
        failedConditions: [ConditionFailure] = [],
        missingContextKeys: [String] = [],
        notes: [String] = []
    ) {
        self.rule = rule
        self.missingContextKeys = missingContextKeys
        self.matchedStatements = matchedStatements
        self.failedConditions = failedConditions
        self.notes = notes
    }

    /// The statement that decided, when one did (the explicit `Deny`, or the `Allow` that granted).
    public var decidingStatement: StatementReference? { rule.decidingStatement }

    /// The statements that matched in one kind of policy.
    public func matches(in type: PolicyType) -> [StatementMatch] {
        matchedStatements.filter { $0.statement.policyType == type }
    }

    /// The rule (which names the deciding statement), then one line per matched statement, failed
    /// condition and note.
    public var description: String {
        var lines = [rule.description]
        lines += matchedStatements.map { "  matched: \($0)" }
        lines += failedConditions.map { "  condition failed: \($0)" }
        if !missingContextKeys.isEmpty {
            lines.append("  missing context keys: \(missingContextKeys.joined(separator: ", "))")
        }
        lines += notes.map { "  note: \($0)" }
        return lines.joined(separator: "\n")
    }
}

/// Where a statement is: policy type, SCP/RCP level, policy index, statement index and Sid.
public struct StatementReference: Sendable, Hashable, CustomStringConvertible {
    /// The kind of policy.
    public var policyType: PolicyType
    /// For SCPs and RCPs, the level (0 = organization root, then OUs, last = account).
    public var level: Int?
    /// The index of the policy among those of its type (at its level).
    public var policyIndex: Int
    /// The index of the statement in the policy.
    public var statementIndex: Int
    /// The statement's `Sid`, if it has one.
    public var sid: String?

    /// Creates a reference.
    public init(policyType: PolicyType, level: Int? = nil, policyIndex: Int, statementIndex: Int, sid: String?) {
        self.policyType = policyType
        self.level = level
        self.policyIndex = policyIndex
        self.statementIndex = statementIndex
        self.sid = sid
    }

    /// Such as `SCP level 1 #0, statement #2 (Sid "DenyRegions")`.
    public var description: String {
        let level = level.map { " level \($0)" } ?? ""
        let sid = sid.map { " (Sid \"\($0)\")" } ?? ""
        return "\(policyType)\(level) #\(policyIndex), statement #\(statementIndex)\(sid)"
    }
}

/// A statement that applied to the request.
public struct StatementMatch: Sendable, Hashable, CustomStringConvertible {
    /// Which statement.
    public var statement: StatementReference
    /// Its effect.
    public var effect: Effect

    /// Creates a match.
    public init(statement: StatementReference, effect: Effect) {
        self.statement = statement
        self.effect = effect
    }

    /// Such as `identity-based policy #0, statement #1: Allow`.
    public var description: String { "\(statement): \(effect.rawValue)" }
}

/// A condition that did not hold, with the values compared.
public struct ConditionFailure: Sendable, Hashable, CustomStringConvertible {
    /// The statement it belongs to.
    public var statement: StatementReference
    /// The condition (operator, key and policy values).
    public var condition: Condition
    /// The request's value for the key, or `nil` when the request does not carry it.
    public var requestValue: ContextValue?
    /// Why it failed, as a sentence.
    public var reason: String

    /// Creates a failure record.
    public init(statement: StatementReference, condition: Condition, requestValue: ContextValue?, reason: String) {
        self.statement = statement
        self.condition = condition
        self.requestValue = requestValue
        self.reason = reason
    }

    /// Such as `… statement #0: StringEquals aws:PrincipalTag/team ["ops"]: request value "eng" matches none`.
    public var description: String {
        let values = condition.values.map { "\"\($0.text)\"" }.joined(separator: ", ")
        return "\(statement): \(condition.operator) \(condition.key) [\(values)]: \(reason)"
    }
}
