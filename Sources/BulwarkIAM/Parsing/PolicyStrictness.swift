/// How strictly `PolicyDocument.parse(_:kind:checkingQuotas:strictness:)` applies the authoring rules.
///
/// AWS validates a policy when it is written, but some documents that the writing rules reject are
/// still evaluated: policies AWS stored before a rule existed, and test suites of peer evaluators.
/// `.evaluation` decodes those documents with the meaning AWS and peers give them, reporting each
/// relaxed rule as a warning with the same ``DiagnosticCode`` the authoring error has.
public enum PolicyStrictness: String, Sendable, Hashable, CaseIterable {
    /// Every rule AWS applies when a policy is written is an error (`bulwark policy validate`).
    case authoring
    /// The rules below become warnings and the statement is decoded with this meaning:
    ///
    /// - An action name with spaces or commas (`"s3:GetObject,PutObject"`, `"s3:GetObject  "`) is one
    ///   literal action name that matches no real action; it is not a list (IAM User Guide, "IAM JSON
    ///   policy elements: Action"; the iam-simulate peer accepts such text because AWS stores it).
    /// - `NotPrincipal` with `Allow` allows everyone except the principals listed (IAM User Guide,
    ///   "NotPrincipal": the element means every principal except those named, whatever the effect).
    /// - `"Statement": []` is a policy with no statements: it allows and denies nothing.
    /// - `Principal` in a policy without a principal element (identity policy, boundary, session policy,
    ///   SCP) is ignored: the principal is whoever the policy is attached to.
    /// - A statement of a resource-based policy without `Resource` applies to the resource the policy
    ///   is attached to (ECR repository policies omit it; Amazon ECR User Guide, "Repository policies"),
    ///   so in evaluation it matches any resource.
    /// - A statement of a resource-based, trust or VPC endpoint policy without `Principal` names nobody:
    ///   it grants and denies nobody.
    /// - `Resource`/`NotResource` in a role trust policy is ignored: a trust policy governs only
    ///   `sts:AssumeRole*` on the role it is attached to (IAM User Guide, "IAM JSON policy elements:
    ///   Resource": a trust policy has no Resource element).
    /// - A wildcard in the service segment of a `Resource` ARN (`arn:aws:*:::b/*`) is matched as a
    ///   pattern like any other segment.
    /// - A bare ARN string as `Principal` (`"Principal": "arn:aws:iam::111122223333:root"`) means
    ///   `{"AWS": "arn:…"}`, as AWS reads the older shorthand.
    case evaluation
}
