public import BulwarkIAM

/// The values a control read to reach a finding, and the policy evaluations behind it.
public struct Evidence: Sendable, Hashable {
    /// Named values (`"minimumPasswordLength": 8`), shown in reports.
    public var values: [String: EvidenceValue]
    /// The authorization questions asked of the IAM evaluator, with their answers.
    public var evaluations: [PolicyEvidence]

    /// Creates evidence.
    public init(values: [String: EvidenceValue] = [:], evaluations: [PolicyEvidence] = []) {
        self.values = values
        self.evaluations = evaluations
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { values.isEmpty && evaluations.isEmpty }

    /// Adds `other`'s values (keeping ours on a clash) and evaluations.
    public mutating func merge(_ other: Evidence) {
        values.merge(other.values) { mine, _ in mine }
        evaluations.append(contentsOf: other.evaluations)
    }
}

/// One authorization question and the evaluator's answer, kept as evidence.
public struct PolicyEvidence: Sendable, Hashable {
    /// Who was asked about (`*` for anonymous, an account root ARN for another account).
    public var principal: String
    /// The action.
    public var action: String
    /// The resource ARN.
    public var resource: String
    /// The decision and its explanation.
    public var evaluation: Evaluation

    /// Creates policy evidence.
    public init(principal: String, action: String, resource: String, evaluation: Evaluation) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.evaluation = evaluation
    }
}

/// A value recorded as evidence: a string, number, flag, list or null.
public enum EvidenceValue: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// Text.
    case string(String)
    /// A whole number.
    case int(Int)
    /// A number with a fraction.
    case double(Double)
    /// A flag.
    case bool(Bool)
    /// A list.
    case list([EvidenceValue])
    /// Nothing (AWS returned no value).
    case null

    /// Text.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A whole number.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A flag.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A list.
    public init(arrayLiteral elements: EvidenceValue...) { self = .list(elements) }

    /// The value as text.
    public var description: String {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return String(value)
        case .list(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .null: return "null"
        }
    }
}
