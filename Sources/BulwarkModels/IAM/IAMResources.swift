public import BulwarkIAM

/// Everything IAM in one account: identities, policies, credentials and account settings.
public struct IAMResources: Sendable, Hashable {
    /// The IAM users (`iam get-account-authorization-details`), with their access keys and MFA devices.
    public var users: Observed<[IAMUser]>
    /// The IAM groups.
    public var groups: Observed<[IAMGroup]>
    /// The IAM roles.
    public var roles: Observed<[IAMRole]>
    /// The managed policies (customer managed, and AWS managed ones in use).
    public var policies: Observed<[ManagedPolicy]>
    /// The credential report, including the root user's row.
    public var credentialReport: Observed<CredentialReport>
    /// Entity counts and the root user's MFA and access-key flags.
    public var accountSummary: Observed<AccountSummary>
    /// The password policy; `.notConfigured` when the account has none (`NoSuchEntity`).
    public var passwordPolicy: Observed<PasswordPolicy>
    /// Virtual MFA devices, assigned or not.
    public var virtualMFADevices: Observed<[VirtualMFADevice]>
    /// Server certificates stored in IAM.
    public var serverCertificates: Observed<[ServerCertificate]>
    /// SAML identity providers.
    public var samlProviders: Observed<[SAMLProvider]>
    /// OpenID Connect identity providers.
    public var openIDConnectProviders: Observed<[OpenIDConnectProvider]>

    /// Creates an `IAMResources` from its parts.
    public init(
        users: Observed<[IAMUser]> = .notConfigured,
        groups: Observed<[IAMGroup]> = .notConfigured,
        roles: Observed<[IAMRole]> = .notConfigured,
        policies: Observed<[ManagedPolicy]> = .notConfigured,
        credentialReport: Observed<CredentialReport> = .notConfigured,
        accountSummary: Observed<AccountSummary> = .notConfigured,
        passwordPolicy: Observed<PasswordPolicy> = .notConfigured,
        virtualMFADevices: Observed<[VirtualMFADevice]> = .notConfigured,
        serverCertificates: Observed<[ServerCertificate]> = .notConfigured,
        samlProviders: Observed<[SAMLProvider]> = .notConfigured,
        openIDConnectProviders: Observed<[OpenIDConnectProvider]> = .notConfigured
    ) {
        self.users = users
        self.groups = groups
        self.roles = roles
        self.policies = policies
        self.credentialReport = credentialReport
        self.accountSummary = accountSummary
        self.passwordPolicy = passwordPolicy
        self.virtualMFADevices = virtualMFADevices
        self.serverCertificates = serverCertificates
        self.samlProviders = samlProviders
        self.openIDConnectProviders = openIDConnectProviders
    }

    /// The user named `name`: `.notConfigured` when the users are known and none has that name,
    /// `.unknown` when the users could not be read.
    public func user(named name: String) -> Observed<IAMUser> { users.first { $0.userName == name } }

    /// The role named `name`: `.notConfigured` when the roles are known and none has that name,
    /// `.unknown` when the roles could not be read.
    public func role(named name: String) -> Observed<IAMRole> { roles.first { $0.roleName == name } }

    /// The group named `name`: `.notConfigured` when the groups are known and none has that name,
    /// `.unknown` when the groups could not be read.
    public func group(named name: String) -> Observed<IAMGroup> { groups.first { $0.groupName == name } }

    /// The managed policy with ARN `arn`: `.notConfigured` when the policies are known and none has
    /// that ARN, `.unknown` when they could not be read.
    public func policy(arn: ARN) -> Observed<ManagedPolicy> { policies.first { $0.arn == arn } }

    /// Every instance profile, gathered from the roles they contain.
    public var instanceProfiles: Observed<[InstanceProfile]> {
        roles.map { roles in
            var seen: Set<ARN> = []
            return roles.flatMap(\.instanceProfileList).filter { seen.insert($0.arn).inserted }
        }
    }
}
