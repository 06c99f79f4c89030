import BulwarkCatalog
import BulwarkIAM

extension AccessAnalysis {
    /// Every resource reachable anonymously or from outside the account (including from the rest of
    /// the organization), and every resource whose exposure cannot be decided, with the reason.
    ///
    /// The evaluator decides each outside caller's requests against the resource policy and the
    /// RCPs, conditions honoured: a caller is exposed-to only when it can meet the conditions from
    /// its side (its source IP, an external id, its own tags, a web-identity claim), and the keys it
    /// must meet are listed. S3 ACL grants and Block Public Access are applied as S3 applies them.
    public func exposures() -> [Exposure] {
        var cache: [String: [String]] = [:]
        return resources.compactMap { exposure(of: $0, cache: &cache) }
    }

    /// The exposure of one resource, or `nil` when nothing outside the account can reach it.
    public func exposure(of resource: AnalyzedResource) -> Exposure? {
        var cache: [String: [String]] = [:]
        return exposure(of: resource, cache: &cache)
    }

    func exposure(of resource: AnalyzedResource, cache: inout [String: [String]]) -> Exposure? {
        var grants: [ExposureGrant] = []
        var unknown: [String] = []
        switch resource.policy {
        case .unknown(let reason):
            unknown.append(reason)
        case .none:
            break
        case .document(let document):
            grants = policyGrants(resource, document, cache: &cache)
        }
        let limits = resource.publicAccessBlock
        let isPublic = { (grant: ExposureGrant) in grant.party == "anonymous" || grant.party == "account:*" }
        if grants.contains(where: isPublic) {
            if limits.restrictsPublicPolicies {
                // RestrictPublicBuckets: a public policy admits only AWS services and the owner's account.
                grants.removeAll { !$0.party.hasPrefix("service:") }
            } else if !limits.unknownReasons.isEmpty {
                grants.removeAll(where: isPublic)
                unknown += limits.unknownReasons
            }
        }
        for acl in resource.aclGrants {
            if acl.isPublic && limits.ignoresPublicACLs { continue }
            if acl.isPublic && !limits.unknownReasons.isEmpty {
                unknown += limits.unknownReasons
                continue
            }
            grants.append(
                ExposureGrant(
                    party: acl.grantee,
                    actions: acl.actions,
                    statements: ["bucket ACL grant \(acl.permission) to \(acl.grantee)"]
                )
            )
        }
        if grants.isEmpty && unknown.isEmpty && limits.unknownReasons.contains(where: { $0.hasPrefix("bucket ACL") }) {
            unknown += limits.unknownReasons.filter { $0.hasPrefix("bucket ACL") }
        }
        guard !grants.isEmpty || !unknown.isEmpty else { return nil }
        let reason = unknown.uniqued.joined(separator: "; ")
        return Exposure(
            resource: resource.arn,
            resourceType: resource.resourceType,
            grants: grants,
            unknownReason: reason.isEmpty ? nil : reason
        )
    }

    /// The outside parties the resource policy admits, each decided by the evaluator.
    private func policyGrants(
        _ resource: AnalyzedResource,
        _ document: PolicyDocument,
        cache: inout [String: [String]]
    ) -> [ExposureGrant] {
        let isTrust = resource.resourceType == "AWS::IAM::Role"
        let probes = OutsideProbe.probes(
            for: document,
            account: accountID,
            partition: partition,
            isTrustPolicy: isTrust
        )
        guard !probes.isEmpty, let set = resourceSide(resource) else { return [] }
        // The actions the Allow statements name, expanded once against the catalog (all, for NotAction).
        var namedActions: Set<String> = []
        var namesAll = false
        for statement in document.statements where statement.effect == .allow {
            if statement.action.isNegated { namesAll = true }
            for pattern in statement.action.patterns where !namesAll {
                if pattern == "*" {
                    namesAll = true
                } else {
                    namedActions.formUnion(catalog.actions(matching: pattern).map(\.fullName))
                }
            }
        }
        func named(_ action: String) -> Bool { namesAll || namedActions.contains(action) }
        let relaxed = CallerControlledContext(policy: document)
        let targets = probeResources(resource)
        var grants: [ExposureGrant] = []
        for probe in probes {
            var actions: [String] = []
            var keys: Set<String> = []
            var deciding: [String] = []
            var strictlyAllowed = false
            for target in targets {
                let candidates = probe.actions ?? candidateActions(resource, target, cache: &cache)
                for action in candidates where named(action) && !actions.contains(action) {
                    var request = AuthorizationRequest(
                        principal: probe.principal,
                        action: action,
                        resource: target,
                        resourceAccount: accountID,
                        context: probe.context
                    )
                    var decision = set.decision(for: request)
                    if decision == .allow {
                        strictlyAllowed = true
                    } else if decision == .implicitDeny, !relaxed.keys.isEmpty {
                        var context = probe.context
                        for key in relaxed.keys where !context.contains(key) { context[key] = relaxed.context[key] }
                        request.context = context
                        decision = set.decision(for: request)
                        if decision == .allow { keys.formUnion(relaxed.keys) }
                    }
                    guard decision == .allow else { continue }
                    actions.append(action)
                    if deciding.count < 4 {
                        for match in set.evaluate(request).explanation.matches(in: .resource)
                        where match.effect == .allow {
                            let ref = match.statement
                            let sid = ref.sid.map { " (Sid \"\($0)\")" } ?? ""
                            let text = "\(resource.policyName), statement #\(ref.statementIndex)\(sid)"
                            if !deciding.contains(text) { deciding.append(text) }
                        }
                    }
                }
            }
            guard !actions.isEmpty else { continue }
            var notes: [String] = []
            if probe.party.hasPrefix("federated:") {
                let pinned = keys.contains { $0.lowercased().hasSuffix(":sub") }
                if strictlyAllowed || !pinned {
                    notes.append(
                        "every identity of \(probe.party.dropFirst("federated:".count)) can assume it: no condition on the subject (sub)"
                    )
                }
            }
            grants.append(
                ExposureGrant(
                    party: probe.party,
                    actions: actions.sorted(),
                    conditions: keys.sorted(),
                    statements: deciding,
                    notes: notes
                )
            )
        }
        return grants
    }

    /// The resource ARNs requests are made for: the resource, and for a bucket its objects.
    private func probeResources(_ resource: AnalyzedResource) -> [String] {
        resource.resourceType == "AWS::S3::Bucket" ? [resource.arn, resource.arn + "/*"] : [resource.arn]
    }

    /// The catalog actions that apply to `target`, cached by resource type (and object or bucket).
    private func candidateActions(_ resource: AnalyzedResource, _ target: String, cache: inout [String: [String]])
        -> [String]
    {
        let key = resource.resourceType + (target.hasSuffix("/*") ? "/object" : "")
        if let known = cache[key] { return known }
        let actions = catalog.actions(applyingTo: target).map(\.fullName)
        cache[key] = actions
        return actions
    }
}
