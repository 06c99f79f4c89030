/// Walks a vector file's JSON and builds ``IAMTestVector`` values, collecting every problem.
struct VectorDecoder {
    /// The file name, for sources.
    let file: String
    /// The problems found so far.
    private(set) var problems: [Diagnostic] = []

    /// The members a vector object may have.
    static let vectorMembers: Set<String> = [
        "name", "request", "identityPolicies", "resourcePolicy", "permissionsBoundary", "sessionPolicy",
        "vpcEndpointPolicy", "serviceControlPolicies", "resourceControlPolicies", "managementAccount",
        "resourceIsAWSManagedKey", "expect", "because",
    ]
    /// The members a request object may have.
    static let requestMembers: Set<String> = ["principal", "action", "resource", "resourceAccount", "context"]

    init(file: String) { self.file = file }

    /// Records a problem at `path`.
    mutating func report(_ path: JSONPath, _ location: TextPosition?, _ message: String) {
        problems.append(
            Diagnostic(
                .error,
                .invalidVector,
                file: file,
                path: path,
                position: location,
                message: MessageText.abbreviated(message)
            )
        )
    }

    /// Decodes a file: an object or an array of objects.
    mutating func decodeFile(_ json: LocatedJSON) -> [IAMTestVector] {
        switch json.value {
        case .object:
            return decodeVector(json, path: .root, index: nil).map { [$0] } ?? []
        case .array(let elements):
            if elements.isEmpty {
                report(.root, json.location, "the file holds an empty array; add at least one vector")
            }
            var vectors: [IAMTestVector] = []
            var seen: [String: Int] = [:]
            for (index, element) in elements.enumerated() {
                guard let vector = decodeVector(element, path: JSONPath.root.appending(index: index), index: index)
                else { continue }
                if let first = seen[vector.name] {
                    report(
                        JSONPath.root.appending(index: index).appending(key: "name"),
                        element["name"]?.location,
                        "the name '\(vector.name)' is already used by vector [\(first)]; names must be unique in a file"
                    )
                }
                seen[vector.name] = seen[vector.name] ?? index
                vectors.append(vector)
            }
            return vectors
        default:
            report(.root, json.location, "expected a vector object or an array of them, found \(json.value.typeName)")
            return []
        }
    }

    /// Decodes one vector object; `nil` (with problems recorded) when it is malformed.
    mutating func decodeVector(_ json: LocatedJSON, path: JSONPath, index: Int?) -> IAMTestVector? {
        guard let members = json.members else {
            report(path, json.location, "expected a vector object, found \(json.value.typeName)")
            return nil
        }
        let before = problems.count
        checkMembers(members, allowed: Self.vectorMembers, path: path, what: "a vector")
        let name = requiredString(json, "name", path: path)
        let request = decodeRequest(json["request"], path: path.appending(key: "request"), parent: json)
        let policies = decodePolicies(json, path: path, request: request)
        let expected = decodeExpectation(json["expect"], path: path.appending(key: "expect"))
        let because = optionalString(json, "because", path: path)
        guard problems.count == before, let name, let request, let policies else { return nil }
        return IAMTestVector(
            name: name,
            request: request,
            policies: policies,
            expected: expected,
            because: because,
            source: IAMTestVector.Source(file: file, index: index, location: json.location)
        )
    }

    /// Decodes `request`.
    private mutating func decodeRequest(_ json: LocatedJSON?, path: JSONPath, parent: LocatedJSON)
        -> AuthorizationRequest?
    {
        guard let json else {
            report(
                path.parent,
                parent.location,
                "missing member 'request' (an object with principal, action and resource)"
            )
            return nil
        }
        guard let members = json.members else {
            report(
                path,
                json.location,
                "expected an object with principal, action and resource, found \(json.value.typeName)"
            )
            return nil
        }
        checkMembers(members, allowed: Self.requestMembers, path: path, what: "a request")
        let principalText = requiredString(json, "principal", path: path)
        let action = requiredString(json, "action", path: path)
        let resource = requiredString(json, "resource", path: path)
        let resourceAccount = optionalString(json, "resourceAccount", path: path)
        let context = decodeContext(json["context"], path: path.appending(key: "context"))
        guard let principalText, let action, let resource else { return nil }
        let principal: Principal
        do {
            principal = try Principal(principalText)
        } catch {
            report(path.appending(key: "principal"), json["principal"]?.location, "not a principal: \(error)")
            return nil
        }
        return AuthorizationRequest(
            principal: principal,
            action: action,
            resource: resource,
            resourceAccount: resourceAccount,
            context: context
        )
    }

    /// Decodes `expect`.
    private mutating func decodeExpectation(_ json: LocatedJSON?, path: JSONPath) -> Decision? {
        guard let json else { return nil }
        let spellings = Decision.allCases.map(\.rawValue).joined(separator: ", ")
        guard let text = json.value.stringValue else {
            report(path, json.location, "expected one of \(spellings), found \(json.value.typeName)")
            return nil
        }
        guard let decision = Decision(rawValue: text) else {
            report(path, json.location, "'\(text)' is not a decision; use one of \(spellings)")
            return nil
        }
        return decision
    }

    /// Reports members not in `allowed` (typos such as `expected` for `expect`).
    mutating func checkMembers(_ members: [JSONMember], allowed: Set<String>, path: JSONPath, what: String) {
        var seen: Set<String> = []
        for member in members {
            if !allowed.contains(member.key) {
                report(
                    path.appending(key: member.key),
                    member.keyLocation,
                    "unknown member '\(member.key)' in \(what); known members are \(allowed.sorted().joined(separator: ", "))"
                )
            } else if !seen.insert(member.key).inserted {
                report(path.appending(key: member.key), member.keyLocation, "duplicate member '\(member.key)'")
            }
        }
    }

    /// The string member `key`, reporting when it is missing or not a string.
    mutating func requiredString(_ object: LocatedJSON, _ key: String, path: JSONPath) -> String? {
        guard let value = object[key] else {
            report(path, object.location, "missing member '\(key)' (a string)")
            return nil
        }
        return string(value, path: path.appending(key: key))
    }

    /// The string member `key` when present, reporting when it is not a string.
    mutating func optionalString(_ object: LocatedJSON, _ key: String, path: JSONPath) -> String? {
        object[key].flatMap { string($0, path: path.appending(key: key)) }
    }

    private mutating func string(_ value: LocatedJSON, path: JSONPath) -> String? {
        guard let text = value.value.stringValue else {
            report(path, value.location, "expected a string, found \(value.value.typeName)")
            return nil
        }
        return text
    }
}
