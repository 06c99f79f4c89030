extension BackupResources {
    /// Reads `backup list-backup-plans` and `list-backup-vaults`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> BackupResources {
        BackupResources(
            plans: reader.list(BackupPlan.self, .call(scope, "backup", "list-backup-plans"), key: "BackupPlansList"),
            vaults: reader.list(BackupVault.self, .call(scope, "backup", "list-backup-vaults"), key: "BackupVaultList")
        )
    }
}
