import Benchmark
import Bulwark
import Foundation

// Catalog benchmarks. Each operation comes with a baseline measured in the same run, so results
// read as ratios rather than absolute times on a shared machine:
//   Catalog.Load.Bundled         parse + index the whole catalog (the cost of the first use)
//   Catalog.Baseline.ReadFile    only reading the same file into memory
//   Catalog.Lookup.Action        one case-insensitive action lookup
//   Catalog.Baseline.Dictionary  lowercasing the name and one lookup in a plain [String: Int] of the same size
//   Catalog.Expand.S3Get         actions(matching: "s3:Get*")
//   Catalog.Expand.All           actions(matching: "*")
//   Catalog.Expand.AnyDescribe   actions(matching: "*:Describe*")
//   Catalog.ConditionKey.Template conditionKey("aws:RequestTag/team")
//   Catalog.ResourceTypes.ARN    resourceTypes(matchingARN:) for an S3 object ARN
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.metrics = [.wallClock, .mallocCountTotal]
    Benchmark.defaultConfiguration.maxDuration = .seconds(3)

    Benchmark(
        "Catalog.Load.Bundled",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxIterations: 30)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try AWSCatalog.loadBundled())
        }
    }

    Benchmark(
        "Catalog.Baseline.ReadFile",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxIterations: 30)
    ) { benchmark in
        guard let url = AWSCatalog.bundledResourceURL else { return }
        for _ in benchmark.scaledIterations {
            blackHole(try Data(contentsOf: url))
        }
    }

    Benchmark("Catalog.Lookup.Action", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let catalog = try AWSCatalog.shared
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(catalog.action("s3:GetObject"))
        }
    }

    Benchmark("Catalog.Baseline.Dictionary", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let catalog = try AWSCatalog.shared
        var table: [String: Int] = [:]
        for (index, action) in catalog.actions.enumerated() { table[action.fullName.lowercased()] = index }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(table["s3:GetObject".lowercased()])
        }
    }

    Benchmark("Catalog.Expand.S3Get") { benchmark in
        let catalog = try AWSCatalog.shared
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(catalog.actions(matching: "s3:Get*"))
        }
    }

    Benchmark("Catalog.Expand.All") { benchmark in
        let catalog = try AWSCatalog.shared
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(catalog.actions(matching: "*"))
        }
    }

    Benchmark("Catalog.Expand.AnyDescribe") { benchmark in
        let catalog = try AWSCatalog.shared
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(catalog.actions(matching: "*:Describe*"))
        }
    }

    Benchmark("Catalog.ConditionKey.Template", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let catalog = try AWSCatalog.shared
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(catalog.conditionKey("aws:RequestTag/team"))
        }
    }

    Benchmark("Catalog.ResourceTypes.ARN") { benchmark in
        let catalog = try AWSCatalog.shared
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(catalog.resourceTypes(matchingARN: "arn:aws:s3:::bucket/key"))
        }
    }
}
