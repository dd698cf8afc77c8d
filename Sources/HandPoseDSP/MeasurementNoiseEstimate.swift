import HandPoseCore

/// The measurement noise variance of a sampled signal estimated from the signal itself, for filters
/// whose measurement noise is not given.
///
/// For white noise of standard deviation σ on a smooth signal, the second difference
/// `Δ²zₖ = zₖ₊₁ − 2zₖ + zₖ₋₁` is dominated by the noise, with variance `6σ²`; its median absolute
/// value is robust to outliers and to the occasional fast movement, and for a Gaussian it is
/// `0.6745·√6·σ` (the same robust scale Donoho & Johnstone use on the finest wavelet coefficients,
/// *Biometrika* 81(3):425–455, 1994, doi:10.1093/biomet/81.3.425). So
///
///     R̂ = (median |Δ²z| / (0.6745·√6))²
///
/// The signal's own curvature adds to `Δ²z` (a 5 Hz, 2 mm tremor at 30 fps moves it by up to
/// 2·(2π·5/30)² ≈ 2.2 mm), so `R̂` errs high, never low. For a filter that weighs particles by the
/// measurement likelihood that is the safe side: a variance too small makes every particle but
/// one improbable and the filter loses the signal (with the fixed default 1 mm², the particle
/// filter's error on 5 mm noise was 12-57 mm), a variance too large only smooths more.
///
/// `R̂` is at least `(10⁻⁹·max|z|)²` (and positive for an all-zero signal), so that a noiseless signal
/// still gets a usable likelihood. Fewer than three samples give that floor. O(n) time (selection).
public enum MeasurementNoiseEstimate {
    /// `0.6745·√6`: the median absolute second difference of unit white Gaussian noise.
    static let medianScale = 0.674_489_750_196_081_7 * 6.0.squareRoot()

    /// `R̂` for the samples `z` (all finite).
    public static func variance(of z: UnsafeBufferPointer<Double>) -> Double {
        let largest = z.reduce(0) { max($0, abs($1)) }
        let floor = max(1e-9 * largest, Double.leastNormalMagnitude.squareRoot())
        guard z.count >= 3 else { return floor * floor }
        var differences = [Double](unsafeUninitializedCapacity: z.count - 2) { buffer, initialized in
            for k in 1..<(z.count - 1) { buffer[k - 1] = abs(z[k + 1] - 2 * z[k] + z[k - 1]) }
            initialized = z.count - 2
        }
        let median = OrderStatistics.interpolated(atRank: 0.5 * Double(differences.count - 1), of: &differences)
        let sigma = max(median / medianScale, floor)
        return sigma * sigma
    }

    /// `R̂` for an array (see ``variance(of:)-(UnsafeBufferPointer<Double>)``).
    public static func variance(of z: [Double]) -> Double {
        z.withUnsafeBufferPointer { variance(of: $0) }
    }
}
