import Foundation
import Testing
@testable import HandPoseDSP

@Suite("WelchAccumulator")
struct WelchAccumulatorTests {
    static let cases: [(length: Int, overlap: Int, detrend: Welch.Detrend, window: Welch.Window)] = [
        (120, 60, .linear, .hannPeriodic), (64, 32, .constant, .hannPeriodic), (65, 10, .none, .rectangular),
        (31, 0, .linear, .rectangular), (1, 0, .linear, .hannPeriodic), (2, 1, .constant, .hannPeriodic),
    ]

    @Test("one signal gives Welch's density (to rounding: the detrend sums run in another order)", arguments: 0..<cases.count)
    func oneSignal(_ index: Int) throws {
        let (length, overlap, detrend, window) = Self.cases[index]
        let x = signal(count: 1000, seed: UInt64(index))
        let fs = 30.0
        let reference = try Welch.powerSpectralDensity(
            x, sampleRate: fs, segmentLength: length, overlap: overlap, detrend: detrend, window: window)
        let accumulator = try WelchAccumulator(
            segmentLength: length, overlap: overlap, sampleRate: fs, detrend: detrend, window: window)
        let added = x.withUnsafeBufferPointer { accumulator.add($0) }
        #expect(added == (x.count - overlap) / (length - overlap) && accumulator.segmentCount == added)
        #expect(accumulator.binCount == reference.power.count)
        // A bin the detrend empties (DC under a rectangular window) holds rounding only: absolute slack.
        let floor = 1e-15 * reference.power.max()!
        for m in 0..<accumulator.binCount {
            let density = accumulator.density(bin: m), expected = reference.power[m]
            #expect(abs(density - expected) <= 1e-12 * expected + floor, "case \(index) bin \(m): \(density) vs \(expected)")
            #expect(accumulator.frequency(ofBin: m) == reference.frequencies[m], "case \(index) bin \(m)")
        }
    }

    @Test("several signals give the segment-weighted mean of their densities; reset forgets them")
    func severalSignals() throws {
        let fs = 60.0, length = 240, overlap = 120
        let signals = [900, 240, 100, 2000, 481].enumerated().map { signal(count: $1, seed: UInt64(10 + $0)) }
        let accumulator = try WelchAccumulator(segmentLength: length, overlap: overlap, sampleRate: fs, detrend: .linear)
        #expect(accumulator.add(UnsafeBufferPointer(start: nil, count: 0)) == 0)
        for x in signals { x.withUnsafeBufferPointer { _ = accumulator.add($0) } }
        var weighted = [Double](repeating: 0, count: length / 2 + 1)
        var segments = 0
        for x in signals where x.count >= length {
            let (_, power) = try Welch.powerSpectralDensity(x, sampleRate: fs, segmentLength: length, overlap: overlap, detrend: .linear)
            let count = (x.count - overlap) / (length - overlap)
            for m in weighted.indices { weighted[m] += power[m] * Double(count) }
            segments += count
        }
        #expect(accumulator.segmentCount == segments)
        for m in weighted.indices {
            let expected = weighted[m] / Double(segments)
            #expect(abs(accumulator.density(bin: m) - expected) <= 1e-12 * expected, "bin \(m)")
        }
        accumulator.reset()
        #expect(accumulator.segmentCount == 0)
        signals[0].withUnsafeBufferPointer { _ = accumulator.add($0) }
        let single = try Welch.powerSpectralDensity(signals[0], sampleRate: fs, segmentLength: length, overlap: overlap, detrend: .linear)
        #expect((0..<accumulator.binCount).allSatisfy { abs(accumulator.density(bin: $0) - single.power[$0]) <= 1e-12 * single.power[$0] })
    }

    @Test("invalid parameters throw")
    func validation() {
        #expect(throws: FilterConfigurationError.self) { try WelchAccumulator(segmentLength: 8, overlap: 4, sampleRate: 0) }
        #expect(throws: FilterConfigurationError.self) { try WelchAccumulator(segmentLength: 0, overlap: 0, sampleRate: 30) }
        #expect(throws: FilterConfigurationError.self) { try WelchAccumulator(segmentLength: 8, overlap: 8, sampleRate: 30) }
        #expect(throws: FilterConfigurationError.self) { try WelchAccumulator(segmentLength: 8, overlap: -1, sampleRate: 30) }
    }

    /// Noise on a large offset and a drift, as landmark coordinates are.
    private func signal(count: Int, seed: UInt64) -> [Double] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { n -> Double in
            let t = Double(n)
            let drift: Double = 300 + 0.02 * t + 5 * sin(t / 40)
            return drift + (generator.nextUnit() - 0.5)
        }
    }
}
