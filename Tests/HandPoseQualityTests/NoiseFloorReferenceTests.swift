import Foundation
import HandPoseCore
import HandPoseDSP
import Testing
@testable import HandPoseQuality

/// The noise-floor estimator against its first implementation (kept here as the reference): each
/// run copied, resampled and given to `Welch.powerSpectralDensity`, the runs' densities averaged
/// weighted by their segment counts.
@Suite("Quality gate: noise floor against the Welch reference")
struct NoiseFloorReferenceTests {
    @Test("channels with gaps, jitter, drift and tremor match to 1e-12", arguments: [20.0, 25, 30, 60])
    func channels(fs: Double) throws {
        let configuration = QualityConfiguration()
        let estimator = NoiseFloorEstimator(sampleRate: fs, band: configuration.tremorBandHz, configuration: configuration)
        let workspace = try #require(estimator.makeWorkspace())
        var generator = SeededGenerator(seed: UInt64(fs))
        let count = Int(60 * fs)
        // Jittered timestamps (0.2 of a frame) around the nominal grid.
        let timestamps = (0..<count).map { Double($0) / fs + 0.2 / fs * (uniform(&generator) - 0.5) }
        var compared = 0
        for channel in 0..<12 {
            let offset = 300 * uniform(&generator), tremor = channel % 3 == 0 ? 2.0 : 0
            var values = timestamps.map { t in
                offset + 20 * sin(0.3 * t) + tremor * sin(2 * .pi * 5 * t) + 0.3 * generator.gaussian()
            }
            // Gaps from 1 frame to 3 s; some runs end up shorter than a segment.
            for _ in 0..<(channel % 6) {
                let start = Int(uniform(&generator) * Double(count))
                let length = 1 + Int(uniform(&generator) * 3 * fs)
                for frame in start..<min(count, start + length) { values[frame] = .nan }
            }
            let expected = referenceRMS(estimator, values: values, timestamps: timestamps)
            let result = estimator.channelRMS(values: values, timestamps: timestamps, workspace: workspace)
            #expect((result == nil) == (expected == nil), "fs \(fs) channel \(channel)")
            if let result, let expected {
                compared += 1
                #expect(result.segments == expected.segments, "fs \(fs) channel \(channel)")
                #expect(abs(result.rms - expected.rms) <= 1e-12 * expected.rms, "fs \(fs) channel \(channel): \(result.rms) vs \(expected.rms)")
            }
        }
        #expect(compared == 12)
        // Nothing long enough: no floor, and the workspace is reusable afterwards.
        let short = timestamps.indices.map { $0 % Int(2 * fs) == 0 ? Double.nan : 1 }
        #expect(estimator.channelRMS(values: short, timestamps: timestamps, workspace: workspace) == nil)
    }

    /// The first implementation of `NoiseFloorEstimator.channelRMS` (test-only reference).
    private func referenceRMS(
        _ estimator: NoiseFloorEstimator, values: [Double], timestamps: [Double]
    ) -> (rms: Double, segments: Int)? {
        guard let resampler = try? UniformResampler(sampleRate: estimator.sampleRate, maximumGap: .infinity) else { return nil }
        let segmentLength = estimator.segmentLength, hop = estimator.hop, band = estimator.band
        var sum: [Double] = [], frequencies: [Double] = []
        var segments = 0
        for run in ContiguousRun.runs(in: values) {
            let grid = resampler.resample(times: Array(timestamps[run.range]), values: Array(values[run.range])).values
            guard grid.count >= segmentLength,
                  let (f, power) = try? Welch.powerSpectralDensity(
                      grid, sampleRate: estimator.sampleRate, segmentLength: segmentLength, overlap: segmentLength - hop,
                      detrend: .linear)
            else { continue }
            let count = (grid.count - (segmentLength - hop)) / hop
            if sum.isEmpty {
                sum = [Double](repeating: 0, count: power.count)
                frequencies = f
            }
            for k in sum.indices { sum[k] += power[k] * Double(count) }
            segments += count
        }
        guard segments > 0 else { return nil }
        let levels = frequencies.indices
            .filter { frequencies[$0] >= band.lowerBound - 1e-9 && frequencies[$0] <= band.upperBound + 1e-9 }
            .map { sum[$0] / Double(segments) }
        let width = min(band.upperBound, estimator.sampleRate / 2) - band.lowerBound
        return ((Statistics.median(levels) ?? 0) * width).squareRoot().nanToNil.map { ($0, segments) }
    }

    private func uniform(_ generator: inout SeededGenerator) -> Double { Double(generator.next() >> 11) * 0x1p-53 }
}
