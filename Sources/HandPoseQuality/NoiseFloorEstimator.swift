import Foundation
import HandPoseCore
import HandPoseDSP

/// Our own estimator of the landmark-jitter noise floor inside the tremor band.
///
/// For each channel (x and y of every landmark; z too in metric world spaces, where it is on the
/// same scale — in image spaces z is a relative depth of another scale, identically ≈ 0 at the wrist):
/// 1. take every run of consecutive finite samples lasting at least one segment (`T_seg` = 4 s);
/// 2. resample it linearly onto a uniform grid at the nominal rate `fs`;
/// 3. cut segments of `N = round(T_seg·fs)` samples with 50 % overlap, remove each segment's least-
///    squares line (mean and linear trend), apply the periodic Hann window `w[k] = ½ − ½cos(2πk/N)`;
/// 4. one-sided density `P(f_k) = c_k·|FFT(w·x)[k]|² / (fs·Σw²)` (`c_k = 2` except DC and Nyquist),
///    averaged over all segments of the channel (Welch), with one FFTW plan for every channel;
/// 5. the channel's floor level is the **median** of `P` over the bins `f_k ∈ [f_lo, f_hi']`,
///    `f_hi' = min(f_hi, fs/2)` — a tremor peak occupies a few bins and barely moves the median;
/// 6. channel RMS `sqrt(median P · (f_hi' − f_lo))`, i.e. the RMS that white noise of that level
///    would have in the band; the hand's floor is the median over channels.
///
/// For white noise of standard deviation σ the result is `σ·sqrt((f_hi' − f_lo)/(fs/2))`.
/// Cost: O(C · S · N log N) for C channels and S segments; a minute at 60 fps takes milliseconds.
struct NoiseFloorEstimator {
    let sampleRate: Double
    let band: ClosedRange<Double>
    let segmentLength: Int
    let hop: Int
    private let resampler: UniformResampler?

    static let methodDescription =
        "median in-band level of a Welch PSD (4 s periodic-Hann segments, 50 % overlap, linear detrend, "
        + "linear resampling to the nominal rate) per channel, as RMS sqrt(level × bandwidth); median across channels"

    init(sampleRate: Double, band: ClosedRange<Double>, configuration: QualityConfiguration) {
        self.sampleRate = sampleRate
        self.band = band
        let n = max(8, Int((configuration.noiseSegmentSeconds * sampleRate).rounded()))
        segmentLength = n
        hop = max(1, Int((Double(n) * (1 - configuration.noiseSegmentOverlap)).rounded()))
        // Runs hold no missing sample, so every gap between their samples is bridged.
        resampler = try? UniformResampler(sampleRate: sampleRate, maximumGap: .infinity)
    }

    /// The channel's in-band RMS and its number of segments, or `nil` when no run is long enough.
    ///
    /// Each run of finite samples is resampled onto the uniform grid and given to ``Welch`` (the
    /// same PSD as scipy's `welch`); the runs' PSDs are averaged weighted by their segment counts,
    /// which equals averaging every segment of the channel.
    func channelRMS(values: [Double], timestamps: [Double]) -> (rms: Double, segments: Int)? {
        guard let resampler else { return nil }
        var sum: [Double] = [], frequencies: [Double] = []
        var segments = 0
        for run in ContiguousRun.runs(in: values) {
            let grid = resampler.resample(
                times: Array(timestamps[run.range]), values: Array(values[run.range])).values
            guard grid.count >= segmentLength,
                  let (f, power) = try? Welch.powerSpectralDensity(
                      grid, sampleRate: sampleRate, segmentLength: segmentLength, overlap: segmentLength - hop,
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
        let width = min(band.upperBound, sampleRate / 2) - band.lowerBound
        return ((Statistics.median(levels) ?? 0) * width).squareRoot().nanToNil.map { ($0, segments) }
    }
}

extension Double {
    var nanToNil: Double? { isFinite ? self : nil }
}
