#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Cohen's d and Hedges' g: the difference of two means in units of their pooled standard deviation.
///
///     s_p² = ((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2)         (ddof = 1 variances)
///     d    = (x̄₁ − x̄₂) / s_p                                    (Cohen 1988)
///     g    = J(m)·d,  J(m) = Γ(m/2) / (√(m/2)·Γ((m − 1)/2)),  m = n₁ + n₂ − 2   (Hedges 1981)
///
/// `J` is the exact small-sample bias correction (≈ 1 − 3/(4m − 1)); g is the unbiased estimate of
/// the population effect. The sign follows the argument order (positive when the first mean is
/// larger). ``magnitude`` labels |g| by Cohen's conventional thresholds 0.2, 0.5, 0.8. Pooling
/// assumes similar variances; with very unequal ones read d alongside the Welch test.
///
/// Errors (``TwoSampleTestError``): fewer than 2 values in a sample, a non-finite value, both
/// samples constant (`zeroVariance`). O(n₁ + n₂).
///
/// References: J. Cohen, *Statistical Power Analysis for the Behavioral Sciences*, 2nd ed.,
/// Erlbaum (1988), doi:10.4324/9780203771587; L. V. Hedges, "Distribution theory for Glass's
/// estimator of effect size and related estimators", *J Educ Stat* 6(2):107–128 (1981),
/// doi:10.3102/10769986006002107.
public struct StandardizedMeanDifference: Sendable, Hashable, Codable {
    /// Cohen's conventional reading of an effect size's magnitude.
    public enum Magnitude: String, Sendable, Hashable, Codable, CaseIterable {
        /// |g| < 0.2
        case negligible
        /// 0.2 ≤ |g| < 0.5
        case small
        /// 0.5 ≤ |g| < 0.8
        case medium
        /// |g| ≥ 0.8
        case large

        /// The label of an effect size `value`.
        public init(_ value: Double) {
            let size = abs(value)
            self = size < 0.2 ? .negligible : size < 0.5 ? .small : size < 0.8 ? .medium : .large
        }
    }

    /// Cohen's d.
    public var cohenD: Double
    /// Hedges' g = J·d.
    public var hedgesG: Double
    /// The pooled standard deviation `s_p`.
    public var pooledStandardDeviation: Double
    /// Cohen's label of |g|.
    public var magnitude: Magnitude

    /// The standardized difference of `x` and `y`.
    ///
    /// - Throws: ``TwoSampleTestError`` (see the type's documentation).
    public init(_ x: [Double], _ y: [Double]) throws(TwoSampleTestError) {
        try TwoSampleTestError.check(x, y, minimum: 2, for: "Cohen's d")
        let first = SampleSummary.moments(x), second = SampleSummary.moments(y)
        let m = Double(x.count + y.count - 2)
        let pooled = ((Double(x.count) - 1) * first.variance + (Double(y.count) - 1) * second.variance) / m
        guard pooled > 0 else {
            throw TwoSampleTestError(
                .zeroVariance, "Cohen's d: both samples are constant (\(first.mean) and \(second.mean)), so the pooled standard deviation is 0")
        }
        pooledStandardDeviation = pooled.squareRoot()
        cohenD = (first.mean - second.mean) / pooledStandardDeviation
        hedgesG = Self.correction(m) * cohenD
        magnitude = Magnitude(hedgesG)
    }

    /// Hedges' exact correction `J(m) = Γ(m/2)/(√(m/2)·Γ((m−1)/2))` for `m > 1` degrees of freedom.
    public static func correction(_ m: Double) -> Double {
        exp(SpecialFunctions.logGamma(m / 2) - SpecialFunctions.logGamma((m - 1) / 2) - 0.5 * log(m / 2))
    }

    private enum CodingKeys: String, CodingKey { case cohenD, hedgesG, pooledStandardDeviation, magnitude }
}
