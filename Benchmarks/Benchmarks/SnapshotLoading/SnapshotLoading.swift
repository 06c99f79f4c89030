import Benchmark
import Bulwark
import Foundation

// Loading a generated 10,000-resource snapshot (about 14,000 files: IAM, S3 with every per-bucket call,
// EC2, KMS, Lambda, SQS) with AccountSnapshot.load, against reading the same files' bytes as the
// baseline measured in the same run. Target: under 1 s per load on this 2-core machine.
// Run: cd Benchmarks && swift package benchmark --target SnapshotLoading

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.metrics = [.wallClock, .cpuTotal, .mallocCountTotal]
    Benchmark.defaultConfiguration.maxDuration = .seconds(10)
    Benchmark.defaultConfiguration.maxIterations = 20

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-benchmark-snapshot")
    let generated = SnapshotGenerator(resourcesPerKind: SnapshotGenerator.Scale.tenThousandResources)
    let files: [URL]
    do {
        files = try generated.write(to: directory)
    } catch {
        print("SnapshotLoading: cannot write the generated snapshot: \(error)")
        return
    }

    Benchmark("SnapshotLoading.AccountSnapshot.load.10000resources") { benchmark in
        for _ in benchmark.scaledIterations {
            let snapshot = try await AccountSnapshot.load(from: directory)
            precondition(snapshot.issues.isEmpty, "generated snapshot has issues: \(snapshot.issues.prefix(3))")
            blackHole(snapshot)
        }
    }

    registerScanBenchmarks(directory: directory)

    Benchmark("SnapshotLoading.Baseline.ReadBytes.10000resources") { benchmark in
        for _ in benchmark.scaledIterations {
            var total = 0
            for file in files {
                total += (try? Data(contentsOf: file))?.count ?? 0
            }
            blackHole(total)
        }
    }

    Benchmark("SnapshotLoading.Baseline.JSONSerialization.10000resources") { benchmark in
        for _ in benchmark.scaledIterations {
            for file in files {
                if let data = try? Data(contentsOf: file) {
                    blackHole(try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
                }
            }
        }
    }
}
