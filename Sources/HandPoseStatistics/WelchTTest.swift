/// Welch's unequal-variances t-test of two independent samples, two-sided: do their means differ?
///
/// With sample sizes `n₁, n₂`, means `x̄₁, x̄₂` and sample variances `s₁², s₂²` (ddof = 1),
/// `v₁ = s₁²/n₁`, `v₂ = s₂²/n₂`:
///
///     t  = (x̄₁ − x̄₂) / √(v₁ + v₂)
///     ν  = (v₁ + v₂)² / (v₁²/(n₁ − 1) + v₂²/(n₂ − 1))      (Welch–Satterthwaite)
///     p  = P(|T_ν| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½)
///
/// exactly `scipy.stats.ttest_ind(x, y, equal_var=False)` (golden: `Fixtures/golden/statistics.json`,
/// agreement better than 10⁻¹²). The sign follows the argument order: `t > 0` when the first sample's
/// mean is larger. The test assumes independent values, roughly normal means; it does not assume
/// equal variances.
///
/// Errors (``TwoSampleTestError``): fewer than 2 values in a sample (`tooFewValues`), a NaN or
/// infinite value (`nonFiniteValue`), both samples constant (`zeroVariance`: t is 0/0 or ±∞ and
/// scipy returns NaN). One constant sample is fine (ν = n − 1 of the other). O(n₁ + n₂).
///
/// References: B. L. Welch, "The generalization of 'Student's' problem when several different
/// population variances are involved", *Biometrika* 34(1–2):28–35 (1947), doi:10.1093/biomet/34.1-2.28;
/// F. E. Satterthwaite, *Biometrics Bulletin* 2(6):110–114 (1946), doi:10.2307/3002019.
public struct WelchTTest: Sendable, Hashable, Codable {
    /// The t statistic, positive when the first sample's mean is larger.
    public var t: Double
    /// Welch–Satterthwaite degrees of freedom ν (not an integer in general).
    public var degreesOfFreedom: Double
    /// Two-sided p-value `P(|T_ν| ≥ |t|)`.
    public var pValue: Double
    /// `x̄₁ − x̄₂`.
    public var meanDifference: Double
    /// `√(s₁²/n₁ + s₂²/n₂)`.
    public var standardError: Double

    /// Tests `x` against `y`.
    ///
    /// - Throws: ``TwoSampleTestError`` (see the type's documentation).
    public init(_ x: [Double], _ y: [Double]) throws(TwoSampleTestError) {
        try TwoSampleTestError.check(x, y, minimum: 2, for: "Welch's t-test")
        let first = SampleSummary.moments(x), second = SampleSummary.moments(y)
        let n1 = Double(x.count), n2 = Double(y.count)
        let v1 = first.variance / n1, v2 = second.variance / n2
        let squaredError = v1 + v2
        guard squaredError > 0 else {
            throw TwoSampleTestError(
                .zeroVariance,
                "Welch's t-test: both samples are constant (\(first.mean) and \(second.mean)), so the standard error is 0 and t is undefined")
        }
        meanDifference = first.mean - second.mean
        standardError = squaredError.squareRoot()
        t = meanDifference / standardError
        degreesOfFreedom = squaredError * squaredError / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
        pValue = min(1, StudentT.twoSidedTail(t, degreesOfFreedom: degreesOfFreedom))
    }

    private enum CodingKeys: String, CodingKey { case t, degreesOfFreedom, pValue, meanDifference, standardError }
}
