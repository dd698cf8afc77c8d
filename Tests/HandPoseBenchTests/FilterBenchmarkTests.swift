import Foundation
import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseBench

@Suite("FilterBenchmark")
struct FilterBenchmarkTests {
    typealias Support = BenchTestSupport

    @Test("a zero-phase low-pass beats raw in RMSE, keeps the tremor and does not lag; raw's error is the noise")
    func zeroPhaseLowPass() throws {
        let rows = try Support.benchmark("butterworth").run(BenchmarkCase.simulated(Support.configuration(noise: 1.5)))
        let raw = try #require(Support.row("raw", in: rows)), butterworth = try #require(Support.row("butterworth", in: rows))
        #expect(rows.map(\.method) == ["butterworth", "raw"])
        #expect(butterworth.rank == 1 && raw.rank == 2)
        let rawError = try #require(raw.rmseMm), filteredError = try #require(butterworth.rmseMm)
        #expect(abs(rawError - 1.5) < 0.05, "raw RMSE \(rawError) mm for 1.5 mm noise")
        #expect(filteredError < 0.8 * rawError, "butterworth RMSE \(filteredError) mm")
        // A 12 Hz 4th-order filtfilt passes 5 Hz untouched and without delay.
        #expect(abs(try #require(butterworth.amplitudeRatio) - 1) < 0.03)
        #expect(abs(try #require(butterworth.phaseLagMs)) < 1)
        #expect(abs(try #require(butterworth.tremorHzError)) < 0.05)
        #expect(butterworth.reference == "clean" && butterworth.referenceHz == 5)
        #expect(butterworth.trueTremorHz == 5 && butterworth.trueTremorMm == 2)
        #expect(butterworth.algorithm == "butterworth-sosfiltfilt/1")
        #expect(butterworth.unfilteredFraction == 0 && butterworth.missingFraction == 0)
        #expect(butterworth.samples == 63 * 480)
        #expect((butterworth.samplesPerSecond ?? 0) > 0 && (butterworth.filterSeconds ?? 0) > 0)
        #expect(raw.samplesPerSecond == nil && raw.algorithm == nil && raw.unfilteredFraction == nil)
        #expect(raw.sparcChange == 0 && raw.ldljVChange == 0)
    }

    @Test("a causal filter lags at the tremor frequency; its zero-phase twin does not")
    func causalLag() throws {
        let rows = try Support.benchmark("exponential:alpha=0.3:causal,exponential:alpha=0.3")
            .run(BenchmarkCase.simulated(Support.configuration(noise: 0.5)))
        let causal = try #require(Support.row("exponential:alpha=0.3:causal", in: rows))
        let zeroPhase = try #require(Support.row("exponential:alpha=0.3", in: rows))
        // H = α / (1 − (1 − α)e^{−iωT}) at 5 Hz, 60 fps: |H| = 0.464, lag = 23.9 ms.
        let omega = 2 * Double.pi * 5 / 60, alpha = 0.3
        let real = 1 - (1 - alpha) * cos(omega), imaginary = (1 - alpha) * sin(omega)
        let gain = alpha / (real * real + imaginary * imaginary).squareRoot()
        let lag = atan2(imaginary, real) / (2 * Double.pi * 5) * 1000
        #expect(abs(try #require(causal.amplitudeRatio) - gain) < 0.02, "gain \(causal.amplitudeRatio ?? .nan), expected \(gain)")
        #expect(abs(try #require(causal.phaseLagMs) - lag) < 1, "lag \(causal.phaseLagMs ?? .nan) ms, expected \(lag)")
        #expect(abs(try #require(zeroPhase.phaseLagMs)) < 1)
    }

    @Test("the same seed gives the same rows except the speed columns")
    func deterministic() throws {
        let benchmark = try Support.benchmark("butterworth,savgol,particle:particles=50")
        let configuration = Support.configuration(duration: 5)
        let first = benchmark.run(try BenchmarkCase.simulated(configuration))
        let second = benchmark.run(try BenchmarkCase.simulated(configuration))
        #expect(first.map(Support.deterministicColumns) == second.map(Support.deterministicColumns))
        var other = configuration
        other.seed = 4
        let third = benchmark.run(try BenchmarkCase.simulated(other))
        #expect(first.map(Support.deterministicColumns) != third.map(Support.deterministicColumns))
    }

