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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .target(name: "ParallaxCore", resources: [.copy("Resources/Models")]),
        .target(name: "ParallaxIngest", dependencies: ["ParallaxCore"]),
        .target(name: "ParallaxReport", dependencies: ["ParallaxCore"]),
        .target(name: "ParallaxEvaluation", dependencies: ["ParallaxCore"]),
        .target(name: "ParallaxTraining", dependencies: ["ParallaxCore", "ParallaxEvaluation"]),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore", "ParallaxIngest", "ParallaxReport", "ParallaxEvaluation", "ParallaxTraining",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParallaxCoreTests", dependencies: ["ParallaxCore"]),
        .testTarget(name: "ParallaxIngestTests", dependencies: ["ParallaxIngest"]),
        .testTarget(name: "ParallaxReportTests", dependencies: ["ParallaxReport", "ParallaxIngest"]),
        .testTarget(name: "ParallaxEvaluationTests", dependencies: ["ParallaxCore", "ParallaxEvaluation"]),
        .testTarget(name: "ParallaxTrainingTests", dependencies: ["ParallaxCore", "ParallaxEvaluation", "ParallaxTraining"]),
        // End-to-end tests of the built `parallax` executable; the dependency makes SwiftPM build it first.
        .testTarget(name: "parallaxCLITests", dependencies: ["parallax"]),
    ],
    swiftLanguageModes: [.v6]
)
