/// AWS Organizations as seen from the account: the organization, its structure and its SCPs and RCPs.
public struct OrganizationsResources: Sendable, Hashable {
    /// The organization; `.notConfigured` when the account is in none (`AWSOrganizationsNotInUseException`).
    public var organization: Observed<Organization>
    /// The roots (one per organization).
    public var roots: Observed<[OrganizationRoot]>
    /// The member accounts (readable from the management or a delegated administrator account).
    public var accounts: Observed<[OrganizationAccount]>
    /// Every OU, found by walking down from the root; `.unknown` when the OUs or the accounts of any
    /// parent could not be read (the accounts' places in the hierarchy are then unknown too).
    public var organizationalUnits: Observed<[OrganizationalUnit]>
    /// The SCPs with content and targets.
    public var serviceControlPolicies: Observed<[OrganizationPolicy]>
    /// The RCPs with content and targets.
    public var resourceControlPolicies: Observed<[OrganizationPolicy]>

    /// Creates an `OrganizationsResources` from its parts.
    public init(
        organization: Observed<Organization> = .notConfigured,
        roots: Observed<[OrganizationRoot]> = .notConfigured,
        accounts: Observed<[OrganizationAccount]> = .notConfigured,
        organizationalUnits: Observed<[OrganizationalUnit]> = .notConfigured,
        serviceControlPolicies: Observed<[OrganizationPolicy]> = .notConfigured,
        resourceControlPolicies: Observed<[OrganizationPolicy]> = .notConfigured
    ) {
        self.organization = organization
        self.roots = roots
        self.accounts = accounts
        self.organizationalUnits = organizationalUnits
        self.serviceControlPolicies = serviceControlPolicies
        self.resourceControlPolicies = resourceControlPolicies
    }
}
