import Foundation
import HandPoseCore
import HandPoseIO
import HandPoseSimulation
@testable import HandPoseBench

/// Shared helpers for the benchmark tests.
enum BenchTestSupport {
    /// The package root (the folder holding Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A recording of `Fixtures/recordings/` and its truth.
    static func fixture(_ name: String) throws -> (recording: Recording, truth: SimulationTruth, path: String) {
        let directory = packageRoot.appendingPathComponent("Fixtures/recordings")
        let path = directory.appendingPathComponent("\(name).csv").path
        let truth = try SimulationTruth.decode(from: Data(contentsOf: directory.appendingPathComponent("\(name).truth.json")))
        return (try RecordingReader.read(contentsOf: path), truth, path)
    }

    /// One right hand, 8 s at 60 fps, 5 Hz 2 mm tremor, `noise` mm of landmark noise.
    static func configuration(noise: Double = 1.5, seed: UInt64 = 3, duration: Double = 8) -> SimulationConfiguration {
        SimulationConfiguration(
            duration: duration, frameRate: 60, seed: seed, tremor: [.right: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 2)],
            noiseMillimetres: noise, hands: [.right])
    }

    /// A benchmark of `names` (`raw` added) timed once.
    static func benchmark(_ names: String) throws -> FilterBenchmark {
        try FilterBenchmark(methods: BenchmarkMethod.parseList(names), repetitions: 1)
    }

    /// The row of `method`.
    static func row(_ method: String, in rows: [BenchmarkResult]) -> BenchmarkResult? {
        rows.first { $0.method == method }
    }

    /// The row's columns without the speed columns.
    static func deterministicColumns(_ row: BenchmarkResult) -> [BenchmarkValue] {
        zip(BenchmarkResult.columnNames, row.columns).filter { !BenchmarkResult.speedColumnNames.contains($0.0) }.map(\.1)
    }
}
