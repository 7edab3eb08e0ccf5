// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
        .library(name: "ParallaxIngest", targets: ["ParallaxIngest"]),
        .library(name: "ParallaxReport", targets: ["ParallaxReport"]),
        .library(name: "ParallaxEvaluation", targets: ["ParallaxEvaluation"]),
        .library(name: "ParallaxTraining", targets: ["ParallaxTraining"]),
        .library(name: "ParallaxStore", targets: ["ParallaxStore"]),
        .library(name: "ParallaxServer", targets: ["ParallaxServer"]),
        .library(name: "ParallaxFetch", targets: ["ParallaxFetch"]),
        .library(name: "ParallaxPostgres", targets: ["ParallaxPostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "ParallaxCore", resources: [.copy("Resources/Models")]),
        .target(name: "ParallaxIngest", dependencies: ["ParallaxCore"]),
        .target(name: "ParallaxReport", dependencies: ["ParallaxCore"]),
        .target(name: "ParallaxEvaluation", dependencies: ["ParallaxCore"]),
        .target(name: "ParallaxTraining", dependencies: ["ParallaxCore", "ParallaxEvaluation"]),
        // zlib (Debian's zlib1g-dev, on every machine with Swift) compresses stored analyses and state.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ParallaxStore", dependencies: ["ParallaxCore", "ParallaxIngest", "CZlib", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "ParallaxServer",
            dependencies: [
                "ParallaxCore", "ParallaxIngest", "ParallaxReport", "ParallaxStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .target(
            name: "ParallaxFetch",
            dependencies: ["ParallaxCore", "ParallaxIngest", "ParallaxStore", .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        // The server store: PostgreSQL through postgres-nio, the work queue and its workers.
        .target(
            name: "ParallaxPostgres",
            dependencies: ["ParallaxCore", "ParallaxIngest", "ParallaxStore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore", "ParallaxIngest", "ParallaxReport", "ParallaxEvaluation", "ParallaxTraining", "ParallaxStore", "ParallaxServer",
                "ParallaxFetch", "ParallaxPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParallaxCoreTests", dependencies: ["ParallaxCore"]),
        .testTarget(name: "ParallaxIngestTests", dependencies: ["ParallaxIngest"]),
        .testTarget(name: "ParallaxReportTests", dependencies: ["ParallaxReport", "ParallaxIngest"]),
        .testTarget(name: "ParallaxEvaluationTests", dependencies: ["ParallaxCore", "ParallaxEvaluation"]),
        .testTarget(name: "ParallaxStoreTests", dependencies: ["ParallaxCore", "ParallaxIngest", "ParallaxStore", "ParallaxPostgres"]),
        .testTarget(name: "ParallaxTrainingTests", dependencies: ["ParallaxCore", "ParallaxEvaluation", "ParallaxTraining"]),
        // End-to-end tests of the built `parallax` executable; the dependency makes SwiftPM build it first.
        .testTarget(name: "parallaxCLITests", dependencies: ["parallax"]),
        .testTarget(name: "ParallaxFetchTests", dependencies: ["ParallaxFetch", "ParallaxStore", "ParallaxIngest", "ParallaxCore"]),
    ],
    swiftLanguageModes: [.v6]
)
