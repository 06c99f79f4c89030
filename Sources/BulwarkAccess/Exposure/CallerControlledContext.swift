import BulwarkIAM

/// Context values an outside caller can choose for itself, read off a policy's `Allow` conditions.
///
/// A caller picks its source IP, user agent, referer, transport, external id, the tags on its
/// own principals and request, and (for web identity) which of the provider's identities signs
/// in; it cannot pick its organization, account, VPC endpoint or the account a service acts for.
/// A grant that holds once such values are supplied is exposure, reported with those keys.
struct CallerControlledContext {
    /// The values that satisfy the policy's positive conditions on caller-controlled keys.
    var context: RequestContext
    /// The keys set.
    var keys: [String]

    init(policy: PolicyDocument) {
        var entries: [(String, ContextValue)] = []
        var keys: [String] = []
        var seen: Set<String> = []
        for statement in policy.statements where statement.effect == .allow {
            for condition in statement.conditions where !condition.operator.base.isNegated {
                let key = condition.key
                guard Self.isCallerControlled(key), seen.insert(key.lowercased()).inserted,
                    let value = Self.satisfying(condition)
                else { continue }
                entries.append((key, value))
                keys.append(key)
            }
        }
        context = RequestContext(entries)
        self.keys = keys
    }

    static func isCallerControlled(_ key: String) -> Bool {
        let lower = key.lowercased()
        let exact: Set<String> = [
            "aws:sourceip", "aws:securetransport", "aws:useragent", "aws:referer", "sts:externalid",
            "aws:requestedregion", "aws:multifactorauthpresent", "aws:multifactorauthage", "aws:tagkeys",
            "sts:rolesessionname", "sts:sourceidentity",
        ]
        if exact.contains(lower) { return true }
        if lower.hasPrefix("aws:principaltag/") || lower.hasPrefix("aws:requesttag/") { return true }
        if lower.hasPrefix("saml:") { return true }
        // Web-identity claims: `token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`, …
        for claim in [":sub", ":aud", ":amr", ":oaud", ":azp", ":email", ":job_workflow_ref"]
        where lower.hasSuffix(claim) {
            return !lower.hasPrefix("aws:")
        }
        return lower.hasPrefix("s3:") && !lower.hasPrefix("s3:resourceaccount") && !lower.hasPrefix("s3:accesspoint")
    }

    /// A value that makes a positive condition hold, or `nil` when none should be invented.
    static func satisfying(_ condition: Condition) -> ContextValue? {
        guard let first = condition.values.first?.text else { return nil }
        switch condition.operator.base.family {
        case .string, .arn:
            return .string(first.concreteExample)
        case .boolean:
            return .boolean(first.lowercased() == "true")
        case .numeric:
            guard let number = Double(first) else { return nil }
            switch condition.operator.base {
            case .numericLessThan: return .number(number - 1)
            case .numericGreaterThan: return .number(number + 1)
            default: return .number(number)
            }
        case .ipAddress:
            let address = String(first.prefix { $0 != "/" })
            return isPrivate(address) ? nil : .ipAddress(address)
        case .date, .binary, .null:
            return nil
        }
    }

    /// Whether an IPv4 address is in a private, loopback or link-local range (not reachable from the internet).
    static func isPrivate(_ address: String) -> Bool {
        let octets = address.split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4 else { return address.lowercased().hasPrefix("fd") || address == "::1" }
        switch (octets[0], octets[1]) {
        case (10, _), (127, _), (192, 168), (169, 254): return true
        case (172, 16...31): return true
        default: return false
        }
    }
}
