/// How far a resource-based policy's `Allow` reaches, by the principal it names
/// (IAM User Guide, "Policy evaluation logic" → "Resource-based policies").
package enum Grant: UInt8, Sendable, Comparable {
    /// Not granted.
    case none = 0
    /// The policy names the principal's account: it delegates to the account's identity policies.
    case account = 1
    /// The policy names the role (or the user behind a federated session): limited by an implicit
    /// deny in the permissions boundary or the session policy.
    case limited = 2
    /// The policy names the user, the session or everyone: not limited by identity policies,
    /// boundaries or session policies.
    case direct = 3

    package static func < (lhs: Grant, rhs: Grant) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A compiled `Principal`/`NotPrincipal` element.
package struct CompiledPrincipalClause: Sendable {
    /// Whether this is `NotPrincipal`.
    package let negated: Bool
    /// The entries (`"*"` compiles to a single `.anyone`).
    package let entries: [Entry]

    /// One principal named in the element.
    package enum Entry: Sendable, Hashable {
        /// `"*"` or `{"AWS": "*"}`: everyone, including anonymous callers.
        case anyone
        /// A 12-digit account id or `arn:…:iam::A:root`: any principal of that account.
        case account(String)
        /// An IAM user, by account and name (the path does not matter).
        case user(account: String, name: String)
        /// An IAM role, by account and name: matches the role and its sessions (pathed roles too).
        case role(account: String, name: String)
        /// One assumed-role session.
        case session(account: String, role: String, session: String)
        /// One federated-user session.
        case federatedUser(account: String, name: String)
        /// A service principal, lowercased.
        case service(String)
        /// A `Federated` identity provider, lowercased.
        case provider(String)
        /// An S3 canonical user id.
        case canonicalUser(String)
        /// Something else: compared with the request principal's text.
        case other(String)
    }

    /// Compiles a principal clause.
    package init(_ clause: PrincipalClause) {
        negated = clause.isNegated
        switch clause.set {
        case .any: entries = [.anyone]
        case .entries(let list): entries = list.map(CompiledPrincipalClause.entry)
        }
    }

    private static func entry(_ e: PrincipalEntry) -> Entry {
        let value = ActionPattern.trim(e.value)
        if value == "*" { return .anyone }
        switch e.type {
        case .service: return .service(value.lowercased())
        case .federated: return .provider(value.lowercased())
        case .canonicalUser: return .canonicalUser(value)
        default: break
        }
        if value.utf8.count == 12, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return .account(value) }
        guard let p = try? Principal(value), let account = p.account else { return .other(value) }
        switch p.kind {
        case .root: return .account(account)
        case .user: return .user(account: account, name: p.name ?? "")
        case .role: return .role(account: account, name: p.name ?? "")
        case .roleSession: return .session(account: account, role: p.name ?? "", session: p.sessionName ?? "")
        case .federatedUser: return .federatedUser(account: account, name: p.name ?? "")
        default: return .other(value)
        }
    }

    /// The widest grant any entry gives `p` (for `Principal`).
    package func grant(for p: Principal) -> Grant {
        var best = Grant.none
        var i = 0
        while i < entries.count {
            let g = CompiledPrincipalClause.grant(entries[i], p)
            if g > best { best = g }
            i += 1
        }
        return best
    }

    private static func grant(_ e: Entry, _ p: Principal) -> Grant {
        switch e {
        case .anyone:
            return .direct
        case .account(let a):
            guard p.isIAMIdentity, p.account == a else { return .none }
            return p.kind == .root ? .direct : .account
        case .user(let a, let n):
            return p.kind == .user && p.account == a && p.name == n ? .direct : .none
        case .role(let a, let n):
            return (p.kind == .role || p.kind == .roleSession) && p.account == a && p.name == n ? .limited : .none
        case .session(let a, let r, let s):
            return p.kind == .roleSession && p.account == a && p.name == r && p.sessionName == s ? .direct : .none
        case .federatedUser(let a, let n):
            return p.kind == .federatedUser && p.account == a && p.name == n ? .direct : .none
        case .service(let s):
            return p.kind == .service && p.name == s ? .direct : .none
        case .provider(let s):
            return p.kind == .identityProvider && p.name?.lowercased() == s ? .direct : .none
        case .canonicalUser(let c):
            return p.kind == .canonicalUser && p.text == c ? .direct : .none
        case .other(let t):
            return p.text == t ? .direct : .none
        }
    }

    /// Whether `NotPrincipal` excepts `p`: AWS checks each identity in the chain (account, then role,
    /// then session), so every one of them must be listed (IAM User Guide, "NotPrincipal").
    package func excepts(_ p: Principal) -> Bool {
        var widest = Grant.none
        var listsRole = false
        var listsSession = false
        var listsAccount = false
        for e in entries {
            if e == .anyone { return true }
            let g = CompiledPrincipalClause.grant(e, p)
            if g > widest { widest = g }
            if g == .limited { listsRole = true }
            if g == .direct { listsSession = true }
            if case .account(let a) = e, a == p.account { listsAccount = true }
        }
        guard p.isIAMIdentity, p.account != nil else { return widest > .none }
        guard listsAccount else { return false }
        switch p.kind {
        case .root: return true
        case .roleSession: return listsRole && listsSession
        default: return widest > .account
        }
    }
}
