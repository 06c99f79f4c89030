extension PolicyDiagnostic {
    /// The diagnostic as a JSON object with members in a stable order:
    /// `severity`, `code`, `path`, then `line`, `column`, `offset` when the location is known, then `message`.
    ///
    /// This is the shape `bulwark policy validate --format json` prints for each problem.
    public var jsonValue: JSONValue {
        var members = [
            JSONMember(key: "severity", value: LocatedJSON(.string(severity.rawValue))),
            JSONMember(key: "code", value: LocatedJSON(.string(code.rawValue))),
            JSONMember(key: "path", value: LocatedJSON(.string(path.description))),
        ]
        if let location {
            members.append(JSONMember(key: "line", value: LocatedJSON(.number(String(location.line)))))
            members.append(JSONMember(key: "column", value: LocatedJSON(.number(String(location.column)))))
            members.append(JSONMember(key: "offset", value: LocatedJSON(.number(String(location.offset)))))
        }
        members.append(JSONMember(key: "message", value: LocatedJSON(.string(message))))
        return .object(members)
    }
}
