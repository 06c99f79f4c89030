// swift-tools-version: 6.1

import PackageDescription

let package = Package(
    name: "bulwark",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Bulwark", targets: ["Bulwark"]),
        .library(name: "BulwarkIAM", targets: ["BulwarkIAM"]),
        .library(name: "BulwarkCatalog", targets: ["BulwarkCatalog"]),
        .library(name: "BulwarkModels", targets: ["BulwarkModels"]),
        .library(name: "BulwarkAccess", targets: ["BulwarkAccess"]),
        .library(name: "BulwarkControls", targets: ["BulwarkControls"]),
        .library(name: "BulwarkStandards", targets: ["BulwarkStandards"]),
        .library(name: "BulwarkTesting", targets: ["BulwarkTesting"]),
        .executable(name: "bulwark", targets: ["BulwarkCLI"]),
    ],
    targets: [
        // ARNs, the policy language, conditions and the authorization evaluator. Pure values.
        .target(name: "BulwarkIAM"),
        // Every AWS service, action, resource type and condition key (generated data, loaded lazily).
        .target(
            name: "BulwarkCatalog",
            dependencies: ["BulwarkIAM"],
            resources: [.copy("Resources")]
        ),
        // Typed AWS resources and snapshot loading.
        .target(name: "BulwarkModels", dependencies: ["BulwarkIAM"]),
        // Effective permissions, who-can, exposure and privilege escalation over a snapshot.
        .target(name: "BulwarkAccess", dependencies: ["BulwarkIAM", "BulwarkCatalog", "BulwarkModels"]),
        // The controls DSL, the runner, findings, suppressions and report writers.
        .target(name: "BulwarkControls", dependencies: ["BulwarkIAM", "BulwarkModels", "BulwarkAccess"]),
        // The built-in controls and frameworks (CIS AWS Foundations, FSBP).
        .target(name: "BulwarkStandards", dependencies: ["BulwarkControls"]),
        // The umbrella module: `import Bulwark` brings in everything.
        .target(
            name: "Bulwark",
            dependencies: [
                "BulwarkIAM", "BulwarkCatalog", "BulwarkModels", "BulwarkAccess", "BulwarkControls", "BulwarkStandards",
            ]
        ),
        // Helpers for users' own test targets.
        .target(name: "BulwarkTesting", dependencies: ["Bulwark"]),
        // The `bulwark` demo command.
        .executableTarget(
            name: "BulwarkCLI",
            dependencies: ["Bulwark"],
            resources: [.copy("Examples")]
        ),

        .testTarget(name: "BulwarkIAMTests", dependencies: ["BulwarkIAM"], resources: [.copy("Policies")]),
        .testTarget(
            name: "BulwarkEvaluatorTests",
            dependencies: ["BulwarkIAM", "BulwarkTesting", "Bulwark"],
            resources: [.copy("Vectors")]
        ),
        .testTarget(name: "BulwarkCatalogTests", dependencies: ["BulwarkCatalog"], resources: [.copy("Data")]),
        .testTarget(name: "BulwarkModelsTests", dependencies: ["BulwarkModels"], resources: [.copy("Fixtures")]),
        .testTarget(name: "BulwarkAccessTests", dependencies: ["BulwarkAccess"]),
        .testTarget(name: "BulwarkControlsTests", dependencies: ["BulwarkControls"]),
        .testTarget(name: "BulwarkStandardsTests", dependencies: ["BulwarkStandards"]),
        .testTarget(name: "BulwarkCLITests", dependencies: ["BulwarkCLI"]),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ])
    target.swiftSettings = settings
}
