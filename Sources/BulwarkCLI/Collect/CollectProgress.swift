import BulwarkModels

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
