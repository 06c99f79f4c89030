import BulwarkIAM
extension OrganizationsResources {
    /// Reads the organization, walks its OUs from the root, and reads SCPs and RCPs with content and targets.
    static func load(from reader: SnapshotReader) async -> OrganizationsResources {
        let roots = reader.list(OrganizationRoot.self, .global("organizations", "list-roots"), key: "Roots")
        var units: Observed<[OrganizationalUnit]> = roots.map { _ in [] }
        var parentOfAccount: [String: String] = [:]
        if let rootIDs = roots.valueIfPresent?.map(\.id) {
            var pending = rootIDs
            var seen = Set(rootIDs)
            var found: [OrganizationalUnit] = []
            var unreadable: Unreadable?
            while let parent = pending.first {
                pending.removeFirst()
                let children = reader.list(
                    OrganizationalUnit.self,
                    .global("organizations", "list-organizational-units-for-parent", parent),
                    key: "OrganizationalUnits"
                )
                let accounts = reader.list(
                    OrganizationAccount.self,
                    .global("organizations", "list-accounts-for-parent", parent),
                    key: "Accounts"
                )
                unreadable = unreadable ?? children.unreadable ?? accounts.unreadable
                for var unit in children.valueIfPresent ?? [] where seen.insert(unit.id).inserted {
                    unit.parentID = parent
                    found.append(unit)
                    pending.append(unit.id)
                }
                for account in accounts.valueIfPresent ?? [] { parentOfAccount[account.id] = parent }
            }
            // A parent whose children or accounts could not be read leaves the hierarchy unknown.
            units = unreadable.map(Observed.unknown) ?? .value(found)
        }
        let accounts = reader.list(OrganizationAccount.self, .global("organizations", "list-accounts"), key: "Accounts")
            .map { accounts in
                accounts.map { account in
                    var account = account
                    account.parentID = parentOfAccount[account.id]
                    return account
                }
            }
        async let scps = policies(.serviceControlPolicy, kind: .serviceControl, reader: reader)
        async let rcps = policies(.resourceControlPolicy, kind: .resourceControl, reader: reader)
        return OrganizationsResources(
            organization: reader.member(
                Organization.self,
                .global("organizations", "describe-organization"),
                key: "Organization"
            ),
            roots: roots,
            accounts: accounts,
            organizationalUnits: units,
            serviceControlPolicies: await scps,
            resourceControlPolicies: await rcps
        )
    }

    private static func policies(
        _ type: OrganizationPolicyType,
        kind: PolicyKind,
        reader: SnapshotReader
    ) async -> Observed<[OrganizationPolicy]> {
        let listed = reader.list(
            OrganizationPolicy.self,
            .global("organizations", "list-policies", type.rawValue),
            key: "Policies"
        )
        return await listed.asyncMap { policies in
            await Concurrently.map(policies) { policy in
                var policy = policy
                policy.content =
                    reader.member(
                        DescribedPolicy.self,
                        .global("organizations", "describe-policy", policy.id),
                        key: "Policy",
                        policyKind: kind
                    )
                    .flatMap { described in described.content.map(Observed.value) ?? .notConfigured }
                policy.targets = reader.list(
                    PolicyTarget.self,
                    .global("organizations", "list-targets-for-policy", policy.id),
                    key: "Targets"
                )
                return policy
            }
        }
    }
}

/// The `Policy` member of `organizations describe-policy`: the content is policy text in a string.
struct DescribedPolicy: Decodable, Sendable {
    var content: EmbeddedPolicy?

    private enum CodingKeys: String, CodingKey {
        case content = "Content"
    }
}
