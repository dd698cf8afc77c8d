/// The tremor features of one power spectral density, as `golden.py::tremor_features` defines them
/// (ALGORITHMS.md §3, "Recommended definitions"), plus the peak-window amplitude the analyzer reports.
///
/// With frequencies `f_m = m·Δf` (Hz), density `P_m` (unit²/Hz), band `B = [f_lo, f_hi]` (the bins
/// with `f_lo ≤ f_m ≤ f_hi`) and the peak bin `k` (largest `P` in `B` unless chosen by the caller):
///
/// | field | definition |
/// |---|---|
/// | ``bandPowerTrapezoid`` | `∫_B P df`, trapezoid rule over the band bins (unit²) |
/// | ``bandPowerRectangle`` | `Σ_B P_m · Δf` (unit²) |
/// | ``rmsAmplitude`` | `√(bandPowerTrapezoid)` |
/// | ``sineAmplitude`` | `√(2 · bandPowerTrapezoid)`: zero-to-peak of a sinusoid with that power |
/// | ``peakToPeak`` | `2 · sineAmplitude` |
/// | ``spectralConcentration`` | `Σ P_m` over `B ∩ {|f_m − f_k| ≤ h_c}` ÷ `Σ_B P_m` (`h_c` = 1 Hz) |
/// | ``spectralEntropy`` | `−Σ p_m ln p_m / ln M`, `p_m = P_m / Σ_B P`, over the `M` band bins (0 ln 0 = 0) |
/// | ``secondHarmonicRatio`` | `Σ P` over `|f − 2f_k| ≤ h_h` ÷ `Σ P` over `|f − f_k| ≤ h_h` (`h_h` = 0.5 Hz, whole spectrum) |
/// | ``peakWindowPower`` | `Σ P_m · Δf` over `B ∩ {|f_m − f_k| ≤ h_c}`: the power of the dominant oscillation |
/// | ``peakAmplitude`` | `√(2 · peakWindowPower)`: a pure sinusoid of zero-to-peak `A` reports `A` |
/// | ``totalPowerTrapezoid`` | `∫ P df` over every bin, trapezoid rule |
///
/// Windows are centred on the peak **bin** frequency `f_k`, not the interpolated one (as golden.py).
public struct TremorSpectralFeatures: Sendable, Hashable, Codable {
    /// The band `[f_lo, f_hi]` in Hz.
    public var bandHz: [Double]
    /// Number of spectrum bins inside the band, `M`.
    public var bandBins: Int
    /// The peak refined by the parabola through the power (the reported frequency).
    public var peak: SpectralPeak
    /// The peak frequency refined by the parabola through ln P, Hz.
    public var logParabolicFrequencyHz: Double
    public var bandPowerTrapezoid: Double
    public var bandPowerRectangle: Double
    public var rmsAmplitude: Double
    public var sineAmplitude: Double
    public var peakToPeak: Double
    public var spectralConcentration: Double
    public var spectralEntropy: Double
    /// `nil` when the power around the peak is 0.
    public var secondHarmonicRatio: Double?
    public var peakWindowPower: Double
    public var peakAmplitude: Double
    public var totalPowerTrapezoid: Double

    public init(
        bandHz: [Double], bandBins: Int, peak: SpectralPeak, logParabolicFrequencyHz: Double,
        bandPowerTrapezoid: Double, bandPowerRectangle: Double, spectralConcentration: Double,
        spectralEntropy: Double, secondHarmonicRatio: Double?, peakWindowPower: Double, totalPowerTrapezoid: Double
    ) {
        self.bandHz = bandHz
        self.bandBins = bandBins
        self.peak = peak
        self.logParabolicFrequencyHz = logParabolicFrequencyHz
        self.bandPowerTrapezoid = bandPowerTrapezoid
        self.bandPowerRectangle = bandPowerRectangle
        self.rmsAmplitude = bandPowerTrapezoid.squareRoot()
        self.sineAmplitude = (2 * bandPowerTrapezoid).squareRoot()
        self.peakToPeak = 2 * (2 * bandPowerTrapezoid).squareRoot()
        self.spectralConcentration = spectralConcentration
        self.spectralEntropy = spectralEntropy
        self.secondHarmonicRatio = secondHarmonicRatio
        self.peakWindowPower = peakWindowPower
        self.peakAmplitude = (2 * peakWindowPower).squareRoot()
        self.totalPowerTrapezoid = totalPowerTrapezoid
    }

    private enum CodingKeys: String, CodingKey {
        case bandHz, bandBins, peak, logParabolicFrequencyHz, bandPowerTrapezoid, bandPowerRectangle, rmsAmplitude
        case sineAmplitude, peakToPeak, spectralConcentration, spectralEntropy, secondHarmonicRatio
        case peakWindowPower, peakAmplitude, totalPowerTrapezoid
    }
}
