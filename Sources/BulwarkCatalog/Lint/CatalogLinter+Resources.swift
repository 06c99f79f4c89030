import BulwarkIAM

extension CatalogLinter {
    /// Patterns with more actions than this are not checked action by action (`*`, `s3:*`-sized
    /// patterns almost always have an action that fits; the check would only cost time).
    static let maximumActionsPerPatternForResourceCheck = 500

    /// `Resource` entries that fit the ARN template of none of the statement's actions, and
    /// `Action` entries none of whose actions fits any of the statement's resources.
    func checkResources(
        _ fact: StatementFacts,
        _ paths: LintPaths,
        variablesEnabled: Bool
    ) -> [Diagnostic] {
        guard let resource = fact.statement.resource, !resource.isNegated, !fact.coversEveryResource,
            let actions = fact.actions, !actions.isEmpty
        else { return [] }
        var fit = ResourceFit(resource.patterns, variablesEnabled: variablesEnabled, catalog: catalog)
        guard !fit.resources.isEmpty else { return [] }
        var types: [AWSResourceType] = []
        var seen: Set<String> = []
        for action in actions {
            for entry in action.resourceTypes where seen.insert(action.service + ":" + entry.name).inserted {
                if let type = catalog.resourceType(service: action.service, name: entry.name) { types.append(type) }
            }
        }
        var diagnostics: [Diagnostic] = []
        let named = fact.actionSummary
        for (position, entry) in fit.resources.enumerated() where !types.contains(where: { fit.fits($0)[position] }) {
            let expected = types.prefix(3).map { "\($0.name) (\($0.arnTemplate))" }.joined(separator: "; ")
            diagnostics.append(
                warning(
                    .resourceMatchesNoAction,
                    paths.element(fact.path, resource.elementName, entry.index),
                    "\(entry.text) fits no resource type of this statement's actions (\(named)), so the statement "
                        + "never applies to it"
                        + (expected.isEmpty
                            ? "; these actions take only \"Resource\": \"*\"" : "; expected \(expected)")
                )
            )
        }
        for (index, pattern) in fact.patterns.enumerated()
        where pattern.actions.count <= Self.maximumActionsPerPatternForResourceCheck {
            // Actions that take only "*" are reported by checkActions.
            let scoped = pattern.actions.filter { !$0.requiresWildcardResource }
            guard let first = scoped.first else { continue }
            let fitting = scoped.contains { action in
                action.resourceTypes.contains { entry in
                    guard let type = catalog.resourceType(service: action.service, name: entry.name) else {
                        return true
                    }
                    return fit.fits(type).contains(true)
                }
            }
            guard !fitting else { continue }
            let wanted = first.resourceTypes.prefix(3)
                .map { entry in
                    let template = catalog.resourceType(service: first.service, name: entry.name)?.arnTemplate
                    return "\(entry.name) (\(template ?? "?"))"
                }
            diagnostics.append(
                warning(
                    .actionMatchesNoResource,
                    paths.element(fact.path, fact.statement.action.elementName, index),
                    "none of this statement's resources fits \(pattern.text), so the statement never applies to it; "
                        + "it acts on \(wanted.joined(separator: "; "))"
                )
            )
        }
        return diagnostics
    }

    /// A `Resource` entry as one wildcard pattern over its whole text, with each policy variable
    /// standing for any text (`${*}`, `${?}` and `${$}` are the literal characters).
    static func glob(_ text: String, variablesEnabled: Bool) -> Glob {
        Glob(
            elements: PolicyTemplate(text, variablesEnabled: variablesEnabled).anyValueElements,
            caseInsensitive: false
        )
    }
}

/// Which of a statement's ARN resources each resource type's template can fit, computed once per type.
struct ResourceFit {
    /// The statement's ARN entries: position in the element, text, pattern and lowercased service field.
    let resources: [(index: Int, text: String, glob: Glob, service: String)]
    private let catalog: AWSCatalog
    private var cache: [String: [Bool]] = [:]

    init(_ patterns: [String], variablesEnabled: Bool, catalog: AWSCatalog) {
        self.catalog = catalog
        resources = patterns.enumerated()
            .compactMap { index, text in
                guard text.hasPrefix("arn:") else { return nil }
                let service = AWSResourceType.serviceField(of: text)
                return (index, text, CatalogLinter.glob(text, variablesEnabled: variablesEnabled), service)
            }
    }

    /// For each resource, whether `type`'s template can match some ARN the resource pattern matches.
    mutating func fits(_ type: AWSResourceType) -> [Bool] {
        if let known = cache[type.description] { return known }
        let elements = templateElements(type)
        let result = resources.map { resource in
            // A template whose service field is literal only fits ARNs of that service.
            if !resource.service.isEmpty && !CatalogLinter.hasWildcard(resource.service) && !type.arnService.isEmpty
                && type.arnService != resource.service
            {
                return false
            }
            return Glob.overlap(elements, resource.glob.elements, caseInsensitive: false)
        }
        cache[type.description] = result
        return result
    }

    /// The template's elements, with placeholders in the first five ARN fields kept from crossing a
    /// colon, and a final placeholder that a sibling template of the same service continues with `/`
    /// (`${BucketName}` before `${BucketName}/${ObjectName}`) kept from crossing a slash.
    ///
    /// Otherwise `arn:aws:s3:::b/*` would fit the bucket template and `s3:ListBucket` would seem to
    /// apply to objects.
    private func templateElements(_ type: AWSResourceType) -> [WildcardElement] {
        var elements = type.glob.elements
        // Placeholders in the partition, service, region and account fields never hold a colon.
        var colons = 0
        for index in elements.indices where colons < 5 {
            if elements[index] == .byte(UInt8(ascii: ":")) {
                colons += 1
            } else {
                elements[index] = elements[index].excluding(UInt8(ascii: ":"))
            }
        }
        guard elements.last == .star, let service = catalog.service(type.service) else { return elements }
        for sibling in catalog.resourceTypes(of: service) where sibling.arnTemplate.count > type.arnTemplate.count {
            guard sibling.arnTemplate.hasPrefix(type.arnTemplate) else { continue }
            // Only `/` separates: a qualified name such as Lambda's `function:f:alias` still names a function.
            if sibling.arnTemplate.utf8.dropFirst(type.arnTemplate.utf8.count).first == UInt8(ascii: "/") {
                elements[elements.count - 1] = .anyRun(excluding: UInt8(ascii: "/"))
            }
        }
        return elements
    }
}
