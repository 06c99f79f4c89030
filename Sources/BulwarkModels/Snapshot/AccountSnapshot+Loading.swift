import BulwarkIAM
public import Foundation

extension AccountSnapshot {
    /// Loads a snapshot directory in the ⚑ layout (`manifest.json`, `global/…`, `<region>/…`).
    ///
    /// Files are read in parallel (bounded). A missing file makes its values unknown; an
    /// `.error.json` file makes them "not configured" when the AWS code says so (such as
    /// `NoSuchBucketPolicy`) and unknown otherwise (`AccessDenied`); a malformed or truncated file
    /// is reported in ``issues`` with its path and JSON path, and the rest still loads.
    ///
    /// - Throws: ``SnapshotError`` only when `directory` is not a snapshot directory at all.
    public static func load(from directory: URL) async throws(SnapshotError) -> AccountSnapshot {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw SnapshotError(
                .noSuchDirectory,
                path: directory.path,
                message: "no such directory",
                fix: "pass a directory made by 'bulwark collect'"
            )
        }
        guard isDirectory.boolValue else {
            throw SnapshotError(
                .notADirectory,
                path: directory.path,
                message: "not a directory",
                fix: "a snapshot is a directory made by 'bulwark collect'"
            )
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard entries.contains(SnapshotLayout.manifestFileName) || entries.contains(SnapshotScope.global.folderName)
        else {
            throw SnapshotError(
                .notASnapshot,
                path: directory.path,
                message: "not a snapshot: it has neither manifest.json nor global/",
                fix: "make one with 'bulwark collect'"
            )
        }
        let log = LoadLog()
        let reader = SnapshotReader(root: directory, log: log)
        let manifest = loadManifest(directory, log: log)
        let listed = entries.filter { entry in
            entry != SnapshotScope.global.folderName && !entry.hasPrefix(".") && !entry.hasSuffix(".json")
                && (try? directory.appendingPathComponent(entry).resourceValues(forKeys: [.isDirectoryKey]))?
                    .isDirectory == true
        }
        let regionNames = Set((manifest?.regions ?? []).map(\.rawValue)).union(listed)
            .filter { name in
                guard isRegionName(name) else {
                    log.add([
                        Diagnostic(
                            file: SnapshotLayout.manifestFileName,
                            code: .invalidManifest,
                            message:
                                "'\(name.prefix(60))' is not a region name (lowercase letters, digits and '-'); skipped"
                        )
                    ])
                    return false
                }
                return true
            }
        async let iam = IAMResources.load(from: reader)
        async let organizations = OrganizationsResources.load(from: reader)
        async let s3 = S3Resources.load(from: reader)
        async let cloudFront = CloudFrontResources.load(from: reader)
        let regions = await Concurrently.map(regionNames.sorted(), limit: 4) { name in
            await RegionSnapshot.load(from: reader, region: Region(rawValue: name))
        }
        let callerIdentity = reader.read(CallerIdentity.self, .global("sts", "get-caller-identity"))
        let support = SupportResources.load(from: reader)
        let globalWAF = WAFv2Resources.load(from: reader, scope: .global)
        var snapshot = AccountSnapshot(
            accountID: manifest?.accountID ?? callerIdentity.valueIfPresent?.account ?? "",
            partition: manifest?.partition ?? .aws,
            manifest: manifest,
            callerIdentity: callerIdentity,
            alternateContacts: AlternateContacts.load(from: reader),
            iam: await iam,
            organizations: await organizations,
            s3: await s3,
            cloudFront: await cloudFront,
            support: support,
            globalWAF: globalWAF,
            regions: Dictionary(uniqueKeysWithValues: regions.map { ($0.name, $0) })
        )
        snapshot.issues = log.issues
        snapshot.failedCalls = log.failures
        return snapshot
    }

    /// Whether `name` can be a region (and so a folder name that stays inside the snapshot).
    private static func isRegionName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 40 && name.first != "-"
            && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Reads `manifest.json`, recording an issue when it is missing or malformed.
    private static func loadManifest(_ directory: URL, log: LoadLog) -> SnapshotManifest? {
        let file = "manifest.json"
        switch SnapshotReader.contents(of: directory.appendingPathComponent(file)) {
        case .missing:
            log.add([Diagnostic(file: file, code: .invalidManifest, message: "the snapshot has no manifest.json")])
            return nil
        case .failed(let reason):
            log.add([Diagnostic(file: file, code: .invalidManifest, message: "cannot read the file: \(reason)")])
            return nil
        case .data(let data):
            do {
                return try JSONDecoder().decode(SnapshotManifest.self, from: data)
            } catch let error as DecodingError {
                let (path, message) = JSONPathText.describe(error)
                log.add([Diagnostic(file: file, jsonPath: path, code: .invalidManifest, message: message)])
            } catch {
                log.add([Diagnostic(file: file, code: .invalidManifest, message: "\(error)")])
            }
            return nil
        }
    }
}
