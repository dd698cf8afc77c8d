import Foundation
import HandPoseCore
import HandPoseNumerics

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
    private let fft: RealFFT
    private let window: [Double]
    private let densityScale: Double
    private let bandBins: ClosedRange<Int>?

    static let methodDescription =
        "median in-band level of a Welch PSD (4 s periodic-Hann segments, 50 % overlap, linear detrend, "
        + "linear resampling to the nominal rate) per channel, as RMS sqrt(level × bandwidth); median across channels"

    init(sampleRate: Double, band: ClosedRange<Double>, configuration: QualityConfiguration) {
        self.sampleRate = sampleRate
        self.band = band
        let n = max(8, Int((configuration.noiseSegmentSeconds * sampleRate).rounded()))
        segmentLength = n
        hop = max(1, Int((Double(n) * (1 - configuration.noiseSegmentOverlap)).rounded()))
        fft = RealFFT(count: n)
        window = (0..<n).map { 0.5 - 0.5 * cos(2 * Double.pi * Double($0) / Double(n)) }
        densityScale = 1 / (sampleRate * window.reduce(0) { $0 + $1 * $1 })
        let resolution = sampleRate / Double(n)
        let lower = Int((band.lowerBound / resolution).rounded(.up))
        let upper = min(Int((band.upperBound / resolution + 1e-9).rounded(.down)), n / 2)
        bandBins = lower <= upper ? lower...upper : nil
    }

    /// The channel's in-band RMS and its number of segments, or `nil` when no run is long enough.
    func channelRMS(values: [Double], timestamps: [Double]) -> (rms: Double, segments: Int)? {
        guard let bandBins else { return nil }
        var psd = [Double](repeating: 0, count: fft.spectrumCount)
        var power = [Double](repeating: 0, count: fft.spectrumCount)
        var segment = [Double](repeating: 0, count: segmentLength)
        var segments = 0
        for run in finiteRuns(values) {
            let duration = timestamps[run.upperBound] - timestamps[run.lowerBound]
            guard duration * sampleRate + 1 >= Double(segmentLength) else { continue }
            let grid = Self.resample(values, timestamps, run: run, sampleRate: sampleRate)
            var start = 0
            while start + segmentLength <= grid.count {
                for k in 0..<segmentLength { segment[k] = grid[start + k] }
                Self.removeLine(&segment)
                for k in 0..<segmentLength { segment[k] *= window[k] }
                segment.withUnsafeBufferPointer { input in
                    power.withUnsafeMutableBufferPointer { fft.powerSpectrum(of: input, into: $0) }
                }
                for k in 0..<psd.count { psd[k] += power[k] }
                segments += 1
                start += hop
            }
        }
        guard segments > 0 else { return nil }
        let levels = bandBins.map { k -> Double in
            let oneSided = (k == 0 || (segmentLength % 2 == 0 && k == segmentLength / 2)) ? 1.0 : 2.0
            return psd[k] / Double(segments) * densityScale * oneSided
        }
        let width = min(band.upperBound, sampleRate / 2) - band.lowerBound
        return ((Statistics.median(levels) ?? 0) * width).squareRoot().nanToNil.map { ($0, segments) }
    }

    /// Index ranges (closed) of consecutive finite values.
    private func finiteRuns(_ values: [Double]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start: Int?
        for (i, v) in values.enumerated() {
            if v.isFinite {
                if start == nil { start = i }
            } else if let s = start {
                runs.append(s...(i - 1))
                start = nil
            }
        }
        if let s = start { runs.append(s...(values.count - 1)) }
        return runs
    }

    /// Linear interpolation of `values[run]` at `t₀ + k/fs`, `k = 0, 1, …` while inside the run.
    static func resample(_ values: [Double], _ t: [Double], run: ClosedRange<Int>, sampleRate: Double) -> [Double] {
        let t0 = t[run.lowerBound]
        let count = Int(((t[run.upperBound] - t0) * sampleRate + 1e-9).rounded(.down)) + 1
        var output = [Double](repeating: 0, count: count)
        var i = run.lowerBound
        for k in 0..<count {
            let time = t0 + Double(k) / sampleRate
            while i + 1 < run.upperBound && t[i + 1] <= time { i += 1 }
            let j = min(i + 1, run.upperBound)
            let span = t[j] - t[i]
            let fraction = span > 0 ? min(max((time - t[i]) / span, 0), 1) : 0
            output[k] = values[i] + fraction * (values[j] - values[i])
        }
        return output
    }

    /// Subtracts the least-squares line `a + b·k` (closed form, `k̄ = (N−1)/2`).
    static func removeLine(_ x: inout [Double]) {
        let n = Double(x.count)
        let kMean = (n - 1) / 2
        let mean = x.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for k in 0..<x.count {
            let dk = Double(k) - kMean
            sxy += dk * (x[k] - mean)
            sxx += dk * dk
        }
        let slope = sxx > 0 ? sxy / sxx : 0
        for k in 0..<x.count { x[k] -= mean + slope * (Double(k) - kMean) }
    }
}

extension Double {
    var nanToNil: Double? { isFinite ? self : nil }
}
