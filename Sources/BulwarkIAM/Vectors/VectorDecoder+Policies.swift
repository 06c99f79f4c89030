extension VectorDecoder {
    /// Decodes every policy member of a vector into a ``PolicySet``.
    mutating func decodePolicies(_ vector: LocatedJSON, path: JSONPath, request: AuthorizationRequest?) -> PolicySet? {
        let before = problems.count
        var set = PolicySet()
        if let list = vector["identityPolicies"] {
            set.identityPolicies = policyList(list, path: path.appending(key: "identityPolicies"), kind: .identity)
        }
        let resourceKind: PolicyKind = request.map(Self.isRoleTrust) == true ? .trustPolicy : .resource
        set.resourcePolicy = policy(vector, "resourcePolicy", path: path, kind: resourceKind)
        set.permissionsBoundary = policy(vector, "permissionsBoundary", path: path, kind: .permissionsBoundary)
        set.sessionPolicy = policy(vector, "sessionPolicy", path: path, kind: .session)
        set.vpcEndpointPolicy = policy(vector, "vpcEndpointPolicy", path: path, kind: .endpoint)
        if let levels = vector["serviceControlPolicies"] {
            set.serviceControlPolicies = levelList(
                levels,
                path: path.appending(key: "serviceControlPolicies"),
                kind: .serviceControl
            )
        }
        if let levels = vector["resourceControlPolicies"] {
            set.resourceControlPolicies = levelList(
                levels,
                path: path.appending(key: "resourceControlPolicies"),
                kind: .resourceControl
            )
        }
        if let management = vector["managementAccount"] {
            let memberPath = path.appending(key: "managementAccount")
            if let account = management.value.stringValue, account.utf8.count == 12,
                account.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            {
                set.principalIsManagementAccount = request?.principal.account == account
                set.resourceIsInManagementAccount = request?.effectiveResourceAccount == account
            } else {
                report(memberPath, management.location, "expected a 12-digit account id string")
            }
        }
        if let managedKey = vector["resourceIsAWSManagedKey"] {
            if case .bool(let flag) = managedKey.value {
                set.resourceIsAWSManagedKey = flag
            } else {
                report(
                    path.appending(key: "resourceIsAWSManagedKey"),
                    managedKey.location,
                    "expected true or false, found \(managedKey.value.typeName)"
                )
            }
        }
        return problems.count == before ? set : nil
    }

    /// Whether the resource policy of `request` is a role trust policy (the resource is an IAM role).
    static func isRoleTrust(_ request: AuthorizationRequest) -> Bool {
        let parts = request.resource.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count == 6 && parts[0] == "arn" && parts[2] == "iam" && parts[5].hasPrefix("role/")
    }

    /// The policy object member `key`, when present.
    private mutating func policy(_ vector: LocatedJSON, _ key: String, path: JSONPath, kind: PolicyKind)
        -> PolicyDocument?
    {
        guard let json = vector[key] else { return nil }
        return policy(json, path: path.appending(key: key), kind: kind)
    }

    /// Parses one embedded policy, reporting its errors with paths inside the vector file.
    private mutating func policy(_ json: LocatedJSON, path: JSONPath, kind: PolicyKind) -> PolicyDocument? {
        guard json.members != nil else {
            report(path, json.location, "expected a policy object, found \(json.value.typeName)")
            return nil
        }
        // Vectors hold policies that AWS or peers evaluate, some of which AWS would not accept today.
        let parsed = PolicyDocument.parse(json, kind: kind, checkingQuotas: false, strictness: .evaluation)
        for diagnostic in parsed.errors {
            report(
                JSONPath(path.components + diagnostic.path.components),
                diagnostic.position,
                "\(kind.displayName): \(diagnostic.message) [\(diagnostic.code)]"
            )
        }
        return parsed.document
    }

    /// An array of policy objects.
    private mutating func policyList(_ json: LocatedJSON, path: JSONPath, kind: PolicyKind) -> [PolicyDocument] {
        guard let elements = json.elements else {
            report(path, json.location, "expected an array of policy objects, found \(json.value.typeName)")
            return []
        }
        return elements.enumerated().compactMap { policy($1, path: path.appending(index: $0), kind: kind) }
    }

    /// An array of levels (root → OUs → account), each an array of policy objects.
    private mutating func levelList(_ json: LocatedJSON, path: JSONPath, kind: PolicyKind) -> [[PolicyDocument]] {
        guard let levels = json.elements else {
            report(
                path,
                json.location,
                "expected an array of levels from the organization root to the account, each an array of policies; found \(json.value.typeName)"
            )
            return []
        }
        return levels.enumerated().map { policyList($1, path: path.appending(index: $0), kind: kind) }
    }

    /// Decodes `context`: keys to a string, number, boolean, or an array of those.
    mutating func decodeContext(_ json: LocatedJSON?, path: JSONPath) -> RequestContext {
        guard let json else { return RequestContext() }
        guard let members = json.members else {
            report(path, json.location, "expected an object of condition keys, found \(json.value.typeName)")
            return RequestContext()
        }
        var entries: [(String, ContextValue)] = []
        var seen: Set<String> = []
        for member in members {
            let memberPath = path.appending(key: member.key)
            if !seen.insert(member.key.lowercased()).inserted {
                report(
                    memberPath,
                    member.keyLocation,
                    "the key '\(member.key)' is given twice (key names are case-insensitive)"
                )
                continue
            }
            if let value = contextValue(member.value, path: memberPath, allowArray: true) {
                entries.append((member.key, value))
            }
        }
        return RequestContext(entries)
    }

    private mutating func contextValue(_ json: LocatedJSON, path: JSONPath, allowArray: Bool) -> ContextValue? {
        switch json.value {
        case .string(let text):
            return .string(text)
        case .bool(let flag):
            return .boolean(flag)
        case .number(let text):
            guard let number = json.value.doubleValue else {
                report(path, json.location, "the number \(text) is out of range")
                return nil
            }
            return .number(number)
        case .array(let elements) where allowArray:
            var values: [ContextValue] = []
            for (index, element) in elements.enumerated() {
                if let value = contextValue(element, path: path.appending(index: index), allowArray: false) {
                    values.append(value)
                }
            }
            return .list(values)
        case .array:
            report(path, json.location, "expected a string, number or boolean inside a multivalued key, found array")
            return nil
        default:
            report(path, json.location, "expected a string, number, boolean or array, found \(json.value.typeName)")
            return nil
        }
    }
}
