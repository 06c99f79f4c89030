import BulwarkCatalog
import BulwarkIAM

extension AccessAnalysis {
    /// The actions every admin check also asks about by name, so a `Deny` of one of them (which a
    /// per-service probe would not notice) keeps a principal from counting as admin.
    static let sentinelActions: [String] = [
        "iam:CreateUser", "iam:AttachUserPolicy", "iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:PassRole",
        "iam:CreateAccessKey", "iam:UpdateAssumeRolePolicy", "iam:CreatePolicyVersion", "sts:AssumeRole",
        "organizations:LeaveOrganization", "s3:PutBucketPolicy", "kms:PutKeyPolicy", "ec2:RunInstances",
        "lambda:CreateFunction",
    ]

    /// Service prefixes to probe: every catalog service, or a few core ones without a catalog.
    var probeServices: [String] {
        let prefixes = catalog.services.map(\.prefix)
        return prefixes.isEmpty ? ["iam", "sts", "s3", "ec2", "kms", "lambda", "organizations"] : prefixes
    }

    /// Whether the compiled identity side allows every action on every resource: one request per
    /// service with an action no policy names (only `*`-style patterns reach it) plus the sentinel
    /// actions, all on resource `*`.
    func allowsEverything(_ set: CompiledPolicySet, _ principal: Principal, services: [String]) -> Bool {
        for service in services {
            let request = AuthorizationRequest(principal: principal, action: "\(service):BulwarkAdminProbe")
            if set.decision(for: request) != .allow { return false }
        }
        for action in Self.sentinelActions
        where set.decision(for: AuthorizationRequest(principal: principal, action: action)) != .allow {
            return false
        }
        return true
    }

    /// A change a principal could make to its own permissions, and the permissions it would then have.
    struct SelfChange {
        var method: String
        var resource: String
        var context: RequestContext = [:]
        var via: String?
        var identity: [PolicyDocument]
        var boundary: PolicyDocument?
    }

    /// Every one-step change to its own permissions that `p` might make (whether allowed is decided later).
    func selfChanges(of p: AnalyzedPrincipal) -> [SelfChange] {
        let identity = p.identityPolicies.map(\.document)
        let boundary = p.permissionsBoundary?.document
        let granted = identity + [.allowEverything]
        let adminPolicy = "arn:\(partition):iam::aws:policy/AdministratorAccess"
        let noun = p.kind == .user ? "User" : "Role"
        var changes: [SelfChange] = [
            SelfChange(method: "iam:Put\(noun)Policy", resource: p.arn, identity: granted, boundary: boundary),
            SelfChange(
                method: "iam:Attach\(noun)Policy",
                resource: p.arn,
                context: ["iam:PolicyARN": .string(adminPolicy)],
                identity: granted,
                boundary: boundary
            ),
        ]
        for group in p.groups {
            changes.append(
                SelfChange(
                    method: "iam:PutGroupPolicy",
                    resource: group,
                    via: group,
                    identity: granted,
                    boundary: boundary
                )
            )
            changes.append(
                SelfChange(
                    method: "iam:AttachGroupPolicy",
                    resource: group,
                    context: ["iam:PolicyARN": .string(adminPolicy)],
                    via: group,
                    identity: granted,
                    boundary: boundary
                )
            )
        }
        for arn in Set(p.attachedPolicyARNs).sorted() where !arn.contains(":iam::aws:policy/") {
            changes.append(
                SelfChange(
                    method: "iam:CreatePolicyVersion",
                    resource: arn,
                    via: arn,
                    identity: granted,
                    boundary: boundary
                )
            )
            for version in facts.otherPolicyVersions[arn] ?? [] {
                let swapped = p.identityPolicies.map { $0.managedPolicyARN == arn ? version.document : $0.document }
                changes.append(
                    SelfChange(
                        method: "iam:SetDefaultPolicyVersion",
                        resource: arn,
                        via: version.source,
                        identity: swapped,
                        boundary: boundary
                    )
                )
            }
        }
        if p.kind == .user {
            for (group, policies) in facts.groupPolicies.sorted(by: { $0.key < $1.key }) where !p.groups.contains(group)
            {
                changes.append(
                    SelfChange(
                        method: "iam:AddUserToGroup",
                        resource: group,
                        via: group,
                        identity: identity + policies.map(\.document),
                        boundary: boundary
                    )
                )
            }
        }
        if boundary != nil {
            changes.append(
                SelfChange(
                    method: "iam:Delete\(noun)PermissionsBoundary",
                    resource: p.arn,
                    identity: identity,
                    boundary: nil
                )
            )
            changes.append(
                SelfChange(
                    method: "iam:Put\(noun)PermissionsBoundary",
                    resource: p.arn,
                    context: ["iam:PermissionsBoundary": .string(adminPolicy)],
                    identity: identity,
                    boundary: nil
                )
            )
        }
        for (i, policy) in p.identityPolicies.enumerated()
        where policy.document.statements.contains(where: { $0.effect == .deny })
            && policy.source.hasPrefix(p.kind.rawValue)
        {
            var without = identity
            without.remove(at: i)
            let method = policy.managedPolicyARN == nil ? "iam:Delete\(noun)Policy" : "iam:Detach\(noun)Policy"
            var context: RequestContext = [:]
            if let arn = policy.managedPolicyARN { context = ["iam:PolicyARN": .string(arn)] }
            changes.append(
                SelfChange(
                    method: method,
                    resource: p.arn,
                    context: context,
                    via: policy.source,
                    identity: without,
                    boundary: boundary
                )
            )
        }
        return changes
    }

    /// Whether `p` is admin-equivalent, and why: allowed everything now, or after one change to its
    /// own permissions that its own policies allow (the change comes back as a step).
    func adminEquivalence(of p: AnalyzedPrincipal, services: [String]) -> (reason: String, step: EscalationStep?)? {
        if allowsEverything(p.identitySide, p.principal, services: services) {
            let evaluation = p.identityEvaluation("iam:BulwarkAdminProbe")
            let by = p.describe(evaluation.explanation.decidingStatement).map { " (\($0))" } ?? ""
            return ("allowed every action on every resource\(by)", nil)
        }
        var filters: [String: TargetFilter] = [:]
        for change in selfChanges(of: p) {
            let filter = filters[change.method] ?? TargetFilter(p, action: change.method)
            filters[change.method] = filter
            guard filter.admits(change.resource),
                p.identityDecision(change.method, on: change.resource, context: change.context) == .allow
            else { continue }
            let evaluation = p.identityEvaluation(change.method, on: change.resource, context: change.context)
            let after = AnalyzedPrincipal.compile(
                principal: p.principal,
                identity: change.identity,
                boundary: change.boundary,
                guardrails: guardrails
            )
            guard allowsEverything(after, p.principal, services: services) else { continue }
            let step = EscalationStep(
                from: p.arn,
                to: p.arn,
                method: change.method,
                actions: [change.method],
                statements: p.describe(evaluation.explanation.decidingStatement).map { [$0] } ?? [],
                via: change.via
            )
            return ("allowed every action on every resource after \(step)", step)
        }
        return nil
    }
}
