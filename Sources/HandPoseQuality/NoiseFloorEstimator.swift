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
///    averaged over all segments of the channel (Welch), with one FFTW plan and one set of buffers
///    for every channel (``Workspace``);
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

    /// Scratch memory reused across the channels of one track: the Welch sums with their FFT plan,
    /// the resampled run, its resampling plan and the in-band levels. One per task and track (it is
    /// not `Sendable`, and the resampling plan assumes the track's timestamps).
    final class Workspace {
        fileprivate let welch: WelchAccumulator
        /// The bins `f_k` inside the band (1e−9 Hz slack at both edges).
        fileprivate let bandBins: [Int]
        fileprivate var grid: [Double] = []
        fileprivate var levels: [Double] = []
        /// The resampling plan of the last run: the channels of a hand share their timestamps and
        /// usually their runs, so one plan serves them all.
        fileprivate var plan: (run: ContiguousRun, plan: UniformResamplingPlan)?

        fileprivate init(welch: WelchAccumulator, band: ClosedRange<Double>) {
            self.welch = welch
            bandBins = (0..<welch.binCount).filter { k in
                let f = welch.frequency(ofBin: k)
                return f >= band.lowerBound - 1e-9 && f <= band.upperBound + 1e-9
            }
            levels.reserveCapacity(bandBins.count)
        }
    }

    /// A workspace for ``channelRMS(values:timestamps:workspace:)``; `nil` when the sample rate is
    /// unusable (then no channel has a floor).
    func makeWorkspace() -> Workspace? {
        guard resampler != nil,
              let welch = try? WelchAccumulator(
                  segmentLength: segmentLength, overlap: segmentLength - hop, sampleRate: sampleRate, detrend: .linear)
        else { return nil }
        return Workspace(welch: welch, band: band)
    }

    /// The channel's in-band RMS and its number of segments, or `nil` when no run is long enough.
    ///
    /// Each run of finite samples is resampled onto the uniform grid and its segments are added to
    /// one Welch sum (the same periodograms as scipy's `welch`), so the density is the average
    /// over every segment of the channel. No allocation once the workspace has grown to the
    /// longest run.
    func channelRMS(values: [Double], timestamps: [Double], workspace: Workspace) -> (rms: Double, segments: Int)? {
        guard let resampler else { return nil }
        let welch = workspace.welch
        welch.reset()
        values.withUnsafeBufferPointer { x in
            timestamps.withUnsafeBufferPointer { t in
                for run in ContiguousRun.runs(in: x) {
                    let count = resampler.gridCount(from: t[run.start], to: t[run.start + run.count - 1])
                    guard count >= segmentLength else { continue }
                    if workspace.grid.count < count { workspace.grid = [Double](repeating: 0, count: count) }
                    let times = UnsafeBufferPointer(rebasing: t[run.range]), samples = UnsafeBufferPointer(rebasing: x[run.range])
                    if workspace.plan?.run != run {
                        workspace.plan = (run, UniformResamplingPlan(resampler: resampler, times: times, reference: samples))
                    }
                    let plan = workspace.plan!.plan
                    workspace.grid.withUnsafeMutableBufferPointer { buffer in
                        let grid = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
                        if !plan.apply(samples, into: grid) {
                            resampler.resample(times: times, values: samples, into: grid)
                        }
                        welch.add(UnsafeBufferPointer(grid))
                    }
                }
            }
        }
        guard welch.segmentCount > 0 else { return nil }
        workspace.levels.removeAll(keepingCapacity: true)
        for k in workspace.bandBins { workspace.levels.append(welch.density(bin: k)) }
        let median = workspace.levels.isEmpty
            ? 0 : OrderStatistics.interpolated(atRank: 0.5 * Double(workspace.levels.count - 1), of: &workspace.levels)
        let width = min(band.upperBound, sampleRate / 2) - band.lowerBound
        return (median * width).squareRoot().nanToNil.map { ($0, welch.segmentCount) }
    }
}

extension Double {
    var nanToNil: Double? { isFinite ? self : nil }
}
