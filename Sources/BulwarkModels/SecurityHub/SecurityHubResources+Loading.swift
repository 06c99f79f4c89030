extension SecurityHubResources {
    /// Reads `securityhub describe-hub` and `get-enabled-standards`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> SecurityHubResources {
        SecurityHubResources(
            hub: reader.read(SecurityHub.self, .call(scope, "securityhub", "describe-hub")),
            enabledStandards: reader.list(
                StandardsSubscription.self,
                .call(scope, "securityhub", "get-enabled-standards"),
                key: "StandardsSubscriptions"
            )
        )
    }
}
