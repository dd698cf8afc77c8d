import Benchmark
import HandPoseIO
import IngestFixtures

/// RecordingReader on a 10-minute, 60 fps, two-hand recording in the long and wide layouts.
/// Throughput is counted in bytes, so the report's throughput column reads as bytes per second.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(20),
        maxIterations: 10)

    for layout in SyntheticRecordingFile.Layout.allCases {
        let path = SyntheticRecordingFile.temporaryPath(layout, minutes: 10)
        let bytes = SyntheticRecordingFile.write(layout: layout, minutes: 10, to: path)
        Benchmark("RecordingReader.read \(layout.rawValue) 10 min (bytes)") { benchmark in
            for _ in benchmark.scaledIterations {
                benchmark.startMeasurement()
                let recording = try RecordingReader.read(contentsOf: path)
                benchmark.stopMeasurement()
                blackHole(recording)
                benchmark.measurement(.throughput, bytes)
            }
        }
    }
}
