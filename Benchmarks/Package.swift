// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that package-benchmark stays out of the product's build.
let package = Package(
    name: "handpose-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "handpose", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Deterministic synthetic recordings written to a temporary file.
        .target(name: "IngestFixtures"),
        // `swift package benchmark`: throughput (bytes), mallocs and peak memory of RecordingReader.
        .executableTarget(
            name: "IngestBenchmarks",
            dependencies: [
                "IngestFixtures",
                .product(name: "HandPoseIO", package: "handpose"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/IngestBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]),
        // `swift run -c release ingest-throughput [file]`: a quick MB/s and peak RSS figure.
        .executableTarget(
            name: "ingest-throughput",
            dependencies: [
                "IngestFixtures", .product(name: "HandPoseCore", package: "handpose"),
                .product(name: "HandPoseIO", package: "handpose"),
            ]),
        // Deterministic landmark-like channels and the catalogue of filters to measure.
        .target(
            name: "FilterFixtures",
            dependencies: [.product(name: "HandPoseCore", package: "handpose"), .product(name: "HandPoseDSP", package: "handpose")]),
        // `swift package benchmark --target FilterBenchmarks`: per-filter throughput and mallocs per call.
        .executableTarget(
            name: "FilterBenchmarks",
            dependencies: ["FilterFixtures", .product(name: "Benchmark", package: "package-benchmark")],
            path: "Benchmarks/FilterBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]),
        // `swift run -c release filter-throughput`: M samples/s per filter on one core and on all cores.
        .executableTarget(
            name: "filter-throughput",
            dependencies: ["FilterFixtures", .product(name: "HandPoseDSP", package: "handpose")]),
        // `swift run -c release fft-throughput`: ns per RealFFT transform per length; `--plan N`: cold planning time.
        .executableTarget(
            name: "fft-throughput",
            dependencies: [.product(name: "HandPoseNumerics", package: "handpose")]),
        // `swift run -c release pipeline-throughput FILE.csv`: the Python baseline's full pipeline, stage by stage.
        .executableTarget(
            name: "pipeline-throughput",
            dependencies: [
                .product(name: "HandPoseAnalysis", package: "handpose"), .product(name: "HandPoseCore", package: "handpose"),
                .product(name: "HandPoseDSP", package: "handpose"), .product(name: "HandPoseIO", package: "handpose"),
            ]),
        // `swift run -c release analysis-throughput FILE.csv`: handpose analyze's stages, cold and warm.
        .executableTarget(
            name: "analysis-throughput",
            dependencies: [.product(name: "HandPoseAnalysis", package: "handpose"), .product(name: "HandPoseIO", package: "handpose")]),
        // `swift run -c release store-throughput [POSTGRES-URL]`: save and load time of one analysed 60 s recording.
        .executableTarget(
            name: "store-throughput",
            dependencies: [
                .product(name: "HandPoseAnalysis", package: "handpose"), .product(name: "HandPoseDatabase", package: "handpose"),
                .product(name: "HandPoseIO", package: "handpose"), .product(name: "HandPoseSimulation", package: "handpose"),
                .product(name: "HandPoseStore", package: "handpose"), .product(name: "HandPoseStorePostgres", package: "handpose"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
