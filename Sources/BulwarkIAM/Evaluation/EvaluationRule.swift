/// The rule that decided a request: a stable ``Code`` plus the rule as a sentence.
///
/// Test or branch on ``code``; show ``sentence`` (or the description, which also names the deciding
/// statement) to people.
///
/// ```swift
/// #expect(policies.evaluate(request).explanation.rule.code == .boundaryWithoutAllow)
/// ```
public struct EvaluationRule: Sendable, Hashable, CustomStringConvertible {
    /// Which rule decided.
    ///
    /// Codes are open: new ones may be added, so a `switch` needs a `default`.
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        /// The code as text, such as `explicit-deny`.
        public let rawValue: String

        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The code as text.
        public var description: String { rawValue }
    }

    /// Which rule decided.
    public var code: Code
    /// The rule as a sentence ("implicit deny: the permissions boundary has no matching Allow").
    public var sentence: String
    /// The statement that decided, when one did (the explicit `Deny`, or the `Allow` that granted).
    public var decidingStatement: StatementReference?

    /// Creates a rule.
    public init(code: Code, sentence: String, decidingStatement: StatementReference? = nil) {
        self.code = code
        self.sentence = sentence
        self.decidingStatement = decidingStatement
    }

    /// The sentence, followed by the deciding statement in parentheses when there is one.
    public var description: String {
        guard let decidingStatement else { return sentence }
        return "\(sentence) (\(decidingStatement))"
    }
}

extension EvaluationRule.Code {
    private init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// A `Deny` statement in an applicable policy matched.
    public static let explicitDeny = Self("explicit-deny")
    /// A level of resource control policies (RCPs) has no matching `Allow`.
    public static let rcpWithoutAllow = Self("rcp-without-allow")
    /// A level of service control policies (SCPs) has no matching `Allow`.
    public static let scpWithoutAllow = Self("scp-without-allow")
    /// The VPC endpoint policy has no matching `Allow`.
    public static let vpcEndpointWithoutAllow = Self("vpc-endpoint-without-allow")
    /// The role trust policy, which must allow explicitly, does not allow the principal.
    public static let trustPolicyWithoutAllow = Self("trust-policy-without-allow")
    /// The KMS key policy, which must allow explicitly, allows neither the principal nor its account.
    public static let keyPolicyWithoutAllow = Self("key-policy-without-allow")
    /// A principal without identity-based policies (anonymous, a service, …) and no resource-policy `Allow`.
    public static let resourcePolicyWithoutAllow = Self("resource-policy-without-allow")
    /// A cross-account request that the resource-based policy does not allow.
    public static let crossAccountWithoutResourceAllow = Self("cross-account-without-resource-allow")
    /// No identity-based policy has a matching `Allow`.
    public static let identityWithoutAllow = Self("identity-without-allow")
    /// The permissions boundary has no matching `Allow`.
    public static let boundaryWithoutAllow = Self("boundary-without-allow")
    /// The session policy has no matching `Allow`.
    public static let sessionPolicyWithoutAllow = Self("session-policy-without-allow")
    /// A federated-user session without a session policy, which has no permissions.
    public static let federatedSessionWithoutPolicy = Self("federated-session-without-policy")
    /// The resource-based policy allows the principal.
    public static let allowedByResourcePolicy = Self("allowed-by-resource-policy")
    /// An identity-based policy allows, and nothing limits it.
    public static let allowedByIdentityPolicy = Self("allowed-by-identity-policy")
    /// The account root user, in its own account or allowed by the resource-based policy.
    public static let allowedRootUser = Self("allowed-root-user")
    /// `sts:GetCallerIdentity`, always allowed.
    public static let callerIdentity = Self("caller-identity")
    /// `sts:GetSessionToken` by a user or the root user: authentication that policies cannot control.
    public static let sessionToken = Self("session-token")
    /// `sts:GetSessionToken` with temporary credentials, which STS refuses.
    public static let sessionTokenFromSession = Self("session-token-from-session")
    /// The root user assuming a role, which AWS refuses.
    public static let rootAssumingRole = Self("root-assuming-role")
    /// A change to an AWS managed policy, which AWS refuses.
    public static let awsManagedPolicyChange = Self("aws-managed-policy-change")
    /// A change to a role that IAM Identity Center manages, which only Identity Center may make.
    public static let reservedRoleChange = Self("reserved-role-change")
    /// A change to an AWS managed KMS key's reserved alias (`alias/aws/…`), which AWS refuses.
    public static let reservedKMSAlias = Self("reserved-kms-alias")
}
