import Benchmark
import HandPoseIO
import IngestFixtures

extension BenchmarkMetric {
    /// Input bytes read per second, in MB/s (10⁶ bytes), measured per iteration.
    static let megabytesPerSecond = BenchmarkMetric.custom("Throughput (MB/s)", polarity: .prefersLarger, useScalingFactor: false)
}

/// RecordingReader on a 10-minute, 60 fps, two-hand recording in the long and wide layouts, with
/// throughput in MB/s of input, malloc counts (a constant per file, none per row) and peak memory.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .megabytesPerSecond, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(20),
        maxIterations: 10)

    for layout in SyntheticRecordingFile.Layout.allCases {
        let path = SyntheticRecordingFile.temporaryPath(layout, minutes: 10)
        let bytes = SyntheticRecordingFile.write(layout: layout, minutes: 10, to: path)
        Benchmark("RecordingReader.read \(layout.rawValue) 10 min (\(bytes / 1_000_000) MB)") { benchmark in
            let clock = ContinuousClock()
            for _ in benchmark.scaledIterations {
                let start = clock.now
                benchmark.startMeasurement()
                let recording = try RecordingReader.read(contentsOf: path)
                benchmark.stopMeasurement()
                let elapsed = (clock.now - start) / .microseconds(1)
                blackHole(recording)
                benchmark.measurement(.megabytesPerSecond, Int(Double(bytes) / max(elapsed, 1)))
            }
        }
    }
}
