import BulwarkIAM

/// Finds a condition key's definition: exact keys by hash, templated keys by their literal prefix.
struct ConditionKeyIndex: Sendable {
    /// Lowercased key → definition, for keys without placeholders.
    private var exact: [String: ConditionKeyDefinition] = [:]
    /// Lowercased text before the key's first `:` → templated keys starting with it.
    private var templates: [String: [(pattern: Glob, definition: ConditionKeyDefinition)]] = [:]
    /// Templated keys whose prefix itself has a placeholder (`token.actions.${Domain}.ghe.com:actor`).
    private var openTemplates: [(pattern: Glob, definition: ConditionKeyDefinition)] = []

    /// Indexes global keys first, then each service's keys (a key listed by the service it is
    /// named after wins over the same key listed by another service).
    init(global: [ConditionKeyDefinition], service: [ConditionKeyDefinition]) {
        func isOwned(_ definition: ConditionKeyDefinition) -> Bool {
            definition.service.map { Self.prefix(of: definition.key) == $0 } ?? false
        }
        let owned = service.filter(isOwned)
        let borrowed = service.filter { !isOwned($0) }
        for definition in global + owned + borrowed {
            if definition.isTemplate {
                let prefix = Self.prefix(of: definition.key)
                let entry = (Self.templatePattern(definition.key), definition)
                if prefix.contains("${") || prefix.contains("<") {
                    if !openTemplates.contains(where: { $0.definition.key == definition.key }) {
                        openTemplates.append(entry)
                    }
                } else if !(templates[prefix]?.contains(where: { $0.definition.key == definition.key }) ?? false) {
                    templates[prefix, default: []].append(entry)
                }
            } else if exact[definition.key.lowercased()] == nil {
                exact[definition.key.lowercased()] = definition
            }
        }
    }

    /// The definition for a concrete key such as `aws:RequestTag/team`, or for a template as written.
    func definition(for key: String) -> ConditionKeyDefinition? {
        let lowered = key.lowercased()
        if let found = exact[lowered] { return found }
        let prefix = Self.prefix(of: lowered)
        for entry in templates[prefix] ?? [] where entry.pattern.matches(lowered) { return entry.definition }
        for entry in openTemplates where entry.pattern.matches(lowered) { return entry.definition }
        return nil
    }

    /// The lowercased text before the first `:`.
    static func prefix(of key: String) -> String {
        String(key.prefix { $0 != ":" }).lowercased()
    }

    /// A templated key as a pattern: each `${…}` or `<…>` stands for at least one character.
    ///
    /// A template also matches itself as written, so `aws:RequestTag/${TagKey}` finds its definition.
    static func templatePattern(_ key: String) -> Glob {
        let compiled = Placeholders.compile(key, replacement: [.question, .star], angleBrackets: true)
        return Glob(elements: compiled.elements, caseInsensitive: true)
    }
}
