import BulwarkIAM
import BulwarkModels
import Foundation

/// What `bulwark collect` reports at the end.
struct CollectSummary: Sendable {
    /// The manifest that was written.
    var manifest: SnapshotManifest
    /// The counts.
    var tally: CollectTally
    /// The snapshot directory.
    var root: URL
    /// How long the run took, in seconds.
    var duration: Double

    /// The summary as a few lines of text.
    var text: String {
        let regionWord = manifest.regions.count == 1 ? "region" : "regions"
        var lines = [
            "Collected account \(manifest.accountID) (\(manifest.partition)) in \(manifest.regions.count) \(regionWord): "
                + manifest.regions.map(\.rawValue).joined(separator: ", "),
            "  calls: \(tally.succeeded) succeeded, \(tally.failed) failed, in "
                + String(format: "%.1f", duration) + " s",
        ]
        if !tally.failuresByCode.isEmpty {
            let codes = tally.failuresByCode.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key) \($0.value)" }
            lines.append("  failed calls by error: " + codes.joined(separator: ", "))
            lines.append("  (each failed call is an .error.json file; AccessDenied means unknown, not absent)")
        }
        for problem in tally.writeFailures.prefix(10) {
            lines.append("  not written: \(problem)")
        }
        for problem in tally.fanOutProblems.prefix(10) {
            lines.append("  not followed: \(problem)")
        }
        lines.append("  snapshot: \(root.path) (owner-only: it holds the credential report)")
        return lines.joined(separator: "\n")
    }
}
