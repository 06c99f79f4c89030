import Benchmark
import Bulwark
import Foundation

// A whole scan of the generated 10,000-resource snapshot: load, every built-in control plus the
// representative controls (RepresentativeControls.swift), the JSON report. Compare with SnapshotLoading.AccountSnapshot.load.10000resources (loading alone) from the
// same run. Target: under 2 s on this 2-core machine.

/// Registers the scan benchmarks over the snapshot in `directory`.
func registerScanBenchmarks(directory: URL) {
    let controls = BuiltInControls.all + representativeControls
    print(
        "Scan benchmarks: \(BuiltInControls.all.count) built-in and \(representativeControls.count) representative controls"
    )
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    Benchmark("Scan.LoadFindingsJSON.10000resources") { benchmark in
        for _ in benchmark.scaledIterations {
            let snapshot = try await AccountSnapshot.load(from: directory)
            let result = await ControlRunner(controls: controls).scan(snapshot, now: now)
            precondition(result.controls.count == controls.count, "controls went missing")
            blackHole(result.jsonReport())
        }
    }

    Benchmark("Scan.FindingsJSON.10000resources") { benchmark in
        let snapshot = try await AccountSnapshot.load(from: directory)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let result = await ControlRunner(controls: controls).scan(snapshot, now: now)
            blackHole(result.jsonReport())
        }
    }
}
