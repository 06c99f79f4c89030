import Benchmark
import Bulwark

// Run: cd Benchmarks && swift package benchmark --target Evaluation
// Speed is reported against baselines measured in the same run (a Dictionary lookup, and a naive
// evaluation that compiles the policy set for every request); CI should check malloc counts only.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.metrics = [.wallClock, .mallocCountTotal]
    Benchmark.defaultConfiguration.scalingFactor = .kilo
    Benchmark.defaultConfiguration.maxDuration = .seconds(2)

    guard let request = try? Fixtures.request() else { return }
    let ten = PolicySet(
        identityPolicies: [Fixtures.identity(statements: 10, conditions: false)],
        resourcePolicy: Fixtures.bucketPolicy
    )
    let tenConditions = PolicySet(
        identityPolicies: [Fixtures.identity(statements: 10, conditions: true)],
        resourcePolicy: Fixtures.bucketPolicy
    )
    let hundred = PolicySet(
        identityPolicies: [Fixtures.identity(statements: 100, conditions: true)],
        resourcePolicy: Fixtures.bucketPolicy
    )
    let heavy = PolicySet(identityPolicies: [Fixtures.conditionHeavy], resourcePolicy: Fixtures.bucketPolicy)
    let compiledTen = ten.compiled()
    let compiledTenConditions = tenConditions.compiled()
    let compiledHundred = hundred.compiled()
    let compiledHeavy = heavy.compiled()

    Benchmark("Evaluate.Baseline.DictionaryLookup") { benchmark in
        let table = Dictionary(uniqueKeysWithValues: (0..<64).map { ("s3:Action\($0)", $0) } + [("s3:GetObject", 64)])
        let key = request.action
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(table[key]) }
    }

    Benchmark("Evaluate.Decision.10stmts") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(compiledTen.decision(for: request)) }
    }

    Benchmark("Evaluate.Decision.10stmts.conditions") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(compiledTenConditions.decision(for: request)) }
    }

    Benchmark("Evaluate.Decision.100stmts.conditions") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(compiledHundred.decision(for: request)) }
    }

    Benchmark("Evaluate.Decision.conditionHeavy.20x8") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(compiledHeavy.decision(for: request)) }
    }

    Benchmark("Evaluate.Explain.10stmts.conditions") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(compiledTenConditions.evaluate(request)) }
    }

    Benchmark("Evaluate.Baseline.Uncompiled.10stmts.conditions") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(tenConditions.decision(for: request)) }
    }

    Benchmark("Evaluate.Request.Build") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? Fixtures.request()) }
    }

    Benchmark("Evaluate.Request.DeriveAction") { benchmark in
        let actions = ["s3:PutObject", "s3:DeleteObject", "s3:GetObjectTagging", "s3:ListBucket"]
        var i = 0
        for _ in benchmark.scaledIterations {
            blackHole(request.with(action: actions[i & 3]))
            i += 1
        }
    }

    Benchmark("Evaluate.Request.DeriveResource") { benchmark in
        let resources = (0..<4).map { "arn:aws:s3:::reports/2026/q\($0).csv" }
        var i = 0
        for _ in benchmark.scaledIterations {
            blackHole(request.with(resource: resources[i & 3]))
            i += 1
        }
    }

    Benchmark("Evaluate.Compile.100stmts") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(hundred.compiled()) }
    }
}
