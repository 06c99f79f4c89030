import BulwarkIAM

extension AccessAnalysis {
    /// The privilege-escalation graph and, for each principal, admin-equivalence and the shortest
    /// path to an admin-equivalent principal.
    ///
    /// Every step is a decision of the evaluator with the principal's conditions, boundary, SCPs,
    /// RCPs and explicit denies in force, so a path that any of them blocks is not a path. Requests
    /// carry only the context AWS derives from the principal; a step that needs a condition key
    /// (MFA, source IP, a tag) is not taken.
    public func escalation() -> EscalationReport {
        let services = probeServices
        let n = principals.count
        let admin = principals.map { adminEquivalence(of: $0, services: services) }
        let inputs = GraphInputs(self)
        let outgoing = principals.map { edges(from: $0, inputs) }
        var incoming = [[(from: Int, step: EscalationStep)]](repeating: [], count: n)
        for (i, steps) in outgoing.enumerated() {
            for step in steps {
                guard let j = principalIndex[step.to], j != i else { continue }
                incoming[j].append((i, step))
            }
        }
        // Shortest distances to an admin-equivalent principal, by breadth-first search backwards.
        var distance = [Int](repeating: Int.max, count: n)
        var next = [EscalationStep?](repeating: nil, count: n)
        var explicit = [[EscalationStep]?](repeating: nil, count: n)
        var buckets: [[Int]] = [[], [], []]
        for i in 0..<n where admin[i] != nil {
            distance[i] = 0
            buckets[0].append(i)
        }
        for (i, path) in grantPaths(outgoing: outgoing, services: services) where distance[i] > path.count {
            distance[i] = path.count
            explicit[i] = path
            buckets[path.count].append(i)
        }
        var d = 0
        while d < buckets.count {
            for node in buckets[d] where distance[node] == d {
                for (source, step) in incoming[node] where distance[source] > d + 1 {
                    distance[source] = d + 1
                    next[source] = step
                    explicit[source] = nil
                    if buckets.count <= d + 1 { buckets.append([]) }
                    buckets[d + 1].append(source)
                }
            }
            d += 1
        }
        var entries: [PrincipalEscalation] = []
        for (i, p) in principals.enumerated() where distance[i] != Int.max {
            var paths: [EscalationPath] = []
            if let step = admin[i]?.step {
                paths = [EscalationPath(steps: [step])]
            } else if admin[i] == nil {
                paths = [EscalationPath(steps: path(from: i, next: next, explicit: explicit, admin: admin))]
            }
            entries.append(
                PrincipalEscalation(
                    arn: p.arn,
                    adminEquivalent: admin[i] != nil,
                    adminReason: admin[i]?.reason,
                    paths: paths,
                    unknownReasons: p.unknownReasons
                )
            )
        }
        return EscalationReport(principals: entries, edges: outgoing.flatMap { $0 }, unknownReasons: unknownReasons)
    }

    /// The steps from principal `i` to an admin-equivalent principal.
    private func path(
        from start: Int,
        next: [EscalationStep?],
        explicit: [[EscalationStep]?],
        admin: [(reason: String, step: EscalationStep?)?]
    ) -> [EscalationStep] {
        var steps: [EscalationStep] = []
        var node = start
        while steps.count <= principals.count {
            if let tail = explicit[node] { return steps + tail }
            if admin[node] != nil {
                if let own = admin[node]?.step { steps.append(own) }
                return steps
            }
            guard let step = next[node], let j = principalIndex[step.to] else { return steps }
            steps.append(step)
            node = j
        }
        return steps
    }

    /// What every principal's edges are computed against, prepared once.
    struct GraphInputs {
        /// Each role's trust policy, compiled for a caller whose own account allows everything.
        let probes: [String: CompiledPolicySet]
        /// The compute services each role's trust policy admits.
        let trusted: [String: Set<String>]
        /// The principals each role's trust policy names by ARN (they need no identity permission to assume).
        let trustNames: [String: Set<String>]

        init(_ analysis: AccessAnalysis) {
            probes = analysis.trustProbes()
            trusted = analysis.servicesTrusted(probes: probes)
            var named: [String: Set<String>] = [:]
            for role in analysis.principals {
                for statement in role.trustPolicy?.statements ?? [] {
                    guard case .principal(.entries(let entries))? = statement.principal else { continue }
                    for entry in entries where entry.type == .aws { named[role.arn, default: []].insert(entry.value) }
                }
            }
            trustNames = named
        }
    }

