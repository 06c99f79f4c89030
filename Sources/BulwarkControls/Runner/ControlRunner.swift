public import BulwarkModels
public import Foundation

/// Runs controls over an account snapshot, concurrently, with findings in a deterministic order.
///
/// ```swift
/// let result = await ControlRunner(framework: mine).scan(snapshot)
/// for finding in result.findings where finding.status == .fail { print(finding) }
/// ```
///
/// Each control runs in its own child task. A control whose body throws yields `unknown` for the
/// resource it was checking, and the other controls still run.
public struct ControlRunner: Sendable {
    /// The controls to run, in report order.
    public let controls: [Control]
    /// The ids of the frameworks the controls come from.
    public let frameworks: [String]

    /// A runner for `controls`.
    public init(controls: [Control], frameworks: [String] = []) {
        self.controls = controls
        self.frameworks = frameworks
    }

    /// A runner for every control of `framework`.
    public init(framework: Framework) {
        self.init(controls: framework.controls, frameworks: [framework.id])
    }

    /// Scans `snapshot` with the controls `filter` keeps.
    ///
    /// - Parameters:
    ///   - now: the time ages are measured against (fixed in tests).
    ///   - progress: called with (controls finished, controls in total) as controls finish.
    public func scan(
        _ snapshot: AccountSnapshot,
        filter: ScanFilter = ScanFilter(),
        now: Date = Date(),
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> ScanResult {
        let selected = controls.filter(filter.includes)
        let environment = ScanEnvironment(snapshot: snapshot, now: now)
        var perControl = [[Finding]](repeating: [], count: selected.count)
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        await withTaskGroup(of: (Int, [Finding]).self) { group in
            var next = 0
            var finished = 0
            func startNext() {
                guard next < selected.count else { return }
                let index = next
                let control = selected[index]
                next += 1
                group.addTask { (index, control.evaluate(in: environment)) }
            }
            for _ in 0..<min(width, selected.count) { startNext() }
            for await (index, findings) in group {
                perControl[index] = findings.filter(filter.includes)
                finished += 1
                progress?(finished, selected.count)
                startNext()
            }
        }
        return ScanResult(
            account: snapshot.accountID,
            collectedAt: snapshot.manifest?.collectedAt,
            generatedAt: now,
            frameworks: frameworks,
            controls: selected,
            findings: perControl.flatMap { $0 }
        )
    }
}
