/// WAFv2 web ACLs of one scope (`REGIONAL` in a region, `CLOUDFRONT` under `global`).
public struct WAFv2Resources: Sendable, Hashable {
    /// The web ACLs.
    public var webACLs: Observed<[WebACLSummary]>

    /// Creates a `WAFv2Resources` from its parts.
    public init(webACLs: Observed<[WebACLSummary]> = .notConfigured) {
        self.webACLs = webACLs
    }
}
