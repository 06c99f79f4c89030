import BulwarkIAM
import Foundation

/// Collects what goes wrong while a snapshot loads, from many tasks at once.
final class LoadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var issueList: [Diagnostic] = []
    private var failedCalls: [Unreadable] = []

    /// Records issues found in files.
    func add(_ issues: [Diagnostic]) {
        guard !issues.isEmpty else { return }
        lock.withLock { issueList.append(contentsOf: issues) }
    }

    /// Records a call that failed at AWS (an error file that does not mean "not configured").
    func add(_ failure: Unreadable) {
        lock.withLock { failedCalls.append(failure) }
    }

    /// The issues, sorted by file and JSON path so output is stable.
    var issues: [Diagnostic] {
        lock.withLock { issueList }
            .sorted { ($0.file ?? "", $0.path.description) < ($1.file ?? "", $1.path.description) }
    }

    /// The failed calls, sorted by file.
    var failures: [Unreadable] {
        lock.withLock { failedCalls }.sorted { $0.call.relativePath < $1.call.relativePath }
    }
}
