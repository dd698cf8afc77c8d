import HandPoseNumerics

/// SPARC, the spectral arc length of a movement's speed profile: how much the normalised Fourier
/// magnitude spectrum of the speed wiggles below an adaptive cut-off. A smooth, single-peaked
/// movement has a short, simple spectrum (SPARC ≈ −1.4 for a minimum-jerk reach); every extra
/// submovement or arrest lengthens the arc, so values further below 0 mean less smooth.
///
/// A faithful port of the authors' reference code, `siva82kb/SPARC scripts/smoothness.py::sparc`
/// (identical to `siva82kb/monalysa monalysa/quality/smoothness.py::sparc`):
///
///     nfft  = 2^(⌈log₂ N⌉ + padLevel)                 zero-padded FFT length
///     f_k   = k · fs / nfft,        k = 0 … nfft − 1
///     M_k   = |FFT(v, nfft)_k| / max_j |FFT(v, nfft)_j|    (= V(f)/V(0) for v ≥ 0)
///     keep the bins with f_k ≤ fc, then of those the range from the FIRST to the LAST bin with
///     M_k ≥ amplitudeThreshold (sub-threshold dips in between stay in)
///     SPARC = −Σ_i √( (Δf_i / (f_last − f_first))² + (ΔM_i)² )
///
/// which discretises the paper's −∫₀^{ωc} √((1/ωc)² + (dV̂/dω)²) dω with the adaptive cut-off
/// ωc = min{ωc_max, min{ω : V̂(r) < V̄ ∀ r > ω}}. The defaults are those of the reference code and
/// the 2015 paper: `padLevel` 4, `fc` = 10 Hz (ωc_max = 20π rad/s), `amplitudeThreshold` V̄ = 0.05.
/// `fc` = 20 Hz with threshold 0 gives back the 2012 spectral arc length (SAL).
///
/// Doctest of the reference: `v = exp(−5t²)`, `t = −1, −0.99, … 0.99` at 100 Hz gives
/// −1.414031261710479 (published −1.41403); every golden case matches to 1e−9.
///
/// Edge cases and pitfalls:
/// - The input must be a **speed** profile (v ≥ 0) of one **discrete** movement, rest to rest. A
///   signed velocity component or a mean-removed signal gives a different quantity (the maximum of
///   the spectrum is then not V(0)); a rhythmic or multi-movement record scores roughly linearly
///   worse with the number of submovements — segment first (``SubmovementSegmenter``).
/// - Values are comparable only at equal `padLevel`; `nfft` jumps with `⌈log₂ N⌉` (N = 256 gives
///   4096 at padLevel 4, N = 257 gives 8192).
/// - When `fc` is at or above the Nyquist frequency the mirrored bins above `fs/2` are used, as
///   the reference's full-length FFT does.
/// - Empty input, any non-finite sample, or an identically zero speed: NaN (the reference would
///   divide by a zero maximum). A single selected bin gives −0 (an empty sum, as in the reference).
///
/// Complexity: one real FFT of length `nfft` (plans cached per length by ``RealFFT``), O(nfft log
/// nfft), plus O(bins below fc); allocates the padded input and the half spectrum.
///
/// Citations: Balasubramanian S, Melendez-Calderon A, Roby-Brami A, Burdet E. "On the analysis of
/// movement smoothness." J NeuroEng Rehabil 12:112, 2015, doi:10.1186/s12984-015-0090-9 (SPARC).
/// Balasubramanian S, Melendez-Calderon A, Burdet E. "A robust and sensitive metric for quantifying
/// movement smoothness." IEEE Trans Biomed Eng 59(8):2126–2136, 2012,
/// doi:10.1109/TBME.2011.2179545 (the original SAL).
public enum SPARC {
    /// The tuning of SPARC: zero padding, the upper cut-off and the amplitude threshold.
    public struct Parameters: Sendable, Hashable, Codable {
        /// Extra powers of two of zero padding beyond the next power of two of the length (≥ 0).
        public var padLevel: Int
        /// The largest frequency considered, `fc` in Hz (ωc_max = 2π·fc), > 0.
        public var cutoffHz: Double
        /// The adaptive cut-off's threshold V̄ on the normalised magnitude, in [0, 1).
        public var amplitudeThreshold: Double

