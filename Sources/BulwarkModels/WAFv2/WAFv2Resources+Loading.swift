extension WAFv2Resources {
    /// Reads `wafv2 list-web-acls` of `scope` (`--scope CLOUDFRONT` under `global`, `REGIONAL` in a region).
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> WAFv2Resources {
        WAFv2Resources(webACLs: reader.list(WebACLSummary.self, .call(scope, "wafv2", "list-web-acls"), key: "WebACLs"))
    }
}
