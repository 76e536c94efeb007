// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "brief",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "brief", targets: ["brief"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        // Headers only (through pangocairo's include paths): poppler itself is opened with dlopen when a PDF is read.
        .systemLibrary(name: "CPoppler", pkgConfig: "pangocairo", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "BriefingModel"),
        .target(name: "BriefingData", dependencies: ["BriefingModel", "CPoppler", .product(name: "Yams", package: "Yams")]),
        .target(name: "BriefingLayout"),
        .target(
            name: "BriefingMail",
            dependencies: [
                "BriefingModel", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        .target(name: "BriefingGraphics", dependencies: ["CCairo", "CPango", "CZlib", "BriefingLayout"]),
        .target(
            name: "BriefingRender",
            dependencies: ["BriefingModel", "BriefingLayout", "BriefingGraphics"]
        ),
        .target(
            name: "BriefingPipeline",
            dependencies: [
                "BriefingModel", "BriefingData", "BriefingLayout", "BriefingGraphics", "BriefingRender", "BriefingMail",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(
            name: "BriefingServer",
            dependencies: [
                "BriefingModel", "BriefingRender", "BriefingPipeline", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"), .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ]),
        .executableTarget(
            name: "brief",
            dependencies: [
                "BriefingModel", "BriefingData", "BriefingGraphics", "BriefingRender", "BriefingMail", "BriefingPipeline",
                "BriefingServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "BriefTestSupport", path: "Sources/BriefTestSupport"),
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel"]),
        .testTarget(name: "BriefingDataTests", dependencies: ["BriefingData", "BriefingModel", "BriefTestSupport"]),
        .testTarget(name: "BriefingLayoutTests", dependencies: ["BriefingLayout"]),
        .testTarget(name: "BriefingGraphicsTests", dependencies: ["BriefingGraphics", "BriefingLayout", "BriefTestSupport"]),
        .testTarget(
            name: "BriefingPipelineTests",
            dependencies: ["BriefingPipeline", "BriefingModel", "BriefingData", "BriefingRender", "BriefTestSupport"]),
        .testTarget(name: "BriefingMailTests", dependencies: ["BriefingMail", "BriefingModel", "BriefTestSupport"]),
        .testTarget(
            name: "BriefingRenderTests",
            dependencies: [
                "BriefingRender", "BriefingData", "BriefingModel", "BriefingLayout", "BriefingGraphics", "BriefingPipeline",
                "BriefTestSupport",
            ]
        ),
        .testTarget(
            name: "BriefingServerTests",
            dependencies: [
                "BriefingServer", "BriefingData", "BriefingModel", "BriefingPipeline", "BriefTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(name: "BriefCLITests", dependencies: ["brief", "BriefTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