        /// The reference defaults: padLevel 4, fc = 10 Hz, threshold 0.05.
        public static let standard = Parameters(uncheckedPadLevel: 4, cutoffHz: 10, amplitudeThreshold: 0.05)

        /// - Throws: ``SmoothnessConfigurationError`` for a padLevel outside 0…10, a cut-off that
        ///   is not a positive finite number of Hz, or a threshold outside [0, 1).
        public init(padLevel: Int = 4, cutoffHz: Double = 10, amplitudeThreshold: Double = 0.05) throws(SmoothnessConfigurationError) {
            guard (0...10).contains(padLevel) else {
                throw SmoothnessConfigurationError(parameter: "padlevel", "padlevel \(padLevel) must be between 0 and 10 (the reference uses 4)")
            }
            guard cutoffHz.isFinite, cutoffHz > 0 else {
                throw SmoothnessConfigurationError(parameter: "fc", "cut-off \(cutoffHz) Hz must be a positive, finite frequency (the reference uses 10 Hz)")
            }
            guard amplitudeThreshold >= 0, amplitudeThreshold < 1 else {
                throw SmoothnessConfigurationError(
                    parameter: "amp-threshold", "amplitude threshold \(amplitudeThreshold) must be at least 0 and below 1 (the reference uses 0.05)")
            }
            self.init(uncheckedPadLevel: padLevel, cutoffHz: cutoffHz, amplitudeThreshold: amplitudeThreshold)
        }

        private init(uncheckedPadLevel: Int, cutoffHz: Double, amplitudeThreshold: Double) {
            self.padLevel = uncheckedPadLevel
            self.cutoffHz = cutoffHz
            self.amplitudeThreshold = amplitudeThreshold
        }

        private enum CodingKeys: String, CodingKey {
            case padLevel, cutoffHz, amplitudeThreshold
        }
    }

    /// SPARC with the spectrum range it integrated over.
    public struct Result: Sendable, Hashable, Codable {
        /// The spectral arc length (≤ 0; closer to 0 is smoother).
        public var value: Double
        /// The zero-padded FFT length `nfft`.
        public var fftLength: Int
        /// Number of spectrum bins in the selected range.
        public var selectedBinCount: Int
        /// Frequency of the first selected bin in Hz (0 for a non-negative speed).
        public var firstFrequencyHz: Double
        /// Frequency of the last selected bin in Hz: the adaptive cut-off ωc / 2π.
        public var lastFrequencyHz: Double

        public init(value: Double, fftLength: Int, selectedBinCount: Int, firstFrequencyHz: Double, lastFrequencyHz: Double) {
            self.value = value
            self.fftLength = fftLength
            self.selectedBinCount = selectedBinCount
            self.firstFrequencyHz = firstFrequencyHz
            self.lastFrequencyHz = lastFrequencyHz
        }

        private enum CodingKeys: String, CodingKey {
            case value, fftLength, selectedBinCount, firstFrequencyHz, lastFrequencyHz
        }
    }

    /// The zero-padded FFT length `2^(⌈log₂ N⌉ + padLevel)` for `sampleCount` samples (N ≥ 1).
    public static func fftLength(sampleCount: Int, padLevel: Int) -> Int {
        precondition(sampleCount >= 1 && padLevel >= 0, "fftLength needs N ≥ 1 and padLevel ≥ 0, got N = \(sampleCount), padLevel = \(padLevel)")
        var exponent = 0
        while (1 << exponent) < sampleCount { exponent += 1 }
        return 1 << (exponent + padLevel)
    }

    /// SPARC of `speed` sampled at `sampleRate` Hz (see the type's documentation); NaN for empty,
    /// non-finite or identically zero input.
    ///
    /// - Precondition: `sampleRate` > 0 and finite; `padLevel` ≥ 0; `cutoffHz` > 0.
    public static func compute(
        speed: [Double], sampleRate: Double, padLevel: Int = 4, cutoffHz: Double = 10, amplitudeThreshold: Double = 0.05
    ) -> Double {
        analyze(speed: speed, sampleRate: sampleRate, padLevel: padLevel, cutoffHz: cutoffHz, amplitudeThreshold: amplitudeThreshold)?.value ?? .nan
    }