    /// Every edge out of `p`.
    func edges(from p: AnalyzedPrincipal, _ inputs: GraphInputs) -> [EscalationStep] {
        var filters: [String: TargetFilter] = [:]
        func filter(_ action: String) -> TargetFilter {
            if let known = filters[action] { return known }
            let made = TargetFilter(p, action: action)
            filters[action] = made
            return made
        }
        var somewhere: [String: Evaluation?] = [:]
        let credentials = CredentialFilters(p)
        let assume = filter("sts:AssumeRole")
        let pass = filter("iam:PassRole")
        let passable =
            pass.isEmpty
            ? []
            : Set(inputs.trusted.values.flatMap { $0 })
                .filter { allowedSomewhere(p, "iam:PassRole", context: ["iam:PassedToService": .string($0)]) != nil }
        let selfTrusting = credentials.updateTrust.isEmpty ? nil : selfTrustingSet(p)
        var steps: [EscalationStep] = []
        for q in principals where q.arn != p.arn {
            if q.kind == .role, let probe = inputs.probes[q.arn],
                assume.admits(q.arn) || inputs.trustNames[q.arn]?.contains(p.arn) == true,
                let step = assumeRoleEdge(p, q, probe: probe)
            {
                steps.append(step)
            }
            if !credentials.isEmpty { steps += credentialEdges(p, q, selfTrusting: selfTrusting, filters: credentials) }
            if q.kind == .role, pass.admits(q.arn), let services = inputs.trusted[q.arn]?.intersection(passable),
                !services.isEmpty
            {
                steps += passRoleEdges(p, q, trusted: services, somewhere: &somewhere)
            }
        }
        for binding in computeBindings where binding.roleARN != p.arn {
            steps += computeEdges(p, binding, filter: filter)
        }
        return steps
    }

    /// Paths of two steps: `p` changes the permissions of a principal it can already become (its
    /// policies, its groups' policies, a policy attached to it) so that principal is admin-equivalent.
    private func grantPaths(outgoing: [[EscalationStep]], services: [String]) -> [(Int, [EscalationStep])] {
        var result: [(Int, [EscalationStep])] = []
        var grantable: [Int: Bool] = [:]
        for (i, p) in principals.enumerated() {
            for edge in outgoing[i] {
                guard let j = principalIndex[edge.to], j != i else { continue }
                let q = principals[j]
                if grantable[j] == nil {
                    let after = AnalyzedPrincipal.compile(
                        principal: q.principal,
                        identity: q.identityPolicies.map(\.document) + [.allowEverything],
                        boundary: q.permissionsBoundary?.document,
                        guardrails: guardrails
                    )
                    grantable[j] = allowsEverything(after, q.principal, services: services)
                }
                guard grantable[j] == true, let change = modification(by: p, of: q) else { continue }
                result.append((i, [change, edge]))
                break
            }
        }
        return result
    }

    /// A change `p` may make to `q`'s permissions that grants `q` everything.
    private func modification(by p: AnalyzedPrincipal, of q: AnalyzedPrincipal) -> EscalationStep? {
        let noun = q.kind == .user ? "User" : "Role"
        var candidates: [(String, String)] = [("iam:Put\(noun)Policy", q.arn), ("iam:Attach\(noun)Policy", q.arn)]
        candidates += q.groups.flatMap { [("iam:PutGroupPolicy", $0), ("iam:AttachGroupPolicy", $0)] }
        candidates += Set(q.attachedPolicyARNs).sorted().filter { !$0.contains(":iam::aws:policy/") }
            .map {
                ("iam:CreatePolicyVersion", $0)
            }
        for (method, resource) in candidates
        where TargetFilter(p, action: method).admits(resource) && p.identityDecision(method, on: resource) == .allow {
            let evaluation = p.identityEvaluation(method, on: resource)
            return EscalationStep(
                from: p.arn,
                to: q.arn,
                method: method,
                actions: [method],
                statements: statements(p, [evaluation]),
                via: resource == q.arn ? nil : resource
            )
        }
        return nil
    }
}
