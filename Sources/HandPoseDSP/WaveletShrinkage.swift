import HandPoseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// VisuShrink, the universal threshold of Donoho & Johnstone (*Biometrika* 81(3):425–455, 1994,
/// doi:10.1093/biomet/81.3.425), with the median-absolute-deviation noise estimate.
///
/// - Noise: σ = median(|cD₁|) / Φ⁻¹(0.75) = median(|cD₁|) / 0.6744897501960817, over every
///   coefficient of the finest detail band cD₁ (scikit-image additionally drops exact zeros;
///   handpose does not, as the golden reference does not).
/// - Threshold: λ = σ·√(2 ln n), n the signal length.
///
/// The median of an even count is the mean of the two middle values, as `numpy.median`.
public enum WaveletShrinkage {
    /// Φ⁻¹(0.75), the median absolute deviation of a standard normal variable
    /// (`scipy.stats.norm.ppf(0.75)`).
    public static let normalMedianAbsoluteDeviation = 0.6744897501960817

    /// σ = median(|d|)/Φ⁻¹(0.75) of the finest detail band `d` (not empty). O(count) expected.
    public static func noiseSigma(finestDetail d: [Double]) -> Double {
        precondition(!d.isEmpty, "the noise estimate needs at least one detail coefficient")
        return d.withUnsafeBufferPointer { detail in
            WaveletTransform.withScratch(detail.count) { scratch in
                noiseSigma(finestDetail: detail, scratch: scratch)
            }
        }
    }

    /// λ = σ·√(2 ln n) for a signal of n ≥ 1 samples (0 for n = 1).
    public static func universalThreshold(sigma: Double, signalLength n: Int) -> Double {
        precondition(n >= 1, "the universal threshold needs n ≥ 1, got \(n)")
        return sigma * (2 * log(Double(n))).squareRoot()
    }

    /// σ from `detail`, using `scratch` (≥ `detail.count` doubles).
    static func noiseSigma(finestDetail detail: UnsafeBufferPointer<Double>, scratch: UnsafeMutablePointer<Double>) -> Double {
        let n = detail.count
        for i in 0..<n { scratch[i] = abs(detail[i]) }
        let upper = OrderStatistics.select(n / 2, in: UnsafeMutableBufferPointer(start: scratch, count: n))
        guard n % 2 == 0 else { return upper / normalMedianAbsoluteDeviation }
        // After selection everything before rank n/2 is ≤ it: the lower middle is their maximum.
        var lower = scratch[0]
        for i in 1..<(n / 2) where scratch[i] > lower { lower = scratch[i] }
        return (lower + upper) / 2 / normalMedianAbsoluteDeviation
    }
}
