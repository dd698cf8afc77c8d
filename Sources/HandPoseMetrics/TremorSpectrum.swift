#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseDSP

/// Tremor features of a power spectral density (the reference steps of `golden.py::tremor_features`)
/// and the golden PSD call that feeds them.
///
/// ``features(frequencies:power:band:peakBin:concentrationHalfWidth:harmonicHalfWidth:)`` is the
/// kernel that ``TremorAnalyzer`` runs on every landmark's spectrum; see ``TremorSpectralFeatures``
/// for every definition. Band membership is `f_lo − 10⁻⁹ ≤ f ≤ f_hi + 10⁻⁹` Hz, so that a bin meant
/// to lie on an edge (12 Hz at 0.125 Hz resolution) is kept whatever the rounding of its frequency.
///
/// References: P. D. Welch (1967), doi:10.1109/TAU.1967.1161901 (the PSD); spectral concentration
/// in the spirit of F. Luft et al., "A Power Spectral Density-Based Method to Detect Tremor and
/// Tremor Intermittency in Movement Disorders", *Sensors* 19(19):4301 (2019),
/// doi:10.3390/s19194301; R. J. Elble and J. McNames, "Using Portable Transducers to Measure
/// Tremor Severity", *Tremor Other Hyperkinet Mov* 6:375 (2016), doi:10.7916/D8DR2VCC (amplitude
/// from spectral power).
public enum TremorSpectrum {
    /// Tolerance in Hz of the band and window edges.
    static let edgeTolerance = 1e-9

    /// The features of the one-sided density `power` at `frequencies` (uniform, ascending, at least
    /// two bins).
    ///
    /// - Parameters:
    ///   - band: the tremor band in Hz.
    ///   - peakBin: the peak bin to use; `nil` takes the largest power in the band (first on ties).
    ///   - concentrationHalfWidth: `h_c`, Hz, of the regularity and amplitude window (1 Hz).
    ///   - harmonicHalfWidth: `h_h`, Hz, of the harmonic-ratio windows (0.5 Hz).
    /// - Returns: `nil` when the band holds no bin or its power is not positive and finite.
    /// - Complexity: O(bins), no allocation.
    public static func features(
        frequencies: [Double], power: [Double], band: ClosedRange<Double>, peakBin: Int? = nil,
        concentrationHalfWidth: Double = 1.0, harmonicHalfWidth: Double = 0.5
    ) -> TremorSpectralFeatures? {
        precondition(frequencies.count == power.count, "\(frequencies.count) frequencies for \(power.count) power values")
        guard frequencies.count >= 2 else { return nil }
        return frequencies.withUnsafeBufferPointer { f in
            power.withUnsafeBufferPointer { p in
                features(
                    frequencies: f, power: p, band: band, peakBin: peakBin,
                    concentrationHalfWidth: concentrationHalfWidth, harmonicHalfWidth: harmonicHalfWidth)
            }
        }
    }

    /// The bins of `frequencies` inside `band` (ascending frequencies).
    static func bandBins(_ f: UnsafeBufferPointer<Double>, band: ClosedRange<Double>) -> Range<Int> {
        var lower = 0
        while lower < f.count && f[lower] < band.lowerBound - edgeTolerance { lower += 1 }
        var upper = lower
        while upper < f.count && f[upper] <= band.upperBound + edgeTolerance { upper += 1 }
        return lower..<upper
    }

    /// Sum of `p` over the bins within `halfWidth` Hz of `centre`, restricted to `bins`.
    static func windowSum(
        _ f: UnsafeBufferPointer<Double>, _ p: UnsafeBufferPointer<Double>, centre: Double, halfWidth: Double,
        within bins: Range<Int>
    ) -> Double {
        var sum = 0.0
        for m in bins where abs(f[m] - centre) <= halfWidth + edgeTolerance { sum += p[m] }
        return sum
    }

