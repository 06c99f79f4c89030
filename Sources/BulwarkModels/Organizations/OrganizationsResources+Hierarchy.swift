extension OrganizationsResources {
    /// The ids from the root down to `accountID`: `[root, ou, …, account]`.
    ///
    /// `.notConfigured` when the accounts are known and `accountID` is not among them; `.unknown`
    /// when the accounts or the OUs could not be read, or when the OUs' parents form a cycle (which
    /// AWS never reports, so the snapshot's files are not what AWS returned).
    ///
    /// This is the order in which SCP and RCP levels apply (every level must allow).
    public func ancestry(ofAccount accountID: String) -> Observed<[String]> {
        organizationalUnits.flatMap { units in
            accounts.first { $0.id == accountID }
                .flatMap { account in
                    guard var parent = account.parentID else { return .notConfigured }
                    var path = [accountID]
                    var guardCount = 0
                    while guardCount <= units.count + 1 {
                        path.insert(parent, at: 0)
                        guard let unit = units.first(where: { $0.id == parent }), let next = unit.parentID else {
                            return .value(path)
                        }
                        parent = next
                        guardCount += 1
                    }
                    return .unknown(
                        Unreadable(
                            call: .global("organizations", "list-organizational-units-for-parent"),
                            code: Unreadable.malformedFile,
                            message: "the organizational units' parents form a cycle above account \(accountID)"
                        )
                    )
                }
        }
    }

    /// The policies of `type` attached directly to the root, OU or account `targetID`; `.unknown`
    /// when the policies, or the targets of one of them, could not be read.
    public func policies(
        _ type: OrganizationPolicyType,
        attachedTo targetID: String
    ) -> Observed<[OrganizationPolicy]> {
        let all = type == .resourceControlPolicy ? resourceControlPolicies : serviceControlPolicies
        return all.flatMap { policies in
            var attached: [OrganizationPolicy] = []
            for policy in policies {
                switch policy.targets {
                case .value(let targets):
                    if targets.contains(where: { $0.targetID == targetID }) { attached.append(policy) }
                case .notConfigured: continue
                case .unknown(let reason): return .unknown(reason)
                }
            }
            return .value(attached)
        }
    }
}
