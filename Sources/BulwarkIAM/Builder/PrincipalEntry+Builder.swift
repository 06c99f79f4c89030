extension PrincipalEntry {
    /// An AWS account by its 12-digit id (AWS stores it as `arn:aws:iam::ID:root`): every principal of
    /// the account that its own policies allow.
    public static func account(_ id: String) -> PrincipalEntry { PrincipalEntry(.aws, id) }

    /// An IAM principal by ARN: a role, a user, a role session, a federated user or an account root.
    public static func aws(_ arn: ARN) -> PrincipalEntry { PrincipalEntry(.aws, arn.description) }

    /// An `AWS` principal as written, such as `*` (every AWS principal) or an ARN pattern.
    public static func aws(_ text: String) -> PrincipalEntry { PrincipalEntry(.aws, text) }

    /// An AWS service principal, such as `lambda.amazonaws.com`.
    public static func service(_ name: String) -> PrincipalEntry { PrincipalEntry(.service, name) }

    /// A federated identity provider: a SAML or OIDC provider ARN, or a web identity provider such as
    /// `cognito-identity.amazonaws.com`.
    public static func federated(_ provider: String) -> PrincipalEntry { PrincipalEntry(.federated, provider) }

    /// An S3 canonical user id.
    public static func canonicalUser(_ id: String) -> PrincipalEntry { PrincipalEntry(.canonicalUser, id) }
}