    /// Trapezoid rule `Σ ½(p_m + p_{m+1})(f_{m+1} − f_m)` over `bins`.
    static func trapezoid(_ f: UnsafeBufferPointer<Double>, _ p: UnsafeBufferPointer<Double>, bins: Range<Int>) -> Double {
        guard bins.count >= 2 else { return 0 }
        var sum = 0.0
        for m in bins.lowerBound..<(bins.upperBound - 1) { sum += 0.5 * (p[m] + p[m + 1]) * (f[m + 1] - f[m]) }
        return sum
    }

    static func features(
        frequencies f: UnsafeBufferPointer<Double>, power p: UnsafeBufferPointer<Double>, band: ClosedRange<Double>,
        peakBin: Int?, concentrationHalfWidth: Double, harmonicHalfWidth: Double
    ) -> TremorSpectralFeatures? {
        let binWidth = f[1] - f[0]
        let inBand = bandBins(f, band: band)
        guard !inBand.isEmpty else { return nil }
        var bandSum = 0.0
        for m in inBand { bandSum += p[m] }
        guard bandSum > 0 && bandSum.isFinite, let k = peakBin ?? SpectralPeak.largestBin(in: p, bins: inBand) else { return nil }
        precondition(k >= 0 && k < p.count, "peak bin \(k) outside 0..<\(p.count)")
        let peak = SpectralPeak.refine(bin: k, power: p, frequencies: f, interpolation: .parabolic)
        let logPeak = SpectralPeak.refine(bin: k, power: p, frequencies: f, interpolation: .logParabolic)

        let near = windowSum(f, p, centre: f[k], halfWidth: concentrationHalfWidth, within: inBand)
        var entropy = 0.0
        for m in inBand where p[m] > 0 {
            let share = p[m] / bandSum
            entropy -= share * log(share)
        }
        entropy = inBand.count > 1 ? entropy / log(Double(inBand.count)) : 0
        let all = 0..<p.count
        let fundamental = windowSum(f, p, centre: f[k], halfWidth: harmonicHalfWidth, within: all) * binWidth
        let harmonic = windowSum(f, p, centre: 2 * f[k], halfWidth: harmonicHalfWidth, within: all) * binWidth
        return TremorSpectralFeatures(
            bandHz: [band.lowerBound, band.upperBound], bandBins: inBand.count, peak: peak,
            logParabolicFrequencyHz: logPeak.frequencyHz,
            bandPowerTrapezoid: trapezoid(f, p, bins: inBand), bandPowerRectangle: bandSum * binWidth,
            spectralConcentration: near / bandSum, spectralEntropy: entropy,
            secondHarmonicRatio: fundamental > 0 ? harmonic / fundamental : nil,
            peakWindowPower: near * binWidth, totalPowerTrapezoid: trapezoid(f, p, bins: all))
    }

    /// The golden reference pipeline on a uniformly sampled signal: scipy
    /// `welch(x, fs, nperseg=round(4·fs), noverlap=nperseg//2, nfft=2·nperseg)` (periodic Hann,
    /// constant detrend, density) followed by
    /// ``features(frequencies:power:band:peakBin:concentrationHalfWidth:harmonicHalfWidth:)``.
    ///
    /// - Returns: the PSD and its features (`nil` when the band is empty or silent, or the signal
    ///   is shorter than two samples).
    public static func features(
        of signal: [Double], sampleRate: Double, band: ClosedRange<Double> = 3...12, segmentSeconds: Double = 4
    ) -> (frequencies: [Double], power: [Double], features: TremorSpectralFeatures?) {
        let length = max(1, Int((segmentSeconds * sampleRate).rounded()))
        guard signal.count >= 2,
              let (f, p) = try? Welch.powerSpectralDensity(
                  signal, sampleRate: sampleRate, segmentLength: length, overlap: min(length, signal.count) / 2,
                  fftLength: 2 * min(length, signal.count))
        else { return ([], [], nil) }
        return (f, p, features(frequencies: f, power: p, band: band))
    }
}
