/// Turns a located JSON tree into a ``PolicyDocument``, collecting every problem on the way.
///
/// Decoding never stops at the first problem: each element is checked on its own, so one run
/// reports all errors. Grammar rules that depend on the policy kind come from `PolicyKind+Rules`.
struct PolicyDecoder {
    let kind: PolicyKind
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether `${…}` is substituted (Version 2012-10-17); otherwise it is literal text.
    var substitutesVariables = false
    /// The characters of the source text, when known; used by kinds whose limit counts white space.
    var sourceLength: Int?
    /// Whether the quotas that apply when a policy is written (size, IAM's character set) are checked.
    var checksQuotas = true
    /// Whether the authoring rules listed in ``PolicyStrictness/evaluation`` are errors or warnings.
    var strictness = PolicyStrictness.authoring
    /// Whether decoding follows the evaluation meaning of ``PolicyStrictness/evaluation``.
    var evaluating: Bool { strictness == .evaluation }

    init(kind: PolicyKind) { self.kind = kind }

    static let topLevelElements = ["Version", "Id", "Statement"]

    mutating func report(
        _ severity: Diagnostic.Severity,
        _ code: DiagnosticCode,
        _ path: JSONPath,
        _ location: TextPosition?,
        _ message: String
    ) {
        diagnostics.append(
            Diagnostic(severity, code, path: path, position: location, message: MessageText.abbreviated(message))
        )
    }

    mutating func error(_ code: DiagnosticCode, _ path: JSONPath, _ location: TextPosition?, _ message: String) {
        report(.error, code, path, location, message)
    }

    /// Reports a rule that AWS applies when a policy is written: an error, or a warning in evaluation mode.
    mutating func authoringRule(
        _ code: DiagnosticCode,
        _ path: JSONPath,
        _ location: TextPosition?,
        _ message: String
    ) {
        report(evaluating ? .warning : .error, code, path, location, message)
    }

    mutating func warning(_ code: DiagnosticCode, _ path: JSONPath, _ location: TextPosition?, _ message: String) {
        report(.warning, code, path, location, message)
    }

    /// The members of an object by key (the last of duplicates wins, as in AWS), warning about
    /// duplicates and reporting keys not in `known` as unknown elements.
    mutating func fields(of members: [JSONMember], at path: JSONPath, known: [String]?) -> [String: JSONMember] {
        var fields: [String: JSONMember] = [:]
        for member in members {
            if let earlier = fields[member.key] {
                warning(
                    .duplicateKey,
                    path.appending(key: member.key),
                    member.keyLocation,
                    "'\(member.key)' appears more than once in this object (first at \(earlier.keyLocation)); "
                        + "AWS uses only the last one, so merge them into one"
                )
            }
            fields[member.key] = member
            if let known, !known.contains(member.key) {
                let suggestion = known.first { $0.lowercased() == member.key.lowercased() }
                let hint =
                    suggestion.map { "; element names are case-sensitive: write '\($0)'" }
                    ?? "; valid elements here are \(known.joined(separator: ", "))"
                error(
                    .unknownElement,
                    path.appending(key: member.key),
                    member.keyLocation,
                    "unknown element '\(member.key)'\(hint)"
                )
            }
        }
        return fields
    }

    /// Reports a wrong JSON type.
    mutating func wrongType(_ node: LocatedJSON, _ path: JSONPath, expected: String) {
        let element: String
        switch path.components.last {
        case .key(let key): element = "'\(key)'"
        case .index(let index): element = "\(path.parent.lastKey.map { "'\($0)'" } ?? "the array") entry [\(index)]"
        case nil: element = "the document"
        }
        error(.invalidType, path, node.location, "\(element) must be \(expected), not \(Self.describe(node.value))")
    }

