extension OrganizationsSnapshot {
    /// The ids from the root down to `accountID`: `[root, ou, …, account]`, or `nil` when the
    /// account's place is unknown.
    ///
    /// This is the order in which SCP and RCP levels apply (every level must allow).
    public func ancestry(ofAccount accountID: String) -> [String]? {
        guard let account = accounts.valueIfPresent?.first(where: { $0.id == accountID }),
            var parent = account.parentID
        else { return nil }
        let units = organizationalUnits.valueIfPresent ?? []
        var path = [accountID]
        var guardCount = 0
        while guardCount <= units.count + 1 {
            path.insert(parent, at: 0)
            guard let unit = units.first(where: { $0.id == parent }), let next = unit.parentID else { return path }
            parent = next
            guardCount += 1
        }
        return nil
    }

    /// The policies of `type` attached directly to the root, OU or account `targetID`.
    public func policies(_ type: OrganizationPolicyType, attachedTo targetID: String) -> [OrganizationPolicy] {
        let all =
            type == .resourceControlPolicy
            ? resourceControlPolicies.valueIfPresent ?? [] : serviceControlPolicies.valueIfPresent ?? []
        return all.filter { policy in policy.targets.valueIfPresent?.contains { $0.targetID == targetID } == true }
    }
}
