/// Which controls and findings a scan keeps: by domain, minimum severity, control id and region.
///
/// Every criterion left `nil` keeps everything. Control ids accept IAM-style `*` and `?` wildcards.
public struct ScanFilter: Sendable, Hashable {
    /// Keep only controls of these domains.
    public var domains: Set<Domain>?
    /// Keep only controls at or above this severity.
    public var minimumSeverity: Severity?
    /// Keep only controls whose id matches one of these patterns (`S3.*`).
    public var controlIDs: [String]?
    /// Keep only findings in these regions (findings of global resources are always kept).
    public var regions: Set<String>?

    /// Creates a filter.
    public init(
        domains: Set<Domain>? = nil,
        minimumSeverity: Severity? = nil,
        controlIDs: [String]? = nil,
        regions: Set<String>? = nil
    ) {
        self.domains = domains
        self.minimumSeverity = minimumSeverity
        self.controlIDs = controlIDs
        self.regions = regions
    }

    /// Whether the filter keeps `control`.
    public func includes(_ control: Control) -> Bool {
        if let domains, !domains.contains(control.domain) { return false }
        if let minimumSeverity, control.severity < minimumSeverity { return false }
        if let controlIDs, !controlIDs.contains(where: { WildcardPattern($0).matches(control.id) }) { return false }
        return true
    }

    /// Whether the filter keeps `finding`.
    public func includes(_ finding: Finding) -> Bool {
        guard let regions, finding.region != Finding.globalRegion else { return true }
        return regions.contains(finding.region)
    }
}
