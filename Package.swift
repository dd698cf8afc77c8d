// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "handpose",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "handpose", targets: ["handpose"]),
        .library(name: "HandPoseCore", targets: ["HandPoseCore"]),
        .library(name: "HandPoseIO", targets: ["HandPoseIO"]),
        .library(name: "HandPoseNumerics", targets: ["HandPoseNumerics"]),
        .library(name: "HandPoseDSP", targets: ["HandPoseDSP"]),
        .library(name: "HandPoseQuality", targets: ["HandPoseQuality"]),
        .library(name: "HandPoseMetrics", targets: ["HandPoseMetrics"]),
        .library(name: "HandPoseAnalysis", targets: ["HandPoseAnalysis"]),
        .library(name: "HandPoseSimulation", targets: ["HandPoseSimulation"]),
        .library(name: "HandPoseStatistics", targets: ["HandPoseStatistics"]),
        .library(name: "HandPoseBench", targets: ["HandPoseBench"]),
        .library(name: "HandPoseCLI", targets: ["HandPoseCLI"]),
        .library(name: "HandPoseStore", targets: ["HandPoseStore"]),
        .library(name: "HandPoseStoreSQLite", targets: ["HandPoseStoreSQLite"]),
        .library(name: "HandPoseStorePostgres", targets: ["HandPoseStorePostgres"]),
        .library(name: "HandPoseDatabase", targets: ["HandPoseDatabase"]),
        .library(name: "HandPoseReport", targets: ["HandPoseReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C libraries, each imported by HandPoseNumerics only.
        .systemLibrary(
            name: "CFFTW",
            providers: [.apt(["libfftw3-dev"])]),
        .systemLibrary(
            name: "CLAPACK",
            providers: [.apt(["liblapacke-dev", "liblapack-dev", "libblas-dev"])]),
        // The system SQLite, imported by HandPoseStoreSQLite only.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]),
        // libpq's header, imported by HandPoseStorePostgres only, which loads the library itself at run
        // time (dlopen) so that commands without PostgreSQL do not pay for loading it.
        .systemLibrary(
            name: "CLibPQ",
            providers: [.apt(["libpq-dev"])]),
        // glibc's <malloc.h> (mallopt), for the executable's allocator tuning.
        .systemLibrary(name: "CMalloc"),

        .target(name: "HandPoseNumerics", dependencies: ["CFFTW", "CLAPACK", "HandPoseCore"]),
        .target(name: "HandPoseCore"),
        .target(name: "HandPoseDSP", dependencies: ["HandPoseCore", "HandPoseNumerics"]),
        .target(name: "HandPoseIO", dependencies: ["HandPoseCore"]),
        .target(name: "HandPoseSimulation", dependencies: ["HandPoseCore"]),
        .target(name: "HandPoseStatistics"),
        .target(name: "HandPoseMetrics", dependencies: ["HandPoseCore", "HandPoseDSP", "HandPoseNumerics"]),
        .target(
            name: "HandPoseAnalysis",
            dependencies: ["HandPoseCore", "HandPoseDSP", "HandPoseIO", "HandPoseMetrics", "HandPoseQuality", "HandPoseStatistics"]),
        .target(name: "HandPoseQuality", dependencies: ["HandPoseCore", "HandPoseDSP", "HandPoseNumerics"]),
        .target(
            name: "HandPoseBench",
            dependencies: ["HandPoseAnalysis", "HandPoseCore", "HandPoseDSP", "HandPoseMetrics", "HandPoseQuality", "HandPoseSimulation"]),
        .target(
            name: "HandPoseCLI",
            dependencies: [
                "HandPoseAnalysis", "HandPoseBench", "HandPoseCore", "HandPoseDSP", "HandPoseIO", "HandPoseMetrics",
                "HandPoseQuality", "HandPoseSimulation", "HandPoseStore", "HandPoseDatabase", "HandPoseReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .target(name: "CMalloc", condition: .when(platforms: [.linux])),
            ]),
        .executableTarget(name: "handpose", dependencies: ["HandPoseCLI", "HandPoseNumerics"]),
        // The clinician's HTML report: pure string building over an analysis, no store, no network.
        .target(
            name: "HandPoseReport", dependencies: ["HandPoseAnalysis", "HandPoseCore", "HandPoseDSP", "HandPoseMetrics", "HandPoseQuality"]),
        // Persistence: the dialect-neutral store API and migrations, then one target per backend.
        .target(
            name: "HandPoseStore",
            dependencies: ["HandPoseAnalysis", "HandPoseCore", "HandPoseDSP", "HandPoseMetrics", "HandPoseQuality"]),
        .target(name: "HandPoseStoreSQLite", dependencies: ["HandPoseCore", "HandPoseStore", "CSQLite"]),
        .target(name: "HandPoseStorePostgres", dependencies: ["HandPoseCore", "HandPoseStore", "CLibPQ"]),
        // Opens either backend from a URL (`--db`, HANDPOSE_DATABASE_URL).
        .target(name: "HandPoseDatabase", dependencies: ["HandPoseCore", "HandPoseStore", "HandPoseStoreSQLite", "HandPoseStorePostgres"]),

        .testTarget(name: "HandPoseNumericsTests", dependencies: ["HandPoseNumerics"]),
        .testTarget(name: "HandPoseCoreTests", dependencies: ["HandPoseCore"]),
        // Shared by the test targets: the golden reference vectors and tolerance checks.
        .target(name: "HandPoseTestSupport", path: "Tests/HandPoseTestSupport"),
        .testTarget(name: "HandPoseDSPTests", dependencies: ["HandPoseDSP", "HandPoseNumerics", "HandPoseTestSupport"]),
        .testTarget(
            name: "HandPoseMetricsTests", dependencies: ["HandPoseMetrics", "HandPoseSimulation", "HandPoseDSP", "HandPoseTestSupport"]),
        .testTarget(
            name: "HandPoseAnalysisTests",
            dependencies: ["HandPoseAnalysis", "HandPoseCore", "HandPoseIO", "HandPoseMetrics", "HandPoseQuality", "HandPoseSimulation"]),
        .testTarget(name: "HandPoseStatisticsTests", dependencies: ["HandPoseStatistics", "HandPoseCore", "HandPoseTestSupport"]),
        .testTarget(name: "HandPoseIOTests", dependencies: ["HandPoseIO", "HandPoseSimulation"]),
        .testTarget(name: "HandPoseSimulationTests", dependencies: ["HandPoseSimulation", "HandPoseIO"]),
        .testTarget(
            name: "HandPoseBenchTests",
            dependencies: ["HandPoseAnalysis", "HandPoseBench", "HandPoseCore", "HandPoseDSP", "HandPoseIO", "HandPoseSimulation"]),
        .testTarget(
            name: "HandPoseQualityTests",
            dependencies: ["HandPoseQuality", "HandPoseSimulation", "HandPoseIO", "HandPoseDSP", "HandPoseNumerics"]),
        .testTarget(
            name: "HandPoseCLITests",
            dependencies: ["HandPoseCLI", "HandPoseIO", "HandPoseDatabase", "HandPoseStore", "HandPoseStorePostgres", "handpose"],
            exclude: ["Snapshots"]),
        .testTarget(name: "HandPoseReportTests", dependencies: ["HandPoseReport", "HandPoseAnalysis", "HandPoseCore", "HandPoseIO"]),
        .testTarget(name: "HandPoseStoreTests", dependencies: ["HandPoseAnalysis", "HandPoseStore", "HandPoseStoreSQLite"]),
        .testTarget(name: "HandPoseStorePostgresTests", dependencies: ["HandPoseStore", "HandPoseStorePostgres"]),
        // One suite, run against SQLite and against PostgreSQL.
        .testTarget(
            name: "HandPoseStoreConformanceTests",
            dependencies: [
                "HandPoseStore", "HandPoseDatabase", "HandPoseStoreSQLite", "HandPoseStorePostgres", "HandPoseAnalysis",
                "HandPoseCore", "HandPoseIO", "HandPoseSimulation",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
