/// The Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples, two-sided: does one
/// tend to give larger values than the other? With its rank-based effect sizes.
///
/// Pool the `n₁ + n₂` values and rank them (ties get the average of their ranks); `R₁` is the rank
/// sum of the first sample. Then
///
///     U₁ = R₁ − n₁(n₁+1)/2          the number of pairs (x, y) with x > y, ties counted ½
///     U₂ = n₁n₂ − U₁,   U = max(U₁, U₂)
///
/// ``u`` is `U₁`, the statistic scipy ≥ 1.7 reports for the first sample. The p-value is
/// `scipy.stats.mannwhitneyu(x, y, alternative='two-sided')`'s:
/// - **exact** (``Method/exact``): `p = 2·P(U ≥ U_obs) = 2·P(U ≤ n₁n₂ − U_obs)` under the null
///   distribution of U without ties, the coefficients of the Gaussian binomial
///   `[n₁+n₂ choose n₁]_q / C(n₁+n₂, n₁)` (built factor by factor, normalised as it goes), capped at 1;
/// - **asymptotic** (``Method/asymptotic``): tie-corrected normal approximation with continuity
///   correction, `z = (U − n₁n₂/2 − ½)/σ`, `σ² = n₁n₂/12·((n+1) − Σ(t³−t)/(n(n−1)))` over the tie
///   groups of sizes t, `p = 2·(1 − Φ(z))`, capped at 1.
///
/// ``Method/automatic`` chooses as scipy 1.17's `method='auto'`: asymptotic when both samples have
/// more than 8 values or when there is any tie, exact otherwise (so exact whenever a sample has at
/// most 8 values and nothing is tied).
///
/// Effect sizes: ``commonLanguageEffectSize`` `U₁/(n₁n₂)`, the probability that a value of the first
/// sample exceeds one of the second (ties ½) (McGraw & Wong 1992, doi:10.1037/0033-2909.111.2.361);
/// ``rankBiserial`` `2U₁/(n₁n₂) − 1 ∈ [−1, 1]` (Kerby 2014, doi:10.2466/11.IT.3.1; Wendt 1972),
/// positive when the first sample tends to be larger.
///
/// Errors (``TwoSampleTestError``): an empty sample (`tooFewValues`), a NaN or infinite value
/// (`nonFiniteValue`), every value equal (`allValuesEqual`: σ = 0; scipy returns p = 1 there), the
/// exact method forced on tied data (`tiesPreventExact`).
///
/// Complexity: O(n log n) for the ranks; the exact distribution O(min(n₁,n₂)·n₁n₂) time and
/// O(n₁n₂) memory, which `automatic` only uses with a sample of at most 8 values.
///
/// Reference: H. B. Mann and D. R. Whitney, "On a test of whether one of two random variables is
/// stochastically larger than the other", *Ann Math Stat* 18(1):50–60 (1947),
/// doi:10.1214/aoms/1177730491.
public struct MannWhitneyU: Sendable, Hashable, Codable {
    /// How the p-value is computed.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// scipy's `method='auto'` (see ``MannWhitneyU``).
        case automatic
        /// The exact null distribution of U (no ties allowed).
        case exact
        /// The tie-corrected normal approximation with continuity correction.
        case asymptotic
    }

    /// `U₁`, the U statistic of the first sample.
    public var u: Double
    /// The method used: ``Method/exact`` or ``Method/asymptotic`` (never `automatic`).
    public var method: Method
    /// The standardized statistic of the asymptotic method, `(max(U₁, U₂) − n₁n₂/2 − ½)/σ`;
    /// `nil` for the exact method.
    public var z: Double?
    /// Two-sided p-value.
    public var pValue: Double
    /// `2U₁/(n₁n₂) − 1`.
    public var rankBiserial: Double
    /// `U₁/(n₁n₂)`.
    public var commonLanguageEffectSize: Double
    /// Whether any value occurs more than once in the pooled samples.
    public var hasTies: Bool

    /// Tests `x` against `y`.
    ///
    /// - Throws: ``TwoSampleTestError`` (see the type's documentation).
    public init(_ x: [Double], _ y: [Double], method requested: Method = .automatic) throws(TwoSampleTestError) {
        try TwoSampleTestError.check(x, y, minimum: 1, for: "The Mann-Whitney U test")
        let n1 = x.count, n2 = y.count
        let (ranks, tieSizes) = Ranking.averageRanks(x + y)
        let rankSum = ranks[0..<n1].reduce(0, +)
        let u1 = rankSum - Double(n1 * (n1 + 1)) / 2
        let pairs = Double(n1) * Double(n2)
        let larger = max(u1, pairs - u1)
        hasTies = !tieSizes.isEmpty
        u = u1
        rankBiserial = 2 * u1 / pairs - 1
        commonLanguageEffectSize = u1 / pairs
        var chosen = requested
        if chosen == .automatic { chosen = (n1 > 8 && n2 > 8) || hasTies ? .asymptotic : .exact }
        method = chosen
        if chosen == .exact {
            guard !hasTies else {
                throw TwoSampleTestError(
                    .tiesPreventExact, "the exact Mann-Whitney distribution holds without ties, but \(tieSizes.count) group(s) of tied values occur; use the asymptotic method")
            }
            let (small, big) = (min(n1, n2), max(n1, n2))
            let k = n1 * n2 - Int(larger)
            z = nil
            pValue = min(1, 2 * Self.exactCDF(k, small, big))
        } else {
            let n = Double(n1 + n2)
            let tieTerm = tieSizes.reduce(0.0) { sum, t in
                let t = Double(t)
                return sum + (t * t * t - t)
            }
            let variance = pairs / 12 * ((n + 1) - tieTerm / (n * (n - 1)))
            guard variance > 0 else {
                throw TwoSampleTestError(
                    .allValuesEqual, "the Mann-Whitney U test: all \(n1 + n2) values are equal (\(x[0])), so the ranks carry no information")
            }
            let score = (larger - pairs / 2 - 0.5) / variance.squareRoot()
            z = score
            pValue = min(1, 2 * StandardNormal.survival(score))
        }
    }

    /// `P(U ≤ k)` under the null hypothesis without ties, for samples of `m ≤ n` values.
    ///
    /// The generating function of U is the Gaussian binomial `Π_{i=1..m} (1 − q^{n+i})/(1 − q^i)`;
    /// after factor `i` the coefficients (degrees `0…k`) are those of `[n+i choose i]_q`, divided by
    /// `C(n+i, i)` so they stay probabilities: divide by `1 − q^i` (running sums), multiply by
    /// `1 − q^{n+i}`, scale by `i/(n+i)`. The division makes the coefficients grow before the
    /// multiplication cancels them again (by a factor near 10⁸ for 350 against 400 values), so they
    /// are carried in double-double arithmetic (`DoubleDouble`, ~32 digits); the result then agrees
    /// with the exact rational value to about 10⁻¹⁴. O(m·k).
    static func exactCDF(_ k: Int, _ m: Int, _ n: Int) -> Double {
        guard k >= 0, m >= 1 else { return k >= 0 ? 1 : 0 }
        var c = [DoubleDouble](repeating: .zero, count: k + 1)
        c[0] = DoubleDouble(1)
        c.withUnsafeMutableBufferPointer { c in
            for i in 1...m {
                if i <= k { for u in i...k { c[u] = c[u] + c[u - i] } }
                let shift = n + i
                if shift <= k { for u in stride(from: k, through: shift, by: -1) { c[u] = c[u] - c[u - shift] } }
                // i/(n+i) rounds to a Double: a relative error below 2⁻⁵³ that scales every
                // coefficient alike, so no cancellation amplifies it (≤ m·2⁻⁵³ in the result).
                let scale = Double(i) / Double(shift)
                for u in 0...k { c[u] = c[u] * scale }
            }
        }
        return min(1, c.reduce(DoubleDouble.zero, +).value)
    }

    private enum CodingKeys: String, CodingKey {
        case u, method, z, pValue, rankBiserial, commonLanguageEffectSize, hasTies
    }

    /// Encodes every key (`z` as `null` for the exact method).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(u, forKey: .u)
        try c.encode(method, forKey: .method)
        try c.encode(z, forKey: .z)
        try c.encode(pValue, forKey: .pValue)
        try c.encode(rankBiserial, forKey: .rankBiserial)
        try c.encode(commonLanguageEffectSize, forKey: .commonLanguageEffectSize)
        try c.encode(hasTies, forKey: .hasTies)
    }
}
