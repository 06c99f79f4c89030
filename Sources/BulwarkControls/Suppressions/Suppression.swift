/// One entry of a suppressions file: which findings it mutes, why, and until when.
///
/// Every criterion is optional; an entry matches a finding when all the criteria it has match.
/// Patterns use IAM's `*` and `?` wildcards.
public struct Suppression: Sendable, Hashable {
    /// A control id pattern (`S3.*`).
    public var control: String?
    /// A resource ARN pattern (`arn:aws:s3:::public-site*`).
    public var resource: String?
    /// A region pattern (`eu-*`, `global`).
    public var region: String?
    /// An account id pattern.
    public var account: String?
    /// Tags the resource must carry, with these values (`*` patterns allowed in values).
    public var tags: [String: String]
    /// Why the findings are acceptable (required).
    public var reason: String
    /// The last day the entry applies (`2027-06-30`, UTC), if it expires.
    public var expires: String?

    /// Creates an entry.
    public init(
        control: String? = nil,
        resource: String? = nil,
        region: String? = nil,
        account: String? = nil,
        tags: [String: String] = [:],
        reason: String,
        expires: String? = nil
    ) {
        self.control = control
        self.resource = resource
        self.region = region
        self.account = account
        self.tags = tags
        self.reason = reason
        self.expires = expires
    }

    /// Whether the entry matches `finding` (ignoring expiry).
    public func matches(_ finding: Finding) -> Bool {
        if let control, !WildcardPattern(control).matches(finding.controlID) { return false }
        if let resource, !WildcardPattern(resource).matches(finding.resource) { return false }
        if let region, !WildcardPattern(region).matches(finding.region) { return false }
        if let account, !WildcardPattern(account).matches(finding.account) { return false }
        for (key, value) in tags {
            guard let actual = finding.tags[key], WildcardPattern(value).matches(actual) else { return false }
        }
        return true
    }
}
