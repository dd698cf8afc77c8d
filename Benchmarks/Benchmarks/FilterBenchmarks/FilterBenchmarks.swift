import Benchmark
import FilterFixtures
import HandPoseDSP

/// Each filter on one 36 000-sample channel (10 minutes at 60 fps): throughput and mallocs per
/// call. The malloc count is the same for any length (scratch buffers per call, none per sample).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 2,
        scalingFactor: .one,
        maxDuration: .seconds(5),
        maxIterations: 200)

    let channel = SyntheticChannels.make(count: 1, samples: 36_000)[0]
    guard let entries = try? FilterCatalog.entries() else { fatalError("the filter catalogue failed to build") }
    for entry in entries {
        Benchmark("\(entry.name), 36 000 samples") { benchmark in
            var output = [Double](repeating: 0, count: channel.count)
            for _ in benchmark.scaledIterations {
                channel.withUnsafeBufferPointer { input in
                    output.withUnsafeMutableBufferPointer { entry.filter.apply(input, into: $0) }
                }
                blackHole(output)
            }
        }
    }
}
