import BulwarkModels
import Foundation

/// Counts of a collection run: calls that succeeded and failed, failures by error code.
struct CollectTally: Sendable {
    /// Calls whose output was written.
    var succeeded = 0
    /// Calls that ended in an error record.
    var failed = 0
    /// How many failed calls had each error code.
    var failuresByCode: [String: Int] = [:]
    /// Files that could not be written (disk full, permissions): these calls left no trace in the snapshot.
    var writeFailures: [String] = []
    /// Outputs that could not be read for their per-resource follow-ups.
    var fanOutProblems: [String] = []

    /// Counts one call's result.
    mutating func record(_ result: CallResult, for call: PlannedCall) {
        switch result {
        case .succeeded:
            succeeded += 1
        case .failed(let failure):
            failed += 1
            failuresByCode[failure.code, default: 0] += 1
            if failure.code == "WriteError" { writeFailures.append(failure.message) }
        }
    }
}

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
            "Collected account \(manifest.accountId) (\(manifest.partition)) in \(manifest.regions.count) \(regionWord): "
                + manifest.regions.joined(separator: ", "),
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

/// The state a progress display shows while calls run.
struct CollectProgress: Sendable {
    /// Calls finished so far.
    var done = 0
    /// Of those, calls that failed.
    var failed = 0
    /// Calls running now.
    var running = 0
    /// Calls waiting to start.
    var queued = 0
    /// The call that finished last, as `region service operation`.
    var last = ""

    /// Updates the state after `call` finished.
    mutating func update(tally: CollectTally, running: Int, queued: Int, last call: PlannedCall) {
        done = tally.succeeded + tally.failed
        failed = tally.failed
        self.running = running
        self.queued = queued
        last = "\(call.scope.folderName) \(call.service) \(call.operation)"
    }

    /// One status line, such as `123 calls done (4 failed), 8 running, 56 queued · us-east-1 kms list-keys`.
    var line: String {
        "\(done) calls done (\(failed) failed), \(running) running, \(queued) queued · \(last)"
    }
}
