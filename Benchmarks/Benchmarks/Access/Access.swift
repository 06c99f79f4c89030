import Benchmark
import Bulwark

// Run: cd Benchmarks && swift package benchmark --target Access
// Report speed as ratios against the baseline measured in the same run: 1,000 decisions against a
// compiled policy set of five policies (one principal's identity side).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.metrics = [.wallClock, .mallocCountTotal]
    Benchmark.defaultConfiguration.maxDuration = .seconds(5)
    Benchmark.defaultConfiguration.maxIterations = 20

    let small = AccountGenerator.analysis(principals: 10)
    let large = AccountGenerator.analysis()
    let buckets = AccountGenerator.buckets()
    guard let developer = small.principals.first, let admin = AccountGenerator.analysis(principals: 200).principals.last
    else { return }

    Benchmark("Access.Baseline.1000decisions") { benchmark in
        let set = PolicySet(identityPolicies: developer.identityPolicies.map(\.document)).compiled()
        let requests = (0..<1_000)
            .map {
                AuthorizationRequest(
                    principal: developer.principal,
                    action: "s3:GetObject",
                    resource: "arn:aws:s3:::team-0-\($0)/k"
                )
            }
        benchmark.startMeasurement()
        for request in requests { blackHole(set.decision(for: request)) }
    }

    Benchmark("Access.EffectivePermissions.developer") { _ in
        blackHole(small.effectivePermissions(of: developer))
    }

    Benchmark("Access.EffectivePermissions.admin") { _ in
        blackHole(small.effectivePermissions(of: admin))
    }

    Benchmark("Access.Escalation.1000principals.5000policies") { _ in
        blackHole(large.escalation())
    }

    Benchmark("Access.Exposure.10000buckets") { _ in
        blackHole(buckets.exposures())
    }
}
