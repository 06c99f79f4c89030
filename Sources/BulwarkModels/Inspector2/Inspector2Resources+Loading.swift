extension Inspector2Resources {
    /// Reads `inspector2 batch-get-account-status`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> Inspector2Resources {
        Inspector2Resources(
            accounts: reader.list(
                InspectorAccountStatus.self,
                .call(scope, "inspector2", "batch-get-account-status"),
                key: "accounts"
            )
        )
    }
}
