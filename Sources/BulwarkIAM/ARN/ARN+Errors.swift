extension DiagnosticCode {
    // MARK: ARNs

    /// The text does not start with `arn:`.
    public static let arnMissingPrefix: DiagnosticCode = "arn-missing-prefix"
    /// Fewer than six colon-separated parts.
    public static let arnTooFewParts: DiagnosticCode = "arn-too-few-parts"
    /// The partition is empty.
    public static let arnEmptyPartition: DiagnosticCode = "arn-empty-partition"
    /// The partition has characters other than lowercase letters, digits and `-`.
    public static let arnInvalidPartition: DiagnosticCode = "arn-invalid-partition"
    /// The service is empty.
    public static let arnEmptyService: DiagnosticCode = "arn-empty-service"
    /// The service contains `*` or `?`, which IAM does not allow.
    public static let arnWildcardService: DiagnosticCode = "arn-wildcard-service"
    /// The service has characters other than letters, digits, `-` and `.`.
    public static let arnInvalidService: DiagnosticCode = "arn-invalid-service"
    /// The account is neither empty, 12 digits, `aws`, nor a wildcard pattern.
    public static let arnInvalidAccount: DiagnosticCode = "arn-invalid-account"
    /// Nothing after the fifth colon.
    public static let arnEmptyResource: DiagnosticCode = "arn-empty-resource"
}

extension IAMError {
    /// Why `text` is not a valid ARN, as an error with one diagnostic and a sentence on what a valid ARN looks like.
    static func arn(_ code: DiagnosticCode, _ text: String) -> IAMError {
        let message =
            switch code {
            case .arnMissingPrefix: "'\(text)' is not an ARN: it must start with 'arn:' (or be \"*\")"
            case .arnTooFewParts:
                "'\(text)' has fewer than six ':'-separated parts; write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE "
                    + "(leave region or account empty, as in arn:aws:s3:::bucket)"
            case .arnEmptyPartition: "'\(text)' has an empty partition; use aws, aws-cn or aws-us-gov"
            case .arnInvalidPartition: "'\(text)' has an invalid partition; use aws, aws-cn or aws-us-gov"
            case .arnEmptyService: "'\(text)' has an empty service namespace; write one such as s3 or iam"
            case .arnWildcardService:
                "'\(text)' has a wildcard in the service namespace, which IAM rejects; name the service (s3, iam, …)"
            case .arnInvalidService:
                "'\(text)' has an invalid service namespace; use lowercase letters, digits and '-'"
            case .arnInvalidAccount:
                "'\(text)' has an invalid account; use a 12-digit account id, leave it empty, or use a wildcard"
            case .arnEmptyResource:
                "'\(text)' has an empty resource; write the resource after the fifth ':' (or '*')"
            default: "'\(text)' is not a valid ARN (\(code))"
            }
        return IAMError(code, message: message)
    }
}
