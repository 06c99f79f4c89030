public import BulwarkIAM

// The catalog lint's diagnostic codes (all warnings: AWS accepts these policies, but they do not do
// what they seem to).
extension DiagnosticCode {
    /// An action names a service prefix the catalog does not know (`s4:GetObject`).
    public static let unknownService: DiagnosticCode = "unknown-service"
    /// An action without wildcards that its service does not have (`s3:GetObjects`).
    public static let unknownAction: DiagnosticCode = "unknown-action"
    /// An action pattern with wildcards that matches no action (`s3:Gett*`).
    public static let patternMatchesNothing: DiagnosticCode = "pattern-matches-nothing"
    /// A condition key that no service and no global list defines (`aws:SourceIP4`).
    public static let unknownConditionKey: DiagnosticCode = "unknown-condition-key"
    /// A condition key that none of the statement's actions supports, so the condition never holds.
    public static let conditionKeyNotSupported: DiagnosticCode = "condition-key-not-supported"
    /// A condition operator of the wrong type for the key (`NumericEquals` on a string key).
    public static let operatorTypeMismatch: DiagnosticCode = "operator-type-mismatch"
    /// A multivalued key (`aws:TagKeys`) tested without `ForAllValues:` or `ForAnyValue:`.
    public static let multivaluedKeyWithoutSetOperator: DiagnosticCode = "multivalued-key-without-set-operator"
    /// A `Resource` that fits the ARN template of none of the statement's actions.
    public static let resourceMatchesNoAction: DiagnosticCode = "resource-matches-no-action"
    /// An `Action` entry none of whose actions fits any of the statement's resources
    /// (`s3:ListBucket` with only `arn:aws:s3:::bucket/*`).
    public static let actionMatchesNoResource: DiagnosticCode = "action-matches-no-resource"
    /// An action that supports only `"Resource": "*"` in a statement that names specific resources.
    public static let actionRequiresWildcardResource: DiagnosticCode = "action-requires-wildcard-resource"
    /// An action pattern whose actions another pattern of the statement already covers.
    public static let redundantAction: DiagnosticCode = "redundant-action"
    /// A statement that another statement with the same effect and conditions already covers.
    public static let redundantStatement: DiagnosticCode = "redundant-statement"
}
