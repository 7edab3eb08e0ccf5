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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .target(name: "ParallaxCore", resources: [.copy("Resources/Models")]),
        .target(name: "ParallaxIngest", dependencies: ["ParallaxCore"]),
        .target(name: "ParallaxReport", dependencies: ["ParallaxCore"]),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore", "ParallaxIngest", "ParallaxReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParallaxCoreTests", dependencies: ["ParallaxCore"]),
        .testTarget(name: "ParallaxIngestTests", dependencies: ["ParallaxIngest"]),
        .testTarget(name: "ParallaxReportTests", dependencies: ["ParallaxReport", "ParallaxIngest"]),
    ],
    swiftLanguageModes: [.v6]
)
