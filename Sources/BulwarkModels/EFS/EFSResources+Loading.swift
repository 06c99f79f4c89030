import BulwarkIAM
extension EFSResources {
    /// Reads `efs describe-file-systems`, then each file system's policy and backup policy.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> EFSResources {
        let fileSystems =
            await reader.list(EFSFileSystem.self, .call(scope, "efs", "describe-file-systems"), key: "FileSystems")
            .asyncMap { fileSystems in
                await Concurrently.map(fileSystems) { fileSystem in
                    var fileSystem = fileSystem
                    fileSystem.policy = reader.member(
                        EmbeddedPolicy.self,
                        .call(scope, "efs", "describe-file-system-policy", fileSystem.fileSystemID),
                        key: "Policy",
                        policyKind: .resource
                    )
                    fileSystem.backupPolicyStatus =
                        reader.member(
                            BackupPolicyStatus.self,
                            .call(scope, "efs", "describe-backup-policy", fileSystem.fileSystemID),
                            key: "BackupPolicy"
                        )
                        .map(\.status)
                    return fileSystem
                }
            }
        return EFSResources(fileSystems: fileSystems)
    }
}

/// The `BackupPolicy` member of `efs describe-backup-policy`.
struct BackupPolicyStatus: Decodable, Sendable {
    var status: String

    private enum CodingKeys: String, CodingKey {
        case status = "Status"
    }
}
