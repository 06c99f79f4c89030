import BulwarkIAM

/// JSON paths into a policy as it was written: `Statement` and `Action` may be one value or an array.
struct LintPaths {
    let json: LocatedJSON?

    /// `Statement[index]`, or `Statement` when the document has a single statement object.
    func statement(_ index: Int) -> JSONPath {
        let path = JSONPath.root.appending(key: "Statement")
        if let json, json.value(at: path)?.elements == nil { return path }
        return path.appending(index: index)
    }

    /// `<statement>.Action[index]`, or `<statement>.Action` when the element is a single string.
    func element(_ statement: JSONPath, _ name: String, _ index: Int) -> JSONPath {
        let path = statement.appending(key: name)
        if let json, json.value(at: path)?.elements == nil { return path }
        return path.appending(index: index)
    }

    /// `<statement>.Condition.<operator>.<key>`.
    func condition(_ statement: JSONPath, _ condition: Condition) -> JSONPath {
        statement.appending(key: "Condition").appending(key: condition.operator.description)
            .appending(key: condition.key)
    }
}

extension ActionClause {
    /// The element's name: `Action` or `NotAction`.
    var elementName: String { isNegated ? "NotAction" : "Action" }
}

extension ResourceClause {
    /// The element's name: `Resource` or `NotResource`.
    var elementName: String { isNegated ? "NotResource" : "Resource" }
}
