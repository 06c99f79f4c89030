/// A terse way to start an ``/BulwarkIAM/AuthorizationRequest`` in a unit test: who asks.
///
/// Start from the principal, then say what they do and to what with the modifiers BulwarkTesting adds
/// to `AuthorizationRequest` (`action(_:)`, `resource(_:ownedBy:)`, `context(_:_:)`):
///
/// ```swift
/// let read = try IAMRequest.user("alice", in: "111122223333")
///     .action("s3:GetObject")
///     .resource("arn:aws:s3:::reports/q1.csv", ownedBy: "111122223333")
///     .context("aws:SourceIp", "203.0.113.7")
/// #expect(policies.decision(for: read) == .allow)
/// ```
///
/// Each modifier returns a changed copy, so one request can be the base of several:
/// `let write = read.action("s3:PutObject")`. The starting points throw ``/BulwarkIAM/PrincipalError`` only when
/// the names cannot form a principal (an empty name, an account id that is not 12 digits).
public enum IAMRequest {
    /// A request by `principal` (an ARN, a service principal such as `lambda.amazonaws.com`, or `*`).
    ///
    /// The action starts empty and the resource is `*`; set them with `action(_:)` and `resource(_:ownedBy:)`.
    /// - Throws: ``/BulwarkIAM/PrincipalError`` when `principal` is not a principal.
    public static func principal(_ principal: String) throws(PrincipalError) -> AuthorizationRequest {
        AuthorizationRequest(principal: try Principal(principal), action: "")
    }

    /// A request by the IAM user `name` (with an optional `path` such as `division/`) in `account`.
    public static func user(_ name: String, in account: String, path: String = "") throws(PrincipalError)
        -> AuthorizationRequest
    {
        try principal("arn:aws:iam::\(account):user/\(trimmed(path))\(name)")
    }

    /// A request by a session of the IAM role `role` in `account` (`arn:aws:sts::A:assumed-role/R/S`).
    public static func session(
        of role: String,
        named session: String = "session",
        in account: String
    ) throws(PrincipalError) -> AuthorizationRequest {
        try principal("arn:aws:sts::\(account):assumed-role/\(role)/\(session)")
    }

    /// A request by the IAM role `name` itself (`arn:aws:iam::A:role/path/name`).
    public static func role(_ name: String, in account: String, path: String = "") throws(PrincipalError)
        -> AuthorizationRequest
    {
        try principal("arn:aws:iam::\(account):role/\(trimmed(path))\(name)")
    }

    /// A request by a federated user session from `GetFederationToken`.
    public static func federatedUser(_ name: String, in account: String) throws(PrincipalError) -> AuthorizationRequest
    {
        try principal("arn:aws:sts::\(account):federated-user/\(name)")
    }

    /// A request by the root user of `account`.
    public static func root(of account: String) throws(PrincipalError) -> AuthorizationRequest {
        try principal("arn:aws:iam::\(account):root")
    }

    /// A request by an AWS service principal such as `sns.amazonaws.com`.
    public static func service(_ service: String) throws(PrincipalError) -> AuthorizationRequest {
        try principal(service)
    }

    /// An unauthenticated (anonymous) request.
    public static var anonymous: AuthorizationRequest {
        get throws(PrincipalError) { try principal("*") }
    }

    private static func trimmed(_ path: String) -> String {
        guard !path.isEmpty else { return "" }
        var text = Substring(path)
        while text.first == "/" { text = text.dropFirst() }
        return text.last == "/" || text.isEmpty ? String(text) : text + "/"
    }
}
