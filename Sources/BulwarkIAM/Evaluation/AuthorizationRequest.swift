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
    public var action: String { didSet { prepare() } }
    /// The resource ARN, or `*` for actions that take no resource.
    public var resource: String { didSet { prepare() } }
    /// The account that owns the resource; needed when the ARN has no account (S3 buckets).
    public var resourceAccount: String? { didSet { prepare() } }
    /// The context keys as given.
    public var context: RequestContext { didSet { prepare() } }

    /// The prepared action, resource and context; rebuilt whenever a property changes.
    package private(set) var prepared: Prepared

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

    /// The request, pre-processed once (in one shared box) so evaluation allocates nothing and
    /// copies nothing but a reference.
    package final class Prepared: Sendable {
        /// The principal.
        package let principal: Principal
        /// The lowercased action.
        package let action: RequestAction
        /// The resource with its ARN segments located.
        package let resource: RequestResource
        /// The resource's account, when known.
        package let resourceAccount: String?
        /// The context plus derived keys.
        package let context: RequestContext
        /// Whether principal and resource are in the same account (or the resource account is unknown).
        package let isSameAccount: Bool
        /// A decision made before any policy is read (authentication operations, root and roles).
        package let presetDecision: PresetDecision?
        /// Whether the principal is an IAM identity (user, role, session, federated user, root).
        package let isIAMIdentity: Bool
        /// Whether the principal is a service-linked role.
        package let isServiceLinkedRole: Bool
        /// Whether the resource's policy must allow explicitly: a role trust policy or a KMS key policy.
        package let requiredResourcePolicy: RequiredResourcePolicy?
        /// Whether the action's service is one RCPs cover (and the action is not `kms:RetireGrant`).
        package let isRCPCoveredAction: Bool
        /// Whether this is the bucket owner's root user reading, writing or deleting the bucket policy,
        /// which the bucket policy cannot deny (S3 API Reference, PutBucketPolicy: only VPC endpoint
        /// policies and Organizations policies can block it).
        package let isBucketOwnerRootPolicyAction: Bool

        init(_ principal: Principal, _ action: String, _ resource: String, _ account: String?, _ given: RequestContext)
        {
            self.principal = principal
            let action = RequestAction(action)
            self.action = action
            let resource = RequestResource(resource)
            self.resource = resource
            let fromARN = resource.segment(4).flatMap { $0.isEmpty ? nil : $0 }
            let owner = account.flatMap { $0.isEmpty ? nil : $0 } ?? fromARN
            resourceAccount = owner
            var context = given
            for (key, value) in Prepared.derivedKeys(principal, owner) where !given.contains(key) {
                context[key] = value
            }
            self.context = context
            // AWS managed policies live in the `aws` namespace that every account reads from, not in another account.
            isSameAccount = owner == nil || owner == "aws" || principal.account == owner
            isIAMIdentity = principal.isIAMIdentity
            isServiceLinkedRole = principal.isServiceLinkedRole
            let required = RequiredResourcePolicy(action: action, resource: resource)
            requiredResourcePolicy = required
            presetDecision = PresetDecision(principal, action, resource.text, required)
            isRCPCoveredAction =
                !action.is("kms:retiregrant") && RequiredResourcePolicy.rcpServices.contains(action.service)
            isBucketOwnerRootPolicyAction =
                principal.kind == .root && owner != nil && isSameAccount
                && (action.is("s3:getbucketpolicy") || action.is("s3:putbucketpolicy")
                    || action.is("s3:deletebucketpolicy"))
        }

        private static func derivedKeys(_ p: Principal, _ resourceAccount: String?) -> [(String, ContextValue)] {
            var keys: [(String, ContextValue)] = []
            if let owner = resourceAccount { keys.append(("aws:ResourceAccount", .string(owner))) }
            if let account = p.account { keys.append(("aws:PrincipalAccount", .string(account))) }
            switch p.kind {
            case .user:
                keys += [("aws:PrincipalArn", .string(p.text)), ("aws:PrincipalType", "User")]
                if let name = p.name { keys.append(("aws:username", .string(name))) }
            case .role, .roleSession:
                if let role = p.roleARN { keys.append(("aws:PrincipalArn", .string(role))) }
                keys.append(("aws:PrincipalType", "AssumedRole"))
            case .federatedUser:
                keys += [("aws:PrincipalArn", .string(p.text)), ("aws:PrincipalType", "FederatedUser")]
                if let account = p.account, let name = p.name {
                    keys.append(("aws:userid", .string("\(account):\(name)")))
                }
            case .root:
                keys += [("aws:PrincipalArn", .string(p.text)), ("aws:PrincipalType", "Account")]
                if let account = p.account { keys.append(("aws:userid", .string(account))) }
            case .service:
                keys.append(("aws:PrincipalServiceName", .string(p.name ?? p.text)))
            case .anonymous:
                keys += [("aws:PrincipalType", "Anonymous"), ("aws:userid", "anonymous")]
            case .identityProvider, .canonicalUser:
                break
            }
            if p.kind != .anonymous {
                keys.append(("aws:PrincipalIsAWSService", .boolean(p.kind == .service)))
            }
            return keys
        }
    }
}
