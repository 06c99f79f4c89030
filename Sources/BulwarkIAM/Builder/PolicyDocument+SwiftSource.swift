extension PolicyDocument {
    /// The document as one Swift declaration, `let NAME = try PolicyDocument(kind: …) { … }`, written
    /// with the policy builder; it needs only `import Bulwark` (or `import BulwarkIAM`).
    ///
    /// Compiling the declaration gives a document equal to this one, so its ``jsonString(pretty:)`` is
    /// this document's canonical JSON. Conditions on the global `aws:` keys use the typed operators
    /// where the values are of the key's type; other conditions are written as ``Condition`` values.
    ///
    /// - Parameters:
    ///   - name: the constant's name, a Swift identifier.
    ///   - kind: the kind of policy the declaration is checked as when it runs.
    public func swiftSource(name: String = "policy", kind: PolicyKind) -> String {
        var arguments = ["kind: .\(SwiftSource.caseName(of: kind))"]
        if version != .v2012_10_17 {
            arguments.append(
                "version: " + (version.map { "PolicyVersion(rawValue: \(SwiftSource.literal($0.rawValue)))" } ?? "nil")
            )
        }
        if let id { arguments.append("id: \(SwiftSource.literal(id))") }
        var lines = ["let \(name) = try PolicyDocument(\(arguments.joined(separator: ", "))) {"]
        for statement in statements {
            lines += statement.swiftSourceLines.map { "    " + $0 }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}

extension PolicyStatement {
    /// `Statement(.allow, sid: …) { … }` with one line per element, as ``PolicyDocument/swiftSource(name:kind:)`` writes it.
    var swiftSourceLines: [String] {
        let sidArgument = sid.map { ", sid: \(SwiftSource.literal($0))" } ?? ""
        var body: [String] = []
        if let principal {
            body.append(SwiftSource.principals(principal))
        }
        let actionType = action.isNegated ? "NotActions" : "Actions"
        body.append("\(actionType)(\(action.patterns.map(SwiftSource.literal).joined(separator: ", ")))")
        if let resource {
            let type = resource.isNegated ? "NotResources" : "Resources"
            let patterns = resource.patterns.map(SwiftSource.policyText)
            // An empty list needs its element type spelled out.
            body.append(patterns.isEmpty ? "\(type)([String]())" : "\(type)(\(patterns.joined(separator: ", ")))")
        }
        body += conditions.map(SwiftSource.condition)
        let effectCase = effect == .allow ? "allow" : "deny"
        return ["Statement(.\(effectCase)\(sidArgument)) {"] + body.map { "    " + $0 } + ["}"]
    }
}
