/// Text from a policy that may contain policy variables such as `${aws:username}`.
///
/// Parsed once at compile time. Under `Version: 2012-10-17`, `${key}` is replaced by the request's
/// single value for `key` (key names compare case-insensitively), `${key, 'default'}` falls back to
/// the default, and `${*}`, `${?}`, `${$}` are the literal characters. Under any other version the
/// text is literal. Substituted text is always literal: a `*` in a tag value is not a wildcard.
/// (IAM User Guide, "IAM policy elements: Variables and tags".)
package struct PolicyTemplate: Sendable, Hashable {
    /// One piece of the template.
    package enum Part: Sendable, Hashable {
        /// Text from the policy, where `*` and `?` keep their wildcard meaning in `…Like` operators.
        case text(String)
        /// A character written as `${*}`, `${?}` or `${$}`: always literal.
        case escaped(String)
        /// A policy variable: the context key (as written) and its optional default value.
        case variable(key: String, defaultValue: String?)
    }

    /// The parts, in order.
    package let parts: [Part]
    /// The text as written in the policy.
    package let source: String

    /// Whether the template contains a variable that depends on the request.
    package var hasVariables: Bool {
        parts.contains { if case .variable = $0 { true } else { false } }
    }

    /// Parses `text`; `variablesEnabled` is false for documents without `Version: 2012-10-17`.
    package init(_ text: String, variablesEnabled: Bool) {
        self.init(text, variablesEnabled: variablesEnabled, literalPrefix: text.startIndex)
    }

    /// Parses a `Resource`/`NotResource` pattern: variables work "only in the resource portion of
    /// the ARN", after the fifth colon (IAM User Guide, policy variables), so `${…}` before it is text.
    package init(resource text: String, variablesEnabled: Bool) {
        var colons = 0
        var start = text.startIndex
        if text.hasPrefix("arn:") {
            for i in text.indices where text[i] == ":" {
                colons += 1
                if colons == 5 {
                    start = text.index(after: i)
                    break
                }
            }
            if colons < 5 { start = text.endIndex }
        }
        self.init(text, variablesEnabled: variablesEnabled, literalPrefix: start)
    }

    /// Parses `text`, substituting variables only from `literalPrefix` on.
    private init(_ text: String, variablesEnabled: Bool, literalPrefix: String.Index) {
        source = text
        guard variablesEnabled, PolicyTemplate.containsVariable(text[literalPrefix...]) else {
            parts = [.text(text)]
            return
        }
        var parts: [Part] = []
        var literal = String(text[..<literalPrefix])
        var rest = text[literalPrefix...]
        while let dollar = PolicyTemplate.variableStart(in: rest) {
            let open = rest.index(dollar, offsetBy: 2)
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            literal += rest[..<dollar]
            let body = rest[open..<close]
            rest = rest[rest.index(after: close)...]
            if PolicyTemplate.isEscape(body) {
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(.escaped(String(body)))
                continue
            }
            if !literal.isEmpty { parts.append(.text(literal)) }
            literal = ""
            parts.append(PolicyTemplate.variable(body))
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }

    /// The index of the next `${`.
    private static func variableStart(in text: Substring) -> Substring.Index? {
        var i = text.startIndex
        while let dollar = text[i...].firstIndex(of: "$") {
            let next = text.index(after: dollar)
            if next < text.endIndex, text[next] == "{" { return dollar }
            i = next
        }
        return nil
    }

    /// Whether `text` contains `${` (a byte scan: this runs on every resource and condition value).
    package static func containsVariable(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") && previous == UInt8(ascii: "$") { return true }
            previous = byte
        }
        return false
    }

    /// Whether the inside of `${…}` is one of the escapes `*`, `?`, `$`.
    package static func isEscape(_ body: some StringProtocol) -> Bool {
        body == "*" || body == "?" || body == "$"
    }

    /// Splits the inside of `${…}` into its key and its default as written (quotes kept).
    ///
    /// The split is at the first comma; both parts lose surrounding spaces and tabs. The policy
    /// validator checks these same pieces, so it and the evaluator read a variable alike.
    package static func split(variable body: Substring) -> (key: Substring, defaultValue: Substring?) {
        guard let comma = body.firstIndex(of: ",") else { return (trimmed(body), nil) }
        return (trimmed(body[..<comma]), trimmed(body[body.index(after: comma)...]))
    }

    /// Parses the inside of `${…}`: `key` or `key, 'default'`.
    private static func variable(_ body: Substring) -> Part {
        let (key, written) = split(variable: body)
        guard var value = written else { return .variable(key: String(key), defaultValue: nil) }
        if value.count >= 2, value.first == "'", value.last == "'" {
            value = value.dropFirst().dropLast()
        }
        return .variable(key: String(key), defaultValue: String(value))
    }

    private static func trimmed(_ s: Substring) -> Substring {
        var s = s
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }

    /// Resolves the template against a request context.
    ///
    /// Returns the wildcard-aware elements for ``Glob``: policy text keeps `*`/`?` as wildcards when
    /// `wildcards` is true, everything substituted is literal. Returns `nil` when a variable has no
    /// single value and no default ("effectively null": the value matches nothing).
    package func resolve(in context: RequestContext, wildcards: Bool) -> [WildcardElement]? {
        var out: [WildcardElement] = []
        for part in parts {
            switch part {
            case .text(let t):
                out += wildcards ? WildcardElement.parse(t) : WildcardElement.literal(t)
            case .escaped(let t):
                out += WildcardElement.literal(t)
            case .variable(let key, let defaultValue):
                guard let value = context.variableText(for: key) ?? defaultValue else { return nil }
                out += WildcardElement.literal(value)
            }
        }
        return out
    }

    /// The template as wildcard elements in which each variable stands for any text (`*`), for
    /// comparing patterns: what the template can match for some request.
    package var anyValueElements: [WildcardElement] {
        parts.flatMap { part -> [WildcardElement] in
            switch part {
            case .text(let t): WildcardElement.parse(t)
            case .escaped(let t): WildcardElement.literal(t)
            case .variable: [.star]
            }
        }
    }

    /// The resource pattern of a template without variables (escapes resolved).
    package var resourcePattern: ResourcePattern {
        ResourcePattern(text: source, elements: resolve(in: RequestContext(), wildcards: true) ?? [])
    }

    /// Resolves the template to plain text (for `…Equals` operators); `nil` when a variable is unresolved.
    package func resolvedText(in context: RequestContext) -> String? {
        guard let elements = resolve(in: context, wildcards: false) else { return nil }
        return String(decoding: elements.compactMap(\.literalByte), as: UTF8.self)
    }
}
