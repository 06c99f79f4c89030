/// Every policy that takes part in one authorization decision.
///
/// SCPs and RCPs are given as levels from the organization root through the OUs to the account;
/// within a level any policy may allow, and every level must (IAM User Guide, "Policy evaluation
/// logic"). Empty levels mean "not in an organization".
///
/// ```swift
/// let set = PolicySet(identityPolicies: [readOnly], resourcePolicy: bucketPolicy)
/// let compiled = set.compiled()
/// #expect(compiled.decision(for: request) == .allow)
/// ```
public struct PolicySet: Sendable, Hashable {
    /// The identity-based policies (user + its groups, or the role).
    public var identityPolicies: [PolicyDocument]
    /// The resource-based policy: bucket policy, key policy, role trust policy, queue policy.
    public var resourcePolicy: PolicyDocument?
    /// The permissions boundary of the user or role.
    public var permissionsBoundary: PolicyDocument?
    /// The session policy of a role or federated-user session.
    public var sessionPolicy: PolicyDocument?
    /// The VPC endpoint policy, when the request goes through an endpoint.
    public var vpcEndpointPolicy: PolicyDocument?
    /// SCP levels of the principal's account, from the root to the account.
    public var serviceControlPolicies: [[PolicyDocument]]
    /// RCP levels of the resource's account, from the root to the account.
    public var resourceControlPolicies: [[PolicyDocument]]
    /// Whether the principal belongs to the management account (SCPs do not apply).
    public var principalIsManagementAccount: Bool
    /// Whether the resource is in the management account (RCPs do not apply).
    public var resourceIsInManagementAccount: Bool
    /// Whether the resource is an AWS managed KMS key (RCPs do not apply).
    public var resourceIsAWSManagedKey: Bool

    /// Creates a policy set.
    public init(
        identityPolicies: [PolicyDocument] = [],
        resourcePolicy: PolicyDocument? = nil,
        permissionsBoundary: PolicyDocument? = nil,
        sessionPolicy: PolicyDocument? = nil,
        vpcEndpointPolicy: PolicyDocument? = nil,
        serviceControlPolicies: [[PolicyDocument]] = [],
        resourceControlPolicies: [[PolicyDocument]] = [],
        principalIsManagementAccount: Bool = false,
        resourceIsInManagementAccount: Bool = false,
        resourceIsAWSManagedKey: Bool = false
    ) {
        self.identityPolicies = identityPolicies
        self.resourcePolicy = resourcePolicy
        self.permissionsBoundary = permissionsBoundary
        self.sessionPolicy = sessionPolicy
        self.vpcEndpointPolicy = vpcEndpointPolicy
        self.serviceControlPolicies = serviceControlPolicies
        self.resourceControlPolicies = resourceControlPolicies
        self.principalIsManagementAccount = principalIsManagementAccount
        self.resourceIsInManagementAccount = resourceIsInManagementAccount
        self.resourceIsAWSManagedKey = resourceIsAWSManagedKey
    }

    /// Compiles the set once (patterns, index by service, condition values pre-parsed) for fast decisions.
    public func compiled() -> CompiledPolicySet { CompiledPolicySet(self) }

    /// Evaluates one request with an explanation (compiles the set first; compile once for many requests).
    public func evaluate(_ request: AuthorizationRequest) -> Evaluation { compiled().evaluate(request) }

    /// The decision for one request (compiles the set first; compile once for many requests).
    public func decision(for request: AuthorizationRequest) -> Decision { compiled().decision(for: request) }
}
