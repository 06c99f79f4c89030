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
