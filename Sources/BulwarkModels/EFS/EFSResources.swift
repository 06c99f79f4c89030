/// EFS in one region.
public struct EFSResources: Sendable, Hashable {
    /// The file systems with their policies.
    public var fileSystems: Observed<[EFSFileSystem]>

    /// Creates an `EFSResources` from its parts.
    public init(fileSystems: Observed<[EFSFileSystem]> = .notConfigured) {
        self.fileSystems = fileSystems
    }
}
