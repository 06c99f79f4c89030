extension PolicyDecoder {
    /// Decodes `Principal` or `NotPrincipal` and applies the kind's rules for them.
    mutating func decodePrincipalClause(
        _ fields: [String: JSONMember],
        statement: LocatedJSON,
        at path: JSONPath,
        effect: Effect?
    ) -> PrincipalClause? {
        guard
            let (member, negated) = pickClause(
                fields,
                "Principal",
                statement: statement,
                at: path,
                requirement: kind.principalRequirement,
                missingHint:
                    "\(kind.displayNameWithArticle) must say who it applies to, such as \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}"
            )
        else { return nil }
        let memberPath = path.appending(key: member.key)
        if negated && kind.principalRequirement != .forbidden {
            if !kind.allowsNotPrincipal {
                error(
                    .elementNotAllowed,
                    memberPath,
                    member.keyLocation,
                    "\(kind.displayNameWithArticle) cannot use NotPrincipal; use \"Principal\": \"*\" with a condition on aws:PrincipalArn"
                )
            } else if effect == .allow {
                authoringRule(
                    .effectNotAllowed,
                    memberPath,
                    member.keyLocation,
                    "NotPrincipal cannot be used with \"Effect\": \"Allow\"; list the principals in Principal instead"
                )
            } else if effect == .deny {
                warning(
                    .notPrincipal,
                    memberPath,
                    member.keyLocation,
                    "NotPrincipal with Deny is easy to get wrong (sessions and the account must be listed too); "
                        + "prefer \"Principal\": \"*\" with a StringNotEquals condition on aws:PrincipalArn"
                )
            }
        }
        guard let set = decodePrincipalSet(member.value, at: memberPath) else { return nil }
        if kind == .resourceControl && !negated && set != .any {
            error(
                .invalidPrincipal,
                memberPath,
                member.value.location,
                "an RCP must use \"Principal\": \"*\"; narrow it with conditions such as aws:PrincipalOrgID"
            )
        }
        return negated ? .notPrincipal(set) : .principal(set)
    }

    private mutating func decodePrincipalSet(_ node: LocatedJSON, at path: JSONPath) -> PrincipalSet? {
        switch node.value {
        case .string("*"):
            return .any
        case .string(let text):
            authoringRule(
                .invalidPrincipal,
                path,
                node.location,
                "'\(text)' is not a valid \(path.lastKey ?? "Principal"): use \"*\" or an object such as {\"AWS\": \"\(text)\"}"
            )
            // Evaluation: a bare string is read as {"AWS": text} (see PolicyStrictness).
            guard evaluating else { return nil }
            checkPrincipal(StringValue(text: text, location: node.location, path: path), type: .aws)
            return .entries([PrincipalEntry(.aws, text)])
        case .object(let members):
            guard !members.isEmpty else {
                error(
                    .emptyValue,
                    path,
                    node.location,
                    "the principal object is empty; add {\"AWS\": …}, {\"Service\": …} or use \"*\""
                )
                return nil
            }
            let known = [PrincipalType.aws, .service, .federated, .canonicalUser].map(\.rawValue)
            let fields = fields(of: members, at: path, known: nil)
            var entries: [PrincipalEntry] = []
            var usable = true
            for member in members where fields[member.key] == member {
                let typePath = path.appending(key: member.key)
                guard known.contains(member.key) else {
                    let hint =
                        known.first { $0.lowercased() == member.key.lowercased() }
                        .map { "; write '\($0)' (case-sensitive)" }
                        ?? "; use AWS, Service, Federated or CanonicalUser"
                    error(
                        .invalidPrincipal,
                        typePath,
                        member.keyLocation,
                        "unknown principal type '\(member.key)'\(hint)"
                    )
                    usable = false
                    continue
                }
                guard let values = decodeStringList(member.value, at: typePath) else {
                    usable = false
                    continue
                }
                let type = PrincipalType(rawValue: member.key)
                for value in values {
                    checkPrincipal(value, type: type)
                    entries.append(PrincipalEntry(type, value.text))
                }
            }
            return usable ? .entries(entries) : nil
        default:
            wrongType(node, path, expected: "\"*\" or an object such as {\"AWS\": \"arn:aws:iam::111122223333:root\"}")
            return nil
        }
    }

    private mutating func checkPrincipal(_ value: StringValue, type: PrincipalType) {
        let text = value.text
        if PolicyTemplate.containsVariable(text) {
            error(
                .variableNotAllowed,
                value.path,
                value.location,
                "policy variables are not substituted in principals; name the principal"
            )
            return
        }
        switch type {
        case .aws: checkAWSPrincipal(value)
        case .service:
            if !Principal.isServiceName(text) {
                warning(
                    .suspiciousValue,
                    value.path,
                    value.location,
                    "'\(text)' does not look like a service principal such as \"lambda.amazonaws.com\""
                )
            }
        case .federated:
            let isProviderARN = (try? ARN(parsing: text))
                .map {
                    $0.service == "iam" && ($0.resourceType == "saml-provider" || $0.resourceType == "oidc-provider")
                }
            if !Principal.identityProviders.contains(text.lowercased()) && isProviderARN != true {
                warning(
                    .suspiciousValue,
                    value.path,
                    value.location,
                    "'\(text)' is not a known identity provider; use a SAML or OIDC provider ARN or cognito-identity.amazonaws.com"
                )
            }
        default:
            if !Principal.isCanonicalUserID(text) {
                warning(
                    .suspiciousValue,
                    value.path,
                    value.location,
                    "'\(text)' is not an S3 canonical user id (64 hexadecimal digits)"
                )
            }
        }
    }

    /// `*`, a 12-digit account id, or an IAM/STS principal ARN without wildcards.
    private mutating func checkAWSPrincipal(_ value: StringValue) {
        let text = value.text
        if text == "*" { return }
        if text.utf8.count == 12 && text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return }
        let uniqueIDPrefixes = ["AIDA", "AROA", "AGPA", "AIPA", "ANPA", "ANVA", "ASIA"]
        if text.utf8.count >= 16, uniqueIDPrefixes.contains(where: text.hasPrefix) {
            warning(
                .suspiciousValue,
                value.path,
                value.location,
                "'\(text)' is a unique id: IAM shows one when the named user or role was deleted; remove or replace it"
            )
            return
        }
        guard let arn = try? ARN(parsing: text) else {
            error(
                .invalidPrincipal,
                value.path,
                value.location,
                "'\(text)' is not a valid AWS principal: use \"*\", a 12-digit account id, or an ARN such as arn:aws:iam::111122223333:role/name"
            )
            return
        }
        if arn.hasWildcards {
            error(
                .invalidPrincipal,
                value.path,
                value.location,
                "'\(text)' has a wildcard; principals must be exact (use \"*\" with a condition on aws:PrincipalArn instead)"
            )
            return
        }
        let validTypes = [
            "iam": ["root", "user", "role", "federated-user"], "sts": ["assumed-role", "federated-user"],
        ]
        let type = arn.resourceType ?? arn.resource
        guard let types = validTypes[arn.service], types.contains(type) else {
            error(
                .invalidPrincipal,
                value.path,
                value.location,
                "'\(text)' is not a principal ARN: use an IAM user, role or account root (arn:aws:iam::ACCOUNT:root), or an STS session"
            )
            return
        }
    }
}
