#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseNumerics

/// Welch's averaged-periodogram estimate of a power spectral density, matching scipy
/// `welch(x, fs, window='hann', nperseg, noverlap, nfft, detrend, scaling, average='mean')` with
/// one-sided output.
///
/// With segment length `L`, overlap `V`, hop `H = L − V`, FFT length `M ≥ L` and window `w`:
///
/// 1. segments start at `0, H, 2H, …`; there are `K = ⌊(N − V)/H⌋`, trailing samples are dropped;
/// 2. each segment is detrended (mean, least-squares line, or not at all), multiplied by `w`,
///    zero-padded to `M` and transformed: `Xₖ[m]`, `m = 0 … ⌊M/2⌋`;
/// 3. `P[m] = c · (1/K) Σₖ |Xₖ[m]|²`, with `c = 1/(fs · Σw²)` for a density (units²/Hz) or
///    `c = 1/(Σw)²` for a power spectrum (units²), doubled for every bin except DC and, when `M` is
///    even, Nyquist (the one-sided fold);
/// 4. `f[m] = m · fs / M` Hz.
///
/// Edge cases: an empty signal gives empty arrays; a segment length longer than the signal is
/// clamped to the signal length (scipy warns and does the same), after which the overlap (default
/// `⌊L/2⌋` of the clamped length) must still be below it.
///
/// Complexity: O(K · M log M) with one FFT plan and one set of buffers reused for every segment;
/// no allocation per segment.
///
/// Reference: P. D. Welch, "The use of fast Fourier transform for the estimation of power
/// spectra", *IEEE Trans. Audio Electroacoust.* 15(2):70–73 (1967), doi:10.1109/TAU.1967.1161901.
public enum Welch {
    /// Trend removed from each segment before windowing.
    public enum Detrend: String, Sendable, Hashable, CaseIterable {
        /// No detrending (scipy `detrend=False`).
        case none
        /// Subtract the segment mean (scipy's default).
        case constant
        /// Subtract the least-squares straight line.
        case linear
    }

    /// The segment window.
    public enum Window: String, Sendable, Hashable, CaseIterable {
        /// Periodic Hann, `w[n] = 0.5 + 0.5·cos(−π + 2πn/L) = 0.5 − 0.5·cos(2πn/L)`, `n = 0 … L−1`
        /// (scipy `get_window('hann', L)`, the default); `w = [1]` when `L = 1`.
        case hannPeriodic
        /// All ones (scipy `'boxcar'`).
        case rectangular

        /// The `length` window samples.
        public func samples(length: Int) -> [Double] {
            switch self {
            case .rectangular: return [Double](repeating: 1, count: length)
            case .hannPeriodic:
                if length == 1 { return [1] }
                // As scipy: linspace(−π, π, L + 1) truncated to L, then 0.5 + 0.5·cos.
                let step = 2 * Double.pi / Double(length)
                return (0..<length).map { 0.5 + 0.5 * cos(Double($0) * step + -Double.pi) }
            }
        }
    }

    /// Units of the result.
    public enum Scaling: String, Sendable, Hashable, CaseIterable {
        /// Power spectral density, units²/Hz (scipy `scaling='density'`).
        case density
        /// Power spectrum, units² (scipy `scaling='spectrum'`).
        case spectrum
    }

