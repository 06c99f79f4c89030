// swift-tools-version: 6.1

// Benchmarks live in their own package so the library itself has no dependencies.
// Run: cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "bulwark-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "bulwark", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: []
)

for name in ["PolicyParsing", "Evaluation", "Catalog", "SnapshotLoading", "Access"] {
    package.targets.append(
        .executableTarget(
            name: name,
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Bulwark", package: "bulwark"),
                .product(name: "BulwarkAccess", package: "bulwark"),
            ],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
}