    @Test("without truth: residual ranking, response against the input, no accuracy columns")
    func withoutTruth() throws {
        let (recording, _) = RecordingSimulator.simulate(Support.configuration())
        let rows = try Support.benchmark("butterworth,moving-average").run(BenchmarkCase.recorded(recording, truth: nil, source: "rec.csv"))
        #expect(rows.count == 3)
        let raw = try #require(Support.row("raw", in: rows))
        #expect(raw.rank == 3 && raw.residualRmsMm == 0)
        #expect(raw.amplitudeRatio == 1 && abs(raw.phaseLagMs ?? .nan) < 1e-9)
        for row in rows {
            #expect(row.reference == "input" && row.rmseMm == nil && row.sparcError == nil && row.tremorHzError == nil)
            #expect(row.cell.noiseMm == nil && row.cell.seed == nil && row.cell.source == "rec.csv")
            #expect(row.tremorHz.map { abs($0 - 5) < 0.1 } == true)
        }
        // The input's tremor frequency is the reference.
        #expect(abs((raw.referenceHz ?? 0) - 5) < 0.1)
        #expect((Support.row("moving-average", in: rows)?.residualRmsMm ?? 0) > 0)
    }

    @Test("a method that cannot be built for the recording is a row with the reason, ranked last")
    func designFailure() throws {
        let rows = try Support.benchmark("butterworth:cutoff=40,savgol").run(BenchmarkCase.simulated(Support.configuration(duration: 5)))
        let failed = try #require(Support.row("butterworth:cutoff=40", in: rows))
        #expect(failed.rank == 3 && failed.rmseMm == nil && failed.amplitudeRatio == nil && failed.samplesPerSecond == nil)
        #expect(failed.notes.count == 1 && failed.notes[0].hasPrefix("filter: ") && failed.notes[0].contains("Nyquist"), "\(failed.notes)")
    }

    @Test("runs too short for a method are counted as unfiltered; gaps as missing")
    func gaps() throws {
        var (recording, _) = RecordingSimulator.simulate(Support.configuration(duration: 5))
        var track = try #require(recording[.right])
        // Every 10th sample of the index tip missing: runs of 9, shorter than a zero-phase
        // Butterworth's 16 but fine for a moving average.
        for axis in 0..<3 {
            let channel = Channel(.indexTip, Axis(rawValue: axis)!).index
            for frame in stride(from: 9, to: track.frameCount, by: 10) { track.channels[channel][frame] = .nan }
        }
        recording[.right] = track
        let rows = try Support.benchmark("butterworth,moving-average").run(BenchmarkCase.recorded(recording, truth: nil, source: "gappy"))
        let butterworth = try #require(Support.row("butterworth", in: rows)), average = try #require(Support.row("moving-average", in: rows))
        let missing = 3.0 * 30 / (63 * 300)
        #expect(abs(butterworth.missingFraction - missing) < 1e-12)
        let unfiltered = 3.0 * 270 / (63 * 300 - 3 * 30)
        #expect(abs((butterworth.unfilteredFraction ?? 0) - unfiltered) < 1e-12, "\(butterworth.unfilteredFraction ?? .nan)")
        #expect(average.unfilteredFraction == 0)
        #expect(butterworth.samples == 63 * 300 - 90)
    }

    @Test("a simulated gap makes samples missing, and every hand gets its rows")
    func simulatedGap() throws {
        var configuration = Support.configuration(duration: 10)
        configuration.hands = [.left, .right]
        configuration.tremor[.left] = TremorSpec(frequencyHz: 4, amplitudeMillimetres: 1)
        configuration.gaps = [GapSpec(hand: .left, start: 6, length: 2)]
        let rows = try Support.benchmark("moving-average").run(BenchmarkCase.simulated(configuration))
        #expect(rows.map(\.hand) == [.left, .left, .right, .right])
        let left = try #require(rows.first { $0.hand == .left && $0.method == "moving-average" })
        #expect(abs(left.missingFraction - 0.2) < 0.01)
        #expect(left.trueTremorHz == 4 && left.referenceHz == 4)
        #expect(rows.first { $0.hand == .right }?.missingFraction == 0)
    }

    @Test("repetitions outside 1…1000 and duplicate rows are refused")
    func settings() throws {
        #expect(throws: BenchmarkError.self) { try FilterBenchmark(repetitions: 0) }
        #expect(throws: BenchmarkError.self) { try FilterBenchmark(methods: [.raw, .raw]) }
        let benchmark = try FilterBenchmark(methods: [.defaults(.savgol)])
        #expect(benchmark.methods.map(\.name) == ["raw", "savgol"])
        #expect(benchmark.repetitions == 3)
    }
}
