extension MacieResources {
    /// Reads `macie2 get-macie-session`.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> MacieResources {
        MacieResources(session: reader.read(MacieSession.self, .call(scope, "macie2", "get-macie-session")))
    }
}