    /// SPARC with the tuning of `parameters`; NaN for empty, non-finite or identically zero input.
    public static func compute(speed: [Double], sampleRate: Double, parameters: Parameters) -> Double {
        compute(
            speed: speed, sampleRate: sampleRate, padLevel: parameters.padLevel, cutoffHz: parameters.cutoffHz,
            amplitudeThreshold: parameters.amplitudeThreshold)
    }

    /// SPARC and the selected spectrum range; `nil` for empty, non-finite or identically zero input.
    ///
    /// - Precondition: `sampleRate` > 0 and finite; `padLevel` ≥ 0; `cutoffHz` > 0.
    public static func analyze(
        speed: [Double], sampleRate: Double, padLevel: Int = 4, cutoffHz: Double = 10, amplitudeThreshold: Double = 0.05
    ) -> Result? {
        precondition(sampleRate.isFinite && sampleRate > 0, "SPARC needs a positive sample rate, got \(sampleRate) Hz")
        precondition(padLevel >= 0, "SPARC padLevel \(padLevel) must be 0 or more")
        precondition(cutoffHz > 0, "SPARC cut-off \(cutoffHz) Hz must be positive")
        guard !speed.isEmpty, speed.allSatisfy(\.isFinite) else { return nil }
        let nfft = fftLength(sampleCount: speed.count, padLevel: padLevel)
        let magnitude = halfSpectrumMagnitude(speed, fftLength: nfft)
        let peak = magnitude.max() ?? 0
        guard peak > 0 else { return nil }

        // Bins 0…last with f_k = k·fs/nfft ≤ fc (all nfft bins when fc ≥ fs).
        let step = sampleRate / Double(nfft)
        var lastBin = min(nfft - 1, Int((cutoffHz / step).rounded(.down)))
        while lastBin + 1 < nfft && Double(lastBin + 1) * step <= cutoffHz { lastBin += 1 }
        while lastBin >= 0 && Double(lastBin) * step > cutoffHz { lastBin -= 1 }
        guard lastBin >= 0 else { return nil }
        let half = nfft / 2
        func normalised(_ k: Int) -> Double { magnitude[k <= half ? k : nfft - k] / peak }

        // First to last bin at or above the threshold.
        var first = -1, last = -1
        for k in 0...lastBin where normalised(k) >= amplitudeThreshold {
            if first < 0 { first = k }
            last = k
        }
        guard first >= 0 else { return nil }
        let span = Double(last) * step - Double(first) * step
        var arc = 0.0
        var previousFrequency = Double(first) * step, previousMagnitude = normalised(first)
        if last > first {
            for k in (first + 1)...last {
                let frequency = Double(k) * step, value = normalised(k)
                let df = (frequency - previousFrequency) / span, dm = value - previousMagnitude
                arc += (df * df + dm * dm).squareRoot()
                previousFrequency = frequency
                previousMagnitude = value
            }
        }
        return Result(
            value: -arc, fftLength: nfft, selectedBinCount: last - first + 1,
            firstFrequencyHz: Double(first) * step, lastFrequencyHz: Double(last) * step)
    }

    /// SPARC and the selected range with the tuning of `parameters`.
    public static func analyze(speed: [Double], sampleRate: Double, parameters: Parameters) -> Result? {
        analyze(
            speed: speed, sampleRate: sampleRate, padLevel: parameters.padLevel, cutoffHz: parameters.cutoffHz,
            amplitudeThreshold: parameters.amplitudeThreshold)
    }

    /// `|X_k|`, k = 0 … nfft/2, of `signal` zero-padded to `nfft`.
    private static func halfSpectrumMagnitude(_ signal: [Double], fftLength nfft: Int) -> [Double] {
        var padded = [Double](repeating: 0, count: nfft)
        padded.withUnsafeMutableBufferPointer { target in
            signal.withUnsafeBufferPointer { source in
                _ = target.initialize(from: source)
            }
        }
        let fft = RealFFT(count: nfft)
        var power = fft.powerSpectrum(of: padded)
        for k in power.indices { power[k] = power[k].squareRoot() }
        return power
    }
}
