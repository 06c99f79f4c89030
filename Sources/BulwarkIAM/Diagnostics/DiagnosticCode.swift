/// The rule behind a ``Diagnostic``: a stable, open set of codes such as `missing-element`.
///
/// Other modules add their own codes (the catalog lint adds `unknown-action`, …) with
/// `DiagnosticCode(rawValue:)`.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The code's text, in kebab case.
    public var rawValue: String
    /// Creates a code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a code from a literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The code's text.
    public var description: String { rawValue }

    // MARK: Errors: what AWS rejects

    /// The text is not valid JSON (syntax, encoding, nesting depth).
    public static let invalidJSON: DiagnosticCode = "invalid-json"
    /// An element has the wrong JSON type (a number where a string is needed, …).
    public static let invalidType: DiagnosticCode = "invalid-type"
    /// A required element is missing (`Effect`, `Statement`, `Action`/`NotAction`, …).
    public static let missingElement: DiagnosticCode = "missing-element"
    /// Two elements that exclude each other (`Action` and `NotAction`, …).
    public static let conflictingElements: DiagnosticCode = "conflicting-elements"
    /// An element name the policy grammar does not have (names are case-sensitive).
    public static let unknownElement: DiagnosticCode = "unknown-element"
    /// An element this kind of policy does not allow (`Principal` in an identity policy, …).
    public static let elementNotAllowed: DiagnosticCode = "element-not-allowed"
    /// An empty `Statement`, `Action`, `Resource` or `Principal` list.
    public static let emptyValue: DiagnosticCode = "empty-value"
    /// `Version` is not `2012-10-17` or `2008-10-17`.
    public static let invalidVersion: DiagnosticCode = "invalid-version"
    /// `Effect` is not `Allow` or `Deny`.
    public static let invalidEffect: DiagnosticCode = "invalid-effect"
    /// An effect this kind of policy does not support (`Allow` in an RCP, `NotPrincipal` with `Allow`).
    public static let effectNotAllowed: DiagnosticCode = "effect-not-allowed"
    /// `Sid` has characters IAM does not accept, or repeats in an IAM policy.
    public static let invalidSid: DiagnosticCode = "invalid-sid"
    /// An action is not `*` or `service:action`.
    public static let invalidAction: DiagnosticCode = "invalid-action"
    /// A resource is not `*` or an ARN.
    public static let invalidResource: DiagnosticCode = "invalid-resource"
    /// A principal key other than `AWS`, `Service`, `Federated`, `CanonicalUser`, or a malformed principal.
    public static let invalidPrincipal: DiagnosticCode = "invalid-principal"
    /// A condition operator IAM does not know (including `NullIfExists`).
    public static let unknownOperator: DiagnosticCode = "unknown-operator"
    /// A condition key without a `service:` prefix.
    public static let invalidConditionKey: DiagnosticCode = "invalid-condition-key"
    /// A condition value that is an object, `null` or a nested array.
    public static let invalidConditionValue: DiagnosticCode = "invalid-condition-value"
    /// A malformed policy variable (`${aws:username` without `}`, `${}`, a bad default).
    public static let invalidVariable: DiagnosticCode = "invalid-variable"
    /// A policy variable where IAM does not substitute variables (`Action`, `Principal`, condition keys).
    public static let variableNotAllowed: DiagnosticCode = "variable-not-allowed"
    /// A number that does not fit a 64-bit float (`1e999`).
    public static let numberOutOfRange: DiagnosticCode = "number-out-of-range"
    /// A character IAM does not accept in policy documents (outside tab, LF, CR and U+0020–U+00FF).
    public static let invalidCharacter: DiagnosticCode = "invalid-character"
    /// The policy is longer than this kind of policy may be.
    public static let policyTooLarge: DiagnosticCode = "policy-too-large"

    // MARK: Warnings: legal but suspicious

    /// No `Version`: policy variables are literal text and newer features are off.
    public static let missingVersion: DiagnosticCode = "missing-version"
    /// `Version` `2008-10-17`: policy variables are literal text.
    public static let outdatedVersion: DiagnosticCode = "outdated-version"
    /// `${…}` in a document whose version does not substitute variables.
    public static let literalVariable: DiagnosticCode = "literal-variable"
    /// The same key twice in one JSON object; only the last one counts.
    public static let duplicateKey: DiagnosticCode = "duplicate-key"
    /// The same `Sid` on two statements.
    public static let duplicateSid: DiagnosticCode = "duplicate-sid"
    /// `Allow` with `NotAction`: grants every other action, including future ones.
    public static let allowWithNotAction: DiagnosticCode = "allow-with-not-action"
    /// `Allow` with `NotResource`: grants on every other resource, including future ones.
    public static let allowWithNotResource: DiagnosticCode = "allow-with-not-resource"
    /// `Allow` to everyone (`"Principal": "*"`) with no condition.
    public static let publicAccess: DiagnosticCode = "public-access"
    /// `NotPrincipal` (with `Deny`): hard to get right; AWS recommends conditions on `aws:PrincipalArn`.
    public static let notPrincipal: DiagnosticCode = "not-principal"
    /// `ForAllValues:` with `Allow`: true when the key is missing, so it can grant unexpectedly.
    public static let forAllValuesWithAllow: DiagnosticCode = "for-all-values-with-allow"
    /// `ForAnyValue:`/`ForAllValues:` on a single-valued key such as `aws:SourceIp`.
    public static let setOperatorOnSingleValuedKey: DiagnosticCode = "set-operator-on-single-valued-key"
    /// A condition value that cannot match its operator's type (`NumericEquals` with `"ten"`).
    public static let conditionValueType: DiagnosticCode = "condition-value-type"
    /// A value listed twice, or `*` next to other values that it already covers.
    public static let redundantValue: DiagnosticCode = "redundant-value"
    /// An empty `Condition` block or an empty list of condition values.
    public static let emptyCondition: DiagnosticCode = "empty-condition"
    /// An unusual value that AWS may accept but is probably a mistake (unknown partition, service principal, …).
    public static let suspiciousValue: DiagnosticCode = "suspicious-value"

    // MARK: Other inputs

    /// An IAM test vector file that does not follow the vector format.
    public static let invalidVector: DiagnosticCode = "invalid-vector"
}