    /// The one-sided Welch estimate of `x` sampled at `sampleRate` Hz (see ``Welch``).
    ///
    /// - Parameters:
    ///   - segmentLength: samples per segment `L` (clamped to `x.count`).
    ///   - overlap: samples shared by consecutive segments, `0 ≤ V < L`; `nil` is `⌊L/2⌋`.
    ///   - fftLength: transform length `M ≥ L` (zero padding); `nil` is `L`.
    /// - Returns: `⌊M/2⌋ + 1` frequencies in Hz and the matching power values.
    /// - Throws: ``FilterConfigurationError`` for a non-positive or non-finite sample rate, a
    ///   segment length below 1, an overlap outside `0 ..< L`, or an FFT length below `L`.
    public static func powerSpectralDensity(
        _ x: [Double], sampleRate: Double, segmentLength: Int, overlap: Int? = nil, fftLength: Int? = nil,
        detrend: Detrend = .constant, window: Window = .hannPeriodic, scaling: Scaling = .density
    ) throws -> (frequencies: [Double], power: [Double]) {
        guard sampleRate.isFinite && sampleRate > 0 else {
            throw FilterConfigurationError(parameter: "sampleRate", "sample rate \(sampleRate) Hz must be positive and finite")
        }
        guard segmentLength >= 1 else {
            throw FilterConfigurationError(parameter: "segmentLength", "segment length \(segmentLength) must be at least 1 sample")
        }
        if x.isEmpty { return ([], []) }
        let length = min(segmentLength, x.count)
        let overlap = overlap ?? length / 2
        guard overlap >= 0 && overlap < length else {
            throw FilterConfigurationError(parameter: "overlap", "overlap \(overlap) must be between 0 and \(length - 1) samples for segments of \(length)")
        }
        let fftLength = fftLength ?? length
        guard fftLength >= length else {
            throw FilterConfigurationError(parameter: "fftLength", "FFT length \(fftLength) must be at least the segment length \(length)")
        }
        let hop = length - overlap
        let segmentCount = (x.count - overlap) / hop

        // Window scaled as scipy's ShortTimeFFT does: w · 1/√(Σw²·fs) or w · 1/|Σw|.
        var scaled = window.samples(length: length)
        let factor: Double
        switch scaling {
        case .density: factor = 1 / (scaled.reduce(0) { $0 + $1 * $1 } / (1 / sampleRate)).squareRoot()
        case .spectrum: factor = 1 / abs(scaled.reduce(0, +))
        }
        for index in scaled.indices { scaled[index] *= factor }

        let fft = RealFFT(count: fftLength)
        let binCount = fft.spectrumCount
        var power = [Double](repeating: 0, count: binCount)
        var segment = [Double](repeating: 0, count: fftLength)
        var periodogram = [Double](repeating: 0, count: binCount)
        x.withUnsafeBufferPointer { signal in
            scaled.withUnsafeBufferPointer { w in
                segment.withUnsafeMutableBufferPointer { buffer in
                    periodogram.withUnsafeMutableBufferPointer { spectrum in
                        power.withUnsafeMutableBufferPointer { total in
                            for k in 0..<segmentCount {
                                let start = k * hop
                                for n in 0..<length { buffer[n] = signal[start + n] }
                                Self.removeTrend(detrend, from: UnsafeMutableBufferPointer(rebasing: buffer[0..<length]))
                                for n in 0..<length { buffer[n] *= w[n] }
                                fft.powerSpectrum(of: UnsafeBufferPointer(buffer), into: spectrum)
                                for m in 0..<binCount { total[m] += spectrum[m] }
                            }
                        }
                    }
                }
            }
        }
        let lastDoubled = fftLength % 2 == 0 ? binCount - 1 : binCount
        for m in 0..<binCount {
            let mean = power[m] / Double(segmentCount)
            power[m] = (m == 0 || m >= lastDoubled) ? mean : 2 * mean
        }
        let binWidth = 1.0 / (Double(fftLength) * (1.0 / sampleRate))
        let frequencies = (0..<binCount).map { Double($0) * binWidth }
        return (frequencies, power)
    }

    /// Removes the trend in place: the mean (`constant`) or the least-squares line
    /// `a + b·(n − n̄)` (`linear`, closed form with centred abscissae; ``trend(of:detrend:)``). O(L).
    static func removeTrend(_ detrend: Detrend, from segment: UnsafeMutableBufferPointer<Double>) {
        let count = segment.count
        guard detrend != .none, count > 0 else { return }
        let (mean, slope) = trend(of: UnsafeBufferPointer(segment), detrend: detrend)
        let centre = Double(count - 1) / 2
        for n in 0..<count { segment[n] -= mean + slope * (Double(n) - centre) }
    }

    /// The trend `mean + slope·(n − (L−1)/2)` that `detrend` removes from `x`: slope 0 for
    /// `constant` (and `none`, whose mean is 0 too), the least-squares line for `linear`
    /// (one sample: the sample itself), with `slope = Σ (n − c)(x[n] − mean) / Σ (n − c)²`,
    /// `c = (L−1)/2`, and `Σ (n − c)² = L(L² − 1)/12`. The sums run in four interleaved partial
    /// sums: one running sum waits on the latency of every addition, which made the detrend cost
    /// more than the FFT. Every Welch segment of handpose is detrended here.
    public static func trend(of x: UnsafeBufferPointer<Double>, detrend: Detrend) -> (mean: Double, slope: Double) {
        let count = x.count
        guard detrend != .none, count > 0 else { return (0, 0) }
        let mean = interleavedSum(count) { x[$0] } / Double(count)
        guard detrend == .linear, count > 1 else { return (mean, 0) }
        let centre = Double(count - 1) / 2
        let covariance = interleavedSum(count) { (Double($0) - centre) * (x[$0] - mean) }
        let length = Double(count)
        return (mean, covariance / (length * (length * length - 1) / 12))
    }

    /// `Σ term(n)` for `n` in `0..<count`, in four interleaved partial sums.
    @inline(__always)
    static func interleavedSum(_ count: Int, _ term: (Int) -> Double) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var n = 0
        while n + 4 <= count {
            s0 += term(n)
            s1 += term(n + 1)
            s2 += term(n + 2)
            s3 += term(n + 3)
            n += 4
        }
        while n < count {
            s0 += term(n)
            n += 1
        }
        return (s0 + s1) + (s2 + s3)
    }
}
