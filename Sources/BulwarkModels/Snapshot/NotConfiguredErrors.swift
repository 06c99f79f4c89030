/// The AWS error codes that mean "this is not configured" for a given call — a fact, not an unknown.
///
/// Everything else (`AccessDenied`, throttling, a missing endpoint) leaves the value unknown.
enum NotConfiguredErrors {
    /// Codes per `<service> <operation>`.
    private static let codes: [String: Set<String>] = [
        "iam get-account-password-policy": ["NoSuchEntity"],
        "s3api get-bucket-policy": ["NoSuchBucketPolicy"],
        "s3api get-bucket-policy-status": ["NoSuchBucketPolicy"],
        "s3api get-public-access-block": ["NoSuchPublicAccessBlockConfiguration"],
        "s3control get-public-access-block": ["NoSuchPublicAccessBlockConfiguration"],
        "s3api get-bucket-encryption": ["ServerSideEncryptionConfigurationNotFoundError"],
        "s3api get-bucket-ownership-controls": ["OwnershipControlsNotFoundError"],
        "s3api get-object-lock-configuration": ["ObjectLockConfigurationNotFoundError"],
        "s3api get-bucket-replication": ["ReplicationConfigurationNotFoundError"],
        "s3api get-bucket-lifecycle-configuration": ["NoSuchLifecycleConfiguration"],
        "organizations describe-organization": ["AWSOrganizationsNotInUseException"],
        "organizations list-roots": ["AWSOrganizationsNotInUseException"],
        "organizations list-accounts": ["AWSOrganizationsNotInUseException"],
        "organizations list-policies": ["AWSOrganizationsNotInUseException"],
        "lambda get-policy": ["ResourceNotFoundException"],
        "lambda get-function-url-config": ["ResourceNotFoundException"],
        "securityhub describe-hub": ["InvalidAccessException"],
        "securityhub get-enabled-standards": ["InvalidAccessException"],
        "efs describe-file-system-policy": ["PolicyNotFound"],
        "efs describe-backup-policy": ["PolicyNotFound"],
        "support describe-trusted-advisor-checks": ["SubscriptionRequiredException"],
        "support describe-services": ["SubscriptionRequiredException"],
        "account get-alternate-contact": ["ResourceNotFoundException"],
        "kms get-key-rotation-status": ["UnsupportedOperationException"],
        "ecr get-repository-policy": ["RepositoryPolicyNotFoundException"],
        "glacier get-vault-access-policy": ["ResourceNotFoundException"],
        "fms get-admin-account": ["ResourceNotFoundException"],
        "shield describe-subscription": ["ResourceNotFoundException"],
        "shield list-protections": ["ResourceNotFoundException"],
        "wellarchitected get-lens-review": ["ResourceNotFoundException"],
    ]

    /// Codes that mean "not configured" only with a particular message (Macie answers
    /// `AccessDeniedException` "Macie is not enabled" — a real AccessDenied stays unknown).
    private static let messageRules: [String: [(code: String, messageContains: String)]] = [
        "macie2 get-macie-session": [("AccessDeniedException", "not enabled")],
        "inspector2 batch-get-account-status": [("AccessDeniedException", "not enabled")],
    ]

    /// Whether the error `code` (with `message`) answered by `call` means the thing is not configured.
    static func means(code: String, message: String, notConfiguredFor call: SnapshotCall) -> Bool {
        let key = "\(call.service) \(call.operation)"
        if codes[key]?.contains(code) == true { return true }
        let lowered = message.lowercased()
        return messageRules[key]?.contains { $0.code == code && lowered.contains($0.messageContains) } == true
    }
}
