/// One condition test: an operator applied to one context key and its values.
///
/// `"Condition": {"StringEquals": {"aws:PrincipalTag/team": ["a", "b"]}}` is one `Condition` with
/// operator `StringEquals`, key `aws:PrincipalTag/team` and two values. Several `Condition`s in a
/// statement must all hold (AND); several values of one condition are alternatives (OR, or for
/// negated operators "matches none").
public struct Condition: Sendable, Hashable {
    /// The operator, such as `ForAnyValue:StringLikeIfExists`.
    public var `operator`: ConditionOperator
    /// The context key as written (key names compare case-insensitively).
    public var key: String
    /// The values as written in the policy.
    public var values: [ConditionValue]

    /// Creates a condition.
    public init(_ operator: ConditionOperator, key: String, values: [ConditionValue]) {
        self.operator = `operator`
        self.key = key
        self.values = values
    }
}

/// A literal value in a condition.
///
/// JSON strings, numbers and booleans are all allowed; AWS compares
/// them by the operator's type, so ``text`` is what evaluation uses.
public enum ConditionValue: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// A JSON string.
    case string(String)
    /// A JSON number, kept as its source text so that no precision is lost.
    case number(String)
    /// A JSON boolean.
    case boolean(Bool)

    /// Creates a string value.
    public init(stringLiteral value: String) { self = .string(value) }

    /// The value as text, as AWS sees it (`true`, `10`, `203.0.113.0/24`).
    public var text: String {
        switch self {
        case .string(let s): s
        case .number(let n): n
        case .boolean(let b): b ? "true" : "false"
        }
    }

    /// The value as text.
    public var description: String { text }
}

/// A parsed condition operator: a base operator, plus the optional `ForAllValues:`/`ForAnyValue:`
/// qualifier and `IfExists` suffix.
public struct ConditionOperator: Sendable, Hashable, CustomStringConvertible {
    /// The set qualifier, if any.
    public var qualifier: SetQualifier?
    /// The base operator.
    public var base: BaseOperator
    /// Whether the `IfExists` suffix is present.
    public var ifExists: Bool

    /// Creates an operator from its parts.
    public init(_ base: BaseOperator, qualifier: SetQualifier? = nil, ifExists: Bool = false) {
        self.base = base
        self.qualifier = qualifier
        self.ifExists = ifExists
    }

    /// Parses an operator name such as `ForAnyValue:StringLikeIfExists`.
    ///
    /// Operator names are matched exactly as AWS spells them. Returns `nil` for an unknown operator.
    public init?(_ name: String) {
        var rest = Substring(name)
        var qualifier: SetQualifier?
        for q in SetQualifier.allCases where rest.hasPrefix(q.rawValue + ":") {
            qualifier = q
            rest = rest.dropFirst(q.rawValue.count + 1)
            break
        }
        var ifExists = false
        if rest.hasSuffix("IfExists") {
            ifExists = true
            rest = rest.dropLast("IfExists".count)
        }
        guard let base = BaseOperator(rawValue: String(rest)) else { return nil }
        if ifExists && base == .null { return nil }
        self.init(base, qualifier: qualifier, ifExists: ifExists)
    }

    /// The operator's name as AWS spells it.
    public var description: String {
        (qualifier.map { $0.rawValue + ":" } ?? "") + base.rawValue + (ifExists ? "IfExists" : "")
    }
}

/// `ForAllValues` or `ForAnyValue`, the qualifiers for multivalued context keys.
public enum SetQualifier: String, Sendable, Hashable, CaseIterable {
    /// True when every request value matches (and when the key is missing or empty).
    case forAllValues = "ForAllValues"
    /// True when at least one request value matches (false when the key is missing or empty).
    case forAnyValue = "ForAnyValue"
}

