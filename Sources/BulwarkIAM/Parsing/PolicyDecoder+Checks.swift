extension PolicyDecoder {
    /// Rules over a whole decoded statement: kind restrictions and suspicious combinations.
    mutating func checkStatement(_ statement: PolicyStatement, fields: [String: JSONMember], at path: JSONPath) {
        let effectLocation = fields["Effect"]?.value.location
        if statement.effect == .allow {
            if statement.action.isNegated, let member = fields["NotAction"] {
                warning(
                    .allowWithNotAction,
                    path.appending(key: "NotAction"),
                    member.keyLocation,
                    "Allow with NotAction grants every other action, including ones AWS adds later; list the allowed actions in Action"
                )
            }
            if statement.resource?.isNegated == true, let member = fields["NotResource"] {
                warning(
                    .allowWithNotResource,
                    path.appending(key: "NotResource"),
                    member.keyLocation,
                    "Allow with NotResource grants on every other resource, including new ones; list the resources in Resource"
                )
            }
            if kind == .resourceControl && !isFullAccess(statement) {
                error(
                    .effectNotAllowed,
                    path.appending(key: "Effect"),
                    effectLocation,
                    "RCPs support only \"Effect\": \"Deny\" (Allow is reserved for the built-in RCPFullAWSAccess policy)"
                )
            }
            if case .principal(let set) = statement.principal, set.isEveryone, statement.conditions.isEmpty,
                kind == .resource || kind == .trustPolicy
            {
                warning(
                    .publicAccess,
                    path.appending(key: "Principal"),
                    fields["Principal"]?.value.location,
                    "this statement allows anyone, including anonymous callers, with no condition; name principals or add a condition such as aws:PrincipalOrgID"
                )
            }
        }
        if kind == .trustPolicy, case .action(let actions) = statement.action {
            for (index, action) in actions.enumerated() where !action.lowercased().hasPrefix("sts:") && action != "*" {
                let member = fields["Action"]
                let valuePath =
                    member?.value.elements == nil
                    ? path.appending(key: "Action") : path.appending(key: "Action").appending(index: index)
                warning(
                    .suspiciousValue,
                    valuePath,
                    member?.value.location,
                    "'\(action)' is not an sts: action; trust policies control sts:AssumeRole, sts:AssumeRoleWithWebIdentity, sts:TagSession, …"
                )
            }
        }
    }

    /// The built-in RCPFullAWSAccess shape: Allow everything for everyone with no condition.
    private func isFullAccess(_ statement: PolicyStatement) -> Bool {
        guard case .principal(.any) = statement.principal else { return false }
        return statement.action == .action(["*"]) && statement.resource == .resource(["*"])
            && statement.conditions.isEmpty
    }

    /// IAM's character set and the kind's size limit.
    mutating func checkCharactersAndSize(_ root: LocatedJSON) {
        if kind.usesIAMCharacterSet { checkCharacters(root) }
        let size = sourceLength ?? JSONWriter.compactLength(of: root.value)
        let counted =
            sourceLength == nil
            ? "without white space" : "including white space, which counts in \(kind.rawValue.uppercased())s"
        let (warningLimit, errorLimit) = kind.sizeLimits
        if let errorLimit, size > errorLimit {
            error(
                .policyTooLarge,
                .root,
                root.location,
                "the policy is \(size) characters \(counted); \(kind.displayNameWithArticle) may have at most \(errorLimit): split it into several policies"
            )
        } else if let warningLimit, size > warningLimit {
            warning(
                .policyTooLarge,
                .root,
                root.location,
                "the policy is \(size) characters without white space, over the \(warningLimit) that AWS allows for this use (managed policies: 6,144); split it"
            )
        }
    }

    /// Reports strings with characters outside tab, LF, CR and U+0020–U+00FF (one per string).
    private mutating func checkCharacters(_ root: LocatedJSON) {
        guard Self.containsNonIAMCharacter(root.value) else { return }
        var stack: [(LocatedJSON, JSONPath)] = [(root, .root)]
        while let (node, path) = stack.popLast() {
            switch node.value {
            case .string(let text):
                checkCharacters(text, path, node.location)
            case .array(let elements):
                for (index, element) in elements.enumerated().reversed() {
                    stack.append((element, path.appending(index: index)))
                }
            case .object(let members):
                for member in members.reversed() {
                    let memberPath = path.appending(key: member.key)
                    checkCharacters(member.key, memberPath, member.keyLocation)
                    stack.append((member.value, memberPath))
                }
            default: break
            }
        }
    }

    /// A fast scan without paths: whether any key or string has a byte outside IAM's character set.
    ///
    /// Outside means a control character other than tab, LF, CR, or a UTF-8 lead byte of U+0100 or
    /// above. Recursion is bounded by the parser's depth limit.
    private static func containsNonIAMCharacter(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let text): isOutsideIAMCharacterSet(text)
        case .array(let elements): elements.contains { containsNonIAMCharacter($0.value) }
        case .object(let members):
            members.contains { isOutsideIAMCharacterSet($0.key) || containsNonIAMCharacter($0.value.value) }
        default: false
        }
    }

    private static func isOutsideIAMCharacterSet(_ text: String) -> Bool {
        text.utf8.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 >= 0xC4 }
    }

    private mutating func checkCharacters(_ text: String, _ path: JSONPath, _ location: TextPosition) {
        guard
            let bad = text.unicodeScalars.first(where: {
                !($0.value >= 0x20 && $0.value <= 0xFF) && $0 != "\t" && $0 != "\n" && $0 != "\r"
            })
        else { return }
        let hex = String(bad.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        error(
            .invalidCharacter,
            path,
            location,
            "character \(code) is not accepted in IAM policy documents (only tab, line feed, carriage return and U+0020–U+00FF); replace it"
        )
    }
}

extension PrincipalSet {
    /// Whether the set names everyone: `"*"` or `{"AWS": "*"}`.
    var isEveryone: Bool {
        switch self {
        case .any: true
        case .entries(let entries): entries.contains { $0.type == .aws && $0.value == "*" }
        }
    }
}
