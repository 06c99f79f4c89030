extension AWSCatalog {
    /// The known service prefix closest to a misspelt one (`s4` → `s3`), or `nil` when none is close.
    ///
    /// "Close" is an edit distance of at most a third of the length (1 to 3 edits), ignoring case.
    public func closestService(to prefix: String) -> AWSService? {
        Suggestion.closest(to: prefix, among: services.map(\.prefix)).flatMap(service)
    }

    /// The action closest to a misspelt `service:name` (`s3:GetObjects` → `s3:GetObject`), or `nil`.
    ///
    /// Looks within the named service when it exists, otherwise within the closest service.
    public func closestAction(to fullName: String) -> AWSAction? {
        guard let colon = fullName.firstIndex(of: ":") else { return nil }
        let prefix = String(fullName[..<colon])
        guard let service = service(prefix) ?? closestService(to: prefix) else { return nil }
        let name = String(fullName[fullName.index(after: colon)...])
        return Suggestion.closest(to: name, among: actions(of: service).map(\.name))
            .flatMap {
                action(service: service.prefix, name: $0)
            }
    }

    /// The condition key closest to a misspelt one (`aws:SourceIpp` → `aws:SourceIp`), or `nil`.
    ///
    /// Looks among the global keys and the keys of the service the key is named after.
    public func closestConditionKey(to key: String) -> String? {
        let prefix = String(key.prefix { $0 != ":" }).lowercased() + ":"
        let candidates =
            globalConditionKeys.map(\.key)
            + serviceConditionKeys.map(\.key).filter { $0.lowercased().hasPrefix(prefix) }
        return Suggestion.closest(to: key, among: candidates)
    }
}