/// The condition operators of the IAM policy language.
public enum BaseOperator: String, Sendable, Hashable, CaseIterable {
    /// The `StringEquals` operator.
    case stringEquals = "StringEquals"
    /// The `StringNotEquals` operator.
    case stringNotEquals = "StringNotEquals"
    /// The `StringEqualsIgnoreCase` operator.
    case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
    /// The `StringNotEqualsIgnoreCase` operator.
    case stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
    /// The `StringLike` operator.
    case stringLike = "StringLike"
    /// The `StringNotLike` operator.
    case stringNotLike = "StringNotLike"
    /// The `NumericEquals` operator.
    case numericEquals = "NumericEquals"
    /// The `NumericNotEquals` operator.
    case numericNotEquals = "NumericNotEquals"
    /// The `NumericLessThan` operator.
    case numericLessThan = "NumericLessThan"
    /// The `NumericLessThanEquals` operator.
    case numericLessThanEquals = "NumericLessThanEquals"
    /// The `NumericGreaterThan` operator.
    case numericGreaterThan = "NumericGreaterThan"
    /// The `NumericGreaterThanEquals` operator.
    case numericGreaterThanEquals = "NumericGreaterThanEquals"
    /// The `DateEquals` operator.
    case dateEquals = "DateEquals"
    /// The `DateNotEquals` operator.
    case dateNotEquals = "DateNotEquals"
    /// The `DateLessThan` operator.
    case dateLessThan = "DateLessThan"
    /// The `DateLessThanEquals` operator.
    case dateLessThanEquals = "DateLessThanEquals"
    /// The `DateGreaterThan` operator.
    case dateGreaterThan = "DateGreaterThan"
    /// The `DateGreaterThanEquals` operator.
    case dateGreaterThanEquals = "DateGreaterThanEquals"
    /// The `Bool` operator.
    case bool = "Bool"
    /// The `BinaryEquals` operator.
    case binaryEquals = "BinaryEquals"
    /// The `IpAddress` operator.
    case ipAddress = "IpAddress"
    /// The `NotIpAddress` operator.
    case notIpAddress = "NotIpAddress"
    /// The `ArnEquals` operator.
    case arnEquals = "ArnEquals"
    /// The `ArnLike` operator.
    case arnLike = "ArnLike"
    /// The `ArnNotEquals` operator.
    case arnNotEquals = "ArnNotEquals"
    /// The `ArnNotLike` operator.
    case arnNotLike = "ArnNotLike"
    /// The `Null` operator: tests whether a key is absent.
    case null = "Null"

    /// Whether the operator is negated (`StringNotEquals`, `NotIpAddress`, …): with several values
    /// it holds only when the request value matches none of them, and it holds when the key is missing.
    public var isNegated: Bool {
        switch self {
        case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals, .dateNotEquals,
            .notIpAddress, .arnNotEquals, .arnNotLike:
            true
        default: false
        }
    }

    /// Whether the operator compares strings ignoring case (`StringEqualsIgnoreCase` and its negation).
    package var ignoresCase: Bool { self == .stringEqualsIgnoreCase || self == .stringNotEqualsIgnoreCase }

    /// Whether `*` and `?` in the policy value are wildcards (`StringLike`, `StringNotLike`).
    package var isLike: Bool { self == .stringLike || self == .stringNotLike }

    /// The operator family, which decides how values are typed and compared.
    public var family: OperatorFamily {
        switch self {
        case .stringEquals, .stringNotEquals, .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase, .stringLike,
            .stringNotLike:
            .string
        case .numericEquals, .numericNotEquals, .numericLessThan, .numericLessThanEquals, .numericGreaterThan,
            .numericGreaterThanEquals:
            .numeric
        case .dateEquals, .dateNotEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan,
            .dateGreaterThanEquals:
            .date
        case .bool: .boolean
        case .binaryEquals: .binary
        case .ipAddress, .notIpAddress: .ipAddress
        case .arnEquals, .arnLike, .arnNotEquals, .arnNotLike: .arn
        case .null: .null
        }
    }
}

/// The families of condition operators.
public enum OperatorFamily: String, Sendable, Hashable, CaseIterable {
    /// `String…` operators.
    case string = "String"
    /// `Numeric…` operators.
    case numeric = "Numeric"
    /// `Date…` operators.
    case date = "Date"
    /// `Bool`.
    case boolean = "Bool"
    /// `BinaryEquals`.
    case binary = "Binary"
    /// `IpAddress` and `NotIpAddress`.
    /// The `IpAddress` operator.
    case ipAddress = "IpAddress"
    /// `Arn…` operators.
    case arn = "Arn"
    /// `Null`.
    case null = "Null"
}
