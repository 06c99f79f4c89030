extension Inspector2Snapshot {
    /// Reads `inspector2 batch-get-account-status`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> Inspector2Snapshot {
        Inspector2Snapshot(
            accounts: reader.list(
                InspectorAccountStatus.self,
                .call(scope, "inspector2", "batch-get-account-status"),
                key: "accounts"
            )
        )
    }
}
