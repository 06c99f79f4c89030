/// A compiled `Principal`/`NotPrincipal` element.
struct CompiledPrincipalClause: Sendable {
    /// Whether this is `NotPrincipal`.
    let negated: Bool
    /// The entries (`"*"` compiles to a single `.anyone`).
    let entries: [Entry]

    /// One principal named in the element.
    enum Entry: Sendable, Hashable {
        /// `"*"` or `{"AWS": "*"}`: everyone, including anonymous callers.
        case anyone
        /// A 12-digit account id (any partition) or `arn:P:iam::A:root`: any principal of that account.
        case account(String, partition: String?)
        /// An IAM user, by partition, account and name (the path does not matter).
        case user(partition: String, account: String, name: String)
        /// An IAM role, by partition, account and name: matches the role and its sessions (pathed roles too).
        case role(partition: String, account: String, name: String)
        /// One assumed-role session.
        case session(partition: String, account: String, role: String, session: String)
        /// One federated-user session.
        case federatedUser(partition: String, account: String, name: String)
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
    init(_ clause: PrincipalClause) {
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
        if value.utf8.count == 12, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return .account(value, partition: nil)
        }
        guard let p = try? Principal(value), let account = p.account, let partition = p.partition else {
            return .other(value)
        }
        let name = p.name ?? ""
        switch p.kind {
        case .root: return .account(account, partition: partition)
        case .user: return .user(partition: partition, account: account, name: name)
        case .role: return .role(partition: partition, account: account, name: name)
        case .roleSession:
            return .session(partition: partition, account: account, role: name, session: p.sessionName ?? "")
        case .federatedUser: return .federatedUser(partition: partition, account: account, name: name)
        default: return .other(value)
        }
    }

    /// The widest grant any entry gives `p` (for `Principal`).
    func grant(for p: Principal) -> Grant {
        var best = Grant.none
        for e in entries {
            let g = CompiledPrincipalClause.grant(e, p)
            if g > best { best = g }
        }
        return best
    }

    /// The widest grant any entry gives the request's principal, borrowing entries in place.
    func grant(for request: AuthorizationRequest.Prepared) -> Grant {
        entries.withUnsafeBufferPointer { entries in
            var best = Grant.none
            for i in entries.indices {
                let g = CompiledPrincipalClause.grant(entries[i], request.principal)
                if g > best { best = g }
            }
            return best
        }
    }

    private static func grant(_ e: Entry, _ p: Principal) -> Grant {
        switch e {
        case .anyone:
            return .direct
        case .account(let a, let partition):
            guard p.isIAMIdentity, p.account == a, partition == nil || p.partition == partition else { return .none }
            return p.kind == .root ? .direct : .account
        case .user(let partition, let a, let n):
            return p.kind == .user && p.account == a && p.name == n && p.partition == partition ? .direct : .none
        case .role(let partition, let a, let n):
            let isRole = p.kind == .role || p.kind == .roleSession
            return isRole && p.account == a && p.name == n && p.partition == partition ? .limited : .none
        case .session(let partition, let a, let r, let s):
            let same = p.account == a && p.name == r && p.sessionName == s && p.partition == partition
            return p.kind == .roleSession && same ? .direct : .none
        case .federatedUser(let partition, let a, let n):
            return p.kind == .federatedUser && p.account == a && p.name == n && p.partition == partition
                ? .direct : .none
        case .service(let s):
            return p.kind == .service && p.name == s ? .direct : .none
        case .provider(let s):
            return p.kind == .identityProvider && p.name == s ? .direct : .none
        case .canonicalUser(let c):
            return p.kind == .canonicalUser && p.text == c ? .direct : .none
        case .other(let t):
            return p.text == t ? .direct : .none
        }
    }

    /// Whether `NotPrincipal` excepts `p`: AWS checks each identity in the chain (account, then role,
    /// then session), so every one of them must be listed (IAM User Guide, "NotPrincipal").
    func excepts(_ p: Principal) -> Bool {
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
            if case .account(let a, let partition) = e, a == p.account, partition == nil || partition == p.partition {
                listsAccount = true
            }
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
