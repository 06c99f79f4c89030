/// Writes policy values as Swift source for ``PolicyDocument/swiftSource(name:kind:)``.
enum SwiftSource {
    /// A Swift string literal for `text`: ASCII only, with escapes for quotes, backslashes, control
    /// characters and every non-ASCII scalar, so the source survives any editor or encoding.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return out + "\""
    }

    /// A ``PolicyText`` literal.
    ///
    /// Policy variables of the global keys become interpolations (`\(.aws.username)`); everything
    /// else is literal text.
    /// Longer `${…}` texts name no global key; bounding the search keeps writing linear in the text.
    private static let longestVariable = 128

    static func policyText(_ text: String) -> String {
        var out = ""
        var literalRun = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            let afterDollar = rest.index(after: dollar)
            guard afterDollar < rest.endIndex, rest[afterDollar] == "{",
                let close = rest[afterDollar...].prefix(Self.longestVariable).firstIndex(of: "}"),
                let member = globalKeyExpression(String(rest[rest.index(after: afterDollar)..<close]))
            else {
                literalRun += rest[...dollar]
                rest = rest[afterDollar...]
                continue
            }
            literalRun += rest[..<dollar]
            out += literal(literalRun).dropFirst().dropLast() + "\\(\(member.expression))"
            literalRun = ""
            rest = rest[rest.index(after: close)...]
        }
        literalRun += rest
        return "\"" + out + literal(literalRun).dropFirst()
    }

    /// The Swift case name of a policy kind.
    static func caseName(of kind: PolicyKind) -> String {
        switch kind {
        case .identity: "identity"
        case .resource: "resource"
        case .trustPolicy: "trustPolicy"
        case .permissionsBoundary: "permissionsBoundary"
        case .session: "session"
        case .serviceControl: "serviceControl"
        case .resourceControl: "resourceControl"
        case .endpoint: "endpoint"
        }
    }

    /// `.aws.member` (or `.aws.principalTag("team")`) and its value type, for a global key written
    /// exactly as the generated file spells it.
    static func globalKeyExpression(_ name: String) -> (expression: String, type: String)? {
        if let entry = GlobalConditionKeys.members[name] { return (".aws.\(entry.member)", entry.type) }
        guard let slash = name.firstIndex(of: "/") else { return nil }
        let prefix = String(name[...slash])
        let tagKey = String(name[name.index(after: slash)...])
        guard let entry = GlobalConditionKeys.members[prefix], !tagKey.isEmpty else { return nil }
        return (".aws.\(entry.member)(\(literal(tagKey)))", entry.type)
    }

    /// `Principals(…)` or `NotPrincipals(…)`.
    static func principals(_ clause: PrincipalClause) -> String {
        let type = clause.isNegated ? "NotPrincipals" : "Principals"
        guard case .entries(let entries) = clause.set else {
            return clause.isNegated ? "NotPrincipals(PrincipalSet.any)" : "Principals.anyone"
        }
        guard !entries.isEmpty else { return "\(type)([PrincipalEntry]())" }
        return "\(type)(\(entries.map(principalEntry).joined(separator: ", ")))"
    }

    private static func principalEntry(_ entry: PrincipalEntry) -> String {
        let value = literal(entry.value)
        switch entry.type {
        case .aws:
            let isAccountID = entry.value.utf8.count == 12 && entry.value.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
            return isAccountID ? ".account(\(value))" : ".aws(\(value))"
        case .service: return ".service(\(value))"
        case .federated: return ".federated(\(value))"
        case .canonicalUser: return ".canonicalUser(\(value))"
        default: return "PrincipalEntry(PrincipalType(rawValue: \(literal(entry.type.rawValue))), \(value))"
        }
    }
}
