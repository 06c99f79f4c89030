extension AWSCatalog {
    /// The format version this build reads (the `bulwark-catalog` header line).
    static let formatVersion = "1"

    /// Builds a catalog from parsed records after checking the header and the recorded counts.
    convenience init(loaded loader: CatalogLoader) throws(CatalogError) {
        guard loader.header["bulwark-catalog"] == [Self.formatVersion] else {
            throw CatalogError(
                .catalogMalformed,
                file: loader.name,
                "not a catalog in format \(Self.formatVersion)",
                fix: "regenerate it with Scripts/generate-catalog.py"
            )
        }
        guard let source = loader.header["source"], source.count == 3 else {
            throw CatalogError(.catalogMalformed, file: loader.name, "the source line is missing")
        }
        guard let counts = loader.header["counts"]?.compactMap({ Int($0) }), counts.count == 5 else {
            throw CatalogError(.catalogMalformed, file: loader.name, "the counts line is missing")
        }
        let found = [
            loader.services.count, loader.actions.count, loader.resourceTypes.count, loader.serviceKeys.count,
            loader.globalKeys.count,
        ]
        guard found == counts else {
            throw CatalogError(
                .catalogMalformed,
                file: loader.name,
                "the header counts \(counts) but the file holds \(found) (services, actions, "
                    + "resource types, service keys, global keys); the file is truncated or edited"
            )
        }
        self.init(
            source: CatalogSource(
                package: source[0],
                version: source[1],
                updatedAt: source[2],
                serviceCount: counts[0],
                actionCount: counts[1],
                resourceTypeCount: counts[2],
                serviceConditionKeyCount: counts[3],
                globalConditionKeyCount: counts[4]
            ),
            services: loader.services,
            actions: loader.actions,
            resourceTypes: loader.resourceTypes,
            globalConditionKeys: loader.globalKeys,
            serviceConditionKeys: loader.serviceKeys,
            actionHashes: loader.actionHashes
        )
    }
}
