import BulwarkIAM
import BulwarkModels

/// Gathers each user's and role's policies from the IAM part of a snapshot.
struct PrincipalAssembler {
    let iam: IAMResources
    let guardrails: OrganizationGuardrails
    let managed: [String: ManagedPolicy]
    let groups: [String: IAMGroup]

    init(iam: IAMResources, guardrails: OrganizationGuardrails) {
        self.iam = iam
        self.guardrails = guardrails
        var managed: [String: ManagedPolicy] = [:]
        for policy in iam.policies.valueIfPresent ?? [] { managed[policy.arn.description] = policy }
        self.managed = managed
        var groups: [String: IAMGroup] = [:]
        for group in iam.groups.valueIfPresent ?? [] { groups[group.groupName] = group }
        self.groups = groups
    }

    /// Group policies, other policy versions and console passwords.
    func facts() -> IAMFacts {
        var facts = IAMFacts()
        var ignored: [String] = []
        for group in groups.values {
            let owner = "group \(group.groupName)"
            facts.groupPolicies[group.arn.description] =
                inline(group.groupPolicyList, owner: owner, &ignored)
                + managedPolicies(group.attachedManagedPolicies, owner: owner, &ignored)
        }
        for policy in managed.values where !policy.isAWSManaged {
            let others = policy.policyVersionList.filter {
                !$0.isDefaultVersion && $0.versionID != policy.defaultVersionID
            }
            let documents = others.compactMap { version in
                version.document?.document
                    .map {
                        SourcedPolicy(
                            source: "\(policy.arn) version \(version.versionID)",
                            managedPolicyARN: policy.arn.description,
                            document: $0
                        )
                    }
            }
            if !documents.isEmpty { facts.otherPolicyVersions[policy.arn.description] = documents }
        }
        for row in iam.credentialReport.valueIfPresent?.rows ?? [] {
            if let enabled = row.passwordEnabled { facts.passwordEnabled[row.arn.description] = enabled }
        }
        return facts
    }

    /// Every user and role, plus the reasons the lists themselves could not be read.
    func assemble() -> (principals: [AnalyzedPrincipal], unknown: [String]) {
        var unknown: [String] = []
        if let reason = iam.users.unreadable { unknown.append("IAM users: \(reason)") }
        if let reason = iam.roles.unreadable { unknown.append("IAM roles: \(reason)") }
        if let reason = iam.groups.unreadable { unknown.append("IAM groups: \(reason)") }
        if let reason = iam.policies.unreadable { unknown.append("IAM managed policies: \(reason)") }
        var principals: [AnalyzedPrincipal] = []
        for user in iam.users.valueIfPresent ?? [] {
            if let p = self.user(user) {
                principals.append(p)
            } else {
                unknown.append("user \(user.arn): not an IAM ARN")
            }
        }
        for role in iam.roles.valueIfPresent ?? [] {
            if let p = self.role(role) {
                principals.append(p)
            } else {
                unknown.append("role \(role.arn): not an IAM ARN")
            }
        }
        return (principals, unknown)
    }

    private func user(_ user: IAMUser) -> AnalyzedPrincipal? {
        var reasons: [String] = []
        let owner = "user \(user.userName)"
        var policies = inline(user.userPolicyList, owner: owner, &reasons)
        var attached = user.attachedManagedPolicies.map(\.policyARN.description)
        policies += managedPolicies(user.attachedManagedPolicies, owner: owner, &reasons)
        for name in user.groupList {
            guard let group = groups[name] else {
                reasons.append("group \(name) of \(owner) is not in the snapshot")
                continue
            }
            let groupOwner = "group \(name)"
            policies += inline(group.groupPolicyList, owner: groupOwner, &reasons)
            policies += managedPolicies(group.attachedManagedPolicies, owner: groupOwner, &reasons)
            attached += group.attachedManagedPolicies.map(\.policyARN.description)
        }
        return try? AnalyzedPrincipal(
            arn: user.arn.description,
            kind: .user,
            identityPolicies: policies,
            permissionsBoundary: boundary(user.permissionsBoundary, owner: owner, &reasons),
            groups: user.groupList.compactMap { groups[$0]?.arn.description },
            attachedPolicyARNs: attached,
            unknownReasons: reasons,
            guardrails: guardrails
        )
    }

    private func role(_ role: IAMRole) -> AnalyzedPrincipal? {
        var reasons: [String] = []
        let owner = "role \(role.roleName)"
        var policies = inline(role.rolePolicyList, owner: owner, &reasons)
        policies += managedPolicies(role.attachedManagedPolicies, owner: owner, &reasons)
        let trust = role.assumeRolePolicyDocument?.document
        if role.assumeRolePolicyDocument != nil && trust == nil {
            reasons.append("trust policy of \(owner) is not a valid policy")
        }
        return try? AnalyzedPrincipal(
            arn: role.arn.description,
            kind: .role,
            identityPolicies: policies,
            permissionsBoundary: boundary(role.permissionsBoundary, owner: owner, &reasons),
            attachedPolicyARNs: role.attachedManagedPolicies.map(\.policyARN.description),
            trustPolicy: trust,
            unknownReasons: reasons,
            guardrails: guardrails
        )
    }

    private func inline(_ list: [InlinePolicy], owner: String, _ reasons: inout [String]) -> [SourcedPolicy] {
        list.compactMap { policy in
            guard let document = policy.policyDocument.document else {
                reasons.append("\(owner), inline policy \(policy.policyName): not a valid policy")
                return nil
            }
            return SourcedPolicy(source: "\(owner), inline policy \(policy.policyName)", document: document)
        }
    }

    private func managedPolicies(
        _ list: [AttachedPolicy],
        owner: String,
        _ reasons: inout [String]
    ) -> [SourcedPolicy] {
        list.compactMap { attached in
            managedDocument(attached.policyARN.description, owner: owner, &reasons)
                .map {
                    SourcedPolicy(
                        source: "\(owner), \(attached.policyARN)",
                        managedPolicyARN: attached.policyARN.description,
                        document: $0
                    )
                }
        }
    }

    private func boundary(
        _ boundary: PermissionsBoundary?,
        owner: String,
        _ reasons: inout [String]
    ) -> SourcedPolicy? {
        guard let arn = boundary?.permissionsBoundaryARN.description else { return nil }
        guard let document = managedDocument(arn, owner: owner, &reasons) else {
            // An unreadable boundary still limits: deny everything rather than grant what it may not.
            return SourcedPolicy(
                source: "\(owner), permissions boundary \(arn) (unreadable)",
                managedPolicyARN: arn,
                document: PolicyDocument(statements: [])
            )
        }
        return SourcedPolicy(source: "\(owner), permissions boundary \(arn)", managedPolicyARN: arn, document: document)
    }

    /// The default version of a managed policy, or `nil` with the reason recorded.
    private func managedDocument(_ arn: String, owner: String, _ reasons: inout [String]) -> PolicyDocument? {
        guard let policy = managed[arn] else {
            reasons.append("\(owner): managed policy \(arn) is not in the snapshot")
            return nil
        }
        guard let document = policy.defaultVersion?.document?.document else {
            reasons.append("\(owner): default version of \(arn) is missing or not a valid policy")
            return nil
        }
        return document
    }
}