    /// A short description of a JSON value for messages: `a number (42)`, `an object`.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let bool): "the boolean \(bool)"
        case .number(let text): "a number (\(text.count > 20 ? String(text.prefix(20)) + "…" : text))"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Decodes the whole document.
    mutating func decodeDocument(_ root: LocatedJSON) -> PolicyDocument? {
        guard let members = root.members else {
            error(
                .invalidType,
                .root,
                root.location,
                "a policy must be a JSON object such as {\"Version\": \"2012-10-17\", \"Statement\": […]}, not "
                    + Self.describe(root.value)
            )
            return nil
        }
        let fields = fields(of: members, at: .root, known: Self.topLevelElements)
        let version = decodeVersion(fields["Version"], rootLocation: root.location)
        substitutesVariables = version == .v2012_10_17
        var id: String?
        if let member = fields["Id"] {
            if let text = member.value.value.stringValue {
                id = text
            } else {
                wrongType(member.value, .root.appending(key: "Id"), expected: "a string")
            }
        }
        let statements = decodeStatements(fields["Statement"], rootLocation: root.location)
        checkDuplicateSids(statements)
        if checksQuotas { checkCharactersAndSize(root) }
        guard let statements else { return nil }
        let decoded = statements.compactMap(\.statement)
        guard decoded.count == statements.count else { return nil }
        return PolicyDocument(version: version, id: id, statements: decoded)
    }

    private mutating func decodeVersion(_ member: JSONMember?, rootLocation: TextPosition) -> PolicyVersion? {
        let path = JSONPath.root.appending(key: "Version")
        guard let member else {
            warning(
                .missingVersion,
                path,
                rootLocation,
                "no Version: policy variables such as ${aws:username} are literal text; add \"Version\": \"2012-10-17\""
            )
            return nil
        }
        guard let text = member.value.value.stringValue else {
            wrongType(member.value, path, expected: "the string \"2012-10-17\"")
            return nil
        }
        let version = PolicyVersion(rawValue: text)
        switch version {
        case .v2012_10_17: break
        case .v2008_10_17:
            warning(
                .outdatedVersion,
                path,
                member.value.location,
                "Version 2008-10-17 treats policy variables as literal text; use \"2012-10-17\""
            )
        default:
            error(
                .invalidVersion,
                path,
                member.value.location,
                "Version '\(text)' is not a policy language version; use \"2012-10-17\" (the date, not today's date)"
            )
        }
        return version
    }

    /// One decoded statement and where it was.
    struct DecodedStatement {
        var statement: PolicyStatement?
        var sid: String?
        var sidLocation: TextPosition?
        var path: JSONPath
    }

    private mutating func decodeStatements(_ member: JSONMember?, rootLocation: TextPosition) -> [DecodedStatement]? {
        let path = JSONPath.root.appending(key: "Statement")
        guard let member else {
            error(.missingElement, path, rootLocation, "the policy has no Statement; add \"Statement\": [{…}]")
            return nil
        }
        switch member.value.value {
        case .object:
            return [decodeStatement(member.value, at: path)]
        case .array(let elements):
            if elements.isEmpty {
                authoringRule(
                    .emptyValue,
                    path,
                    member.value.location,
                    "Statement is empty; add at least one statement"
                )
                return evaluating ? [] : nil
            }
            return elements.enumerated()
                .map { index, element in decodeStatement(element, at: path.appending(index: index)) }
        default:
            wrongType(member.value, path, expected: "an object or an array of objects")
            return nil
        }
    }

    private mutating func checkDuplicateSids(_ statements: [DecodedStatement]?) {
        var seen: [String: JSONPath] = [:]
        for statement in statements ?? [] {
            guard let sid = statement.sid else { continue }
            if let first = seen[sid] {
                report(
                    kind.isStoredByIAM ? .error : .warning,
                    .duplicateSid,
                    statement.path.appending(key: "Sid"),
                    statement.sidLocation,
                    "Sid '\(sid)' is already used by \(first); give each statement a unique Sid"
                )
            } else {
                seen[sid] = statement.path
            }
        }
    }
}
