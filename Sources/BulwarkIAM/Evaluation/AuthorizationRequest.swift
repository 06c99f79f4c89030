/// One request to authorize: who, which action, on which resource, with which context.
///
/// ```swift
/// let request = try AuthorizationRequest(
///     principal: "arn:aws:iam::111122223333:user/alice",
///     action: "s3:GetObject",
///     resource: "arn:aws:s3:::reports/2024.csv",
///     resourceAccount: "111122223333",
///     context: ["aws:SourceIp": "203.0.113.7"])
/// ```
///
/// The keys AWS derives from the principal are added unless `context` supplies them:
/// `aws:PrincipalArn` (a role session's role ARN), `aws:PrincipalAccount`, `aws:PrincipalType`,
/// `aws:username` (IAM users only), `aws:userid` (root and federated users, where derivable),
/// `aws:PrincipalIsAWSService`, `aws:PrincipalServiceName` and `aws:ResourceAccount`.
public struct AuthorizationRequest: Sendable, Hashable {
    /// Who makes the request.
    public var principal: Principal { didSet { prepare() } }
    /// The action, such as `s3:GetObject` (compared case-insensitively).
    ///
    /// Changing it re-prepares only what depends on the action, so deriving many requests from one
    /// is cheap.
    public var action: String {
        didSet { prepared = Prepared(deriving: prepared, action: RequestAction(action)) }
    }
    /// The resource ARN, or `*` for actions that take no resource.
    ///
    /// Changing it re-prepares only what depends on the resource (the context too, when the
    /// resource's account changes).
    public var resource: String {
        didSet { prepared = Prepared(deriving: prepared, resource: RequestResource(resource), given: context) }
    }
    /// The account that owns the resource; needed when the ARN has no account (S3 buckets).
    public var resourceAccount: String? { didSet { prepare() } }
    /// The context keys as given.
    public var context: RequestContext { didSet { prepare() } }

    /// The prepared action, resource and context; rebuilt whenever a property changes.
    private(set) var prepared: Prepared

    /// Creates a request.
    public init(
        principal: Principal,
        action: String,
        resource: String = "*",
        resourceAccount: String? = nil,
        context: RequestContext = [:]
    ) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.resourceAccount = resourceAccount
        self.context = context
        prepared = Prepared(principal, action, resource, resourceAccount, context)
    }

    /// Creates a request, parsing the principal.
    ///
    /// - Throws: ``PrincipalError`` when `principal` is not a principal.
    public init(
        principal: String,
        action: String,
        resource: String = "*",
        resourceAccount: String? = nil,
        context: RequestContext = [:]
    ) throws(PrincipalError) {
        self.init(
            principal: try Principal(principal),
            action: action,
            resource: resource,
            resourceAccount: resourceAccount,
            context: context
        )
    }

    private mutating func prepare() {
        prepared = Prepared(principal, action, resource, resourceAccount, context)
    }

    /// This request with another action and/or resource; everything else is shared, not prepared again.
    ///
    /// ```swift
    /// let writes = ["s3:PutObject", "s3:DeleteObject"].map { read.with(action: $0) }
    /// ```
    public func with(action: String? = nil, resource: String? = nil) -> AuthorizationRequest {
        var copy = self
        if let action { copy.action = action }
        if let resource { copy.resource = resource }
        return copy
    }

    /// The context with the keys AWS derives from the principal and resource added.
    public var effectiveContext: RequestContext { prepared.context }

    /// The account that owns the resource: ``resourceAccount``, else the ARN's account segment.
    public var effectiveResourceAccount: String? { prepared.resourceAccount }

    /// Whether principal and resource are in the same account (or the resource account is unknown).
    public var isSameAccount: Bool { prepared.isSameAccount }

    /// Requests are equal when their principal, action, resource, resource account and context are.
    public static func == (lhs: AuthorizationRequest, rhs: AuthorizationRequest) -> Bool {
        lhs.principal == rhs.principal && lhs.action == rhs.action && lhs.resource == rhs.resource
            && lhs.resourceAccount == rhs.resourceAccount && lhs.context == rhs.context
    }

    /// Hashes the principal, action, resource, resource account and context.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(principal)
        hasher.combine(action)
        hasher.combine(resource)
        hasher.combine(resourceAccount)
        hasher.combine(context)
    }
}
