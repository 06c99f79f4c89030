extension AuthorizationRequest {
    /// The request, pre-processed once (in one shared box) so evaluation allocates nothing and
    /// copies nothing but a reference.
    final class Prepared: Sendable {
        /// The principal.
        let principal: Principal
        /// The lowercased action.
        let action: RequestAction
        /// The resource with its ARN segments located.
        let resource: RequestResource
        /// The account that owns the resource, as given (before falling back to the ARN).
        let givenAccount: String?
        /// The resource's account, when known.
        let resourceAccount: String?
        /// The context plus derived keys.
        let context: RequestContext
        /// Whether principal and resource are in the same account (or the resource account is unknown).
        let isSameAccount: Bool
        /// A decision made before any policy is read (authentication operations, root and roles).
        let presetDecision: PresetDecision?
        /// Whether the principal is an IAM identity (user, role, session, federated user, root).
        let isIAMIdentity: Bool
        /// Whether the principal is a service-linked role.
        let isServiceLinkedRole: Bool
        /// Whether the resource's policy must allow explicitly: a role trust policy or a KMS key policy.
        let requiredResourcePolicy: RequiredResourcePolicy?
        /// Whether the action's service is one RCPs cover (and the action is not `kms:RetireGrant`).
        let isRCPCoveredAction: Bool
        /// Whether this is the bucket owner's root user reading, writing or deleting the bucket policy,
        /// which the bucket policy cannot deny (S3 API Reference, PutBucketPolicy: only VPC endpoint
        /// policies and Organizations policies can block it).
        let isBucketOwnerRootPolicyAction: Bool

        /// Prepares a request from its parts.
        convenience init(
            _ principal: Principal,
            _ action: String,
            _ resource: String,
            _ account: String?,
            _ given: RequestContext
        ) {
            let resource = RequestResource(resource)
            let owner = Prepared.owner(account, resource)
            self.init(
                principal,
                RequestAction(action),
                resource,
                given: account,
                owner: owner,
                context: Prepared.context(given, principal, owner),
                isIAMIdentity: principal.isIAMIdentity,
                isServiceLinkedRole: principal.isServiceLinkedRole
            )
        }

        /// The same request with another action: only what depends on the action is computed.
        convenience init(deriving base: Prepared, action: RequestAction) {
            self.init(
                base.principal,
                action,
                base.resource,
                given: base.givenAccount,
                owner: base.resourceAccount,
                context: base.context,
                isIAMIdentity: base.isIAMIdentity,
                isServiceLinkedRole: base.isServiceLinkedRole
            )
        }

        /// The same request with another resource; the context is rebuilt only when the resource's
        /// account changes.
        convenience init(deriving base: Prepared, resource: RequestResource, given: RequestContext) {
            let owner = Prepared.owner(base.givenAccount, resource)
            self.init(
                base.principal,
                base.action,
                resource,
                given: base.givenAccount,
                owner: owner,
                context: owner == base.resourceAccount ? base.context : Prepared.context(given, base.principal, owner),
                isIAMIdentity: base.isIAMIdentity,
                isServiceLinkedRole: base.isServiceLinkedRole
            )
        }

        private init(
            _ principal: Principal,
            _ action: RequestAction,
            _ resource: RequestResource,
            given: String?,
            owner: String?,
            context: RequestContext,
            isIAMIdentity: Bool,
            isServiceLinkedRole: Bool
        ) {
            self.principal = principal
            self.action = action
            self.resource = resource
            givenAccount = given
            resourceAccount = owner
            self.context = context
            self.isIAMIdentity = isIAMIdentity
            self.isServiceLinkedRole = isServiceLinkedRole
            // AWS managed policies live in the `aws` namespace that every account reads from, not in another account.
            let sameAccount = owner == nil || owner == "aws" || principal.account == owner
            isSameAccount = sameAccount
            let required = RequiredResourcePolicy(action: action, resource: resource)
            requiredResourcePolicy = required
            presetDecision = PresetDecision(principal, action, resource, required)
            isRCPCoveredAction = action.isRCPCovered
            isBucketOwnerRootPolicyAction =
                principal.kind == .root && owner != nil && sameAccount
                && (action.is("s3:getbucketpolicy") || action.is("s3:putbucketpolicy")
                    || action.is("s3:deletebucketpolicy"))
        }

        /// The account that owns the resource: the one given, else the ARN's account segment.
        private static func owner(_ given: String?, _ resource: RequestResource) -> String? {
            if let given, !given.isEmpty { return given }
            guard let account = resource.segment(4), !account.isEmpty else { return nil }
            return account
        }

        /// The given context plus the keys AWS derives from the principal and the resource's account
        /// (a key the context already has wins).
        private static func context(_ given: RequestContext, _ p: Principal, _ owner: String?) -> RequestContext {
            var context = given
            context.reserveAdditional(6)
            func add(_ key: DerivedKey, _ value: ContextValue) {
                if given.value(key: key.name, hash: key.hash) == nil {
                    context.appendAbsent(key.name, hash: key.hash, value)
                }
            }
            if let owner { add(.resourceAccount, .string(owner)) }
            if let account = p.account { add(.principalAccount, .string(account)) }
            switch p.kind {
            case .user:
                add(.principalARN, .string(p.text))
                add(.principalType, "User")
                if let name = p.name { add(.username, .string(name)) }
            case .role, .roleSession:
                if let role = p.roleARN { add(.principalARN, .string(role)) }
                add(.principalType, "AssumedRole")
            case .federatedUser:
                add(.principalARN, .string(p.text))
                add(.principalType, "FederatedUser")
                if let account = p.account, let name = p.name { add(.userID, .string("\(account):\(name)")) }
            case .root:
                add(.principalARN, .string(p.text))
                add(.principalType, "Account")
                if let account = p.account { add(.userID, .string(account)) }
            case .service:
                add(.principalServiceName, .string(p.name ?? p.text))
            case .anonymous:
                add(.principalType, "Anonymous")
                add(.userID, "anonymous")
            case .identityProvider, .canonicalUser:
                break
            }
            if p.kind != .anonymous { add(.principalIsAWSService, .boolean(p.kind == .service)) }
            return context
        }
    }
}

/// A context key that AWS derives from the principal or resource, with its lookup hash computed once.
private struct DerivedKey {
    let name: String
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        hash = RequestContext.keyHash(name)
    }

    static let resourceAccount = DerivedKey("aws:ResourceAccount")
    static let principalAccount = DerivedKey("aws:PrincipalAccount")
    static let principalARN = DerivedKey("aws:PrincipalArn")
    static let principalType = DerivedKey("aws:PrincipalType")
    static let username = DerivedKey("aws:username")
    static let userID = DerivedKey("aws:userid")
    static let principalServiceName = DerivedKey("aws:PrincipalServiceName")
    static let principalIsAWSService = DerivedKey("aws:PrincipalIsAWSService")
}
