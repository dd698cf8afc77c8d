import HandPoseMetrics
import HandPoseStatistics

/// The two-sample tests of one hand's windowed tremor quantity between recordings A and B: a row of
/// ``RecordingComparison/statisticalTests``.
///
/// Every statistic is oriented **B against A**, like ``MetricDifference/difference``: it is
/// `scipy.stats.ttest_ind(b, a, equal_var=False)` and `scipy.stats.mannwhitneyu(b, a)`, so a
/// positive t, Cohen's d, Hedges' g or rank-biserial r, and a common-language effect size above ½,
/// mean larger values in B; ``MannWhitneyU/u`` is the U of B. p-values are two-sided and
/// symmetric in A and B.
///
/// JSON (every key always present; a test that cannot run is `null` with its reason in
/// `notComputable`, metric `welch`, `mannWhitney`, `effectSize` or `windows`):
///
///     {"hand": "left", "quantity": "tremorAmplitude", "unit": "mm", "windowSeconds": 4, "hopSeconds": 4,
///      "a": {"count": 15, "mean": 1.5, …}, "b": {"count": 15, "mean": 2.2, …}, "meanDifference": 0.7,
///      "welch": {"t": 5.1, "degreesOfFreedom": 26.3, "pValue": 2.4e-05, …},
///      "mannWhitney": {"u": 210, "method": "asymptotic", "pValue": 1.1e-05, …},
///      "effectSize": {"cohenD": 1.86, "hedgesG": 1.81, "magnitude": "large", …}, "notComputable": []}
public struct WindowedTremorTest: Sendable, Hashable, Codable {
    /// The windowed quantity compared.
    public enum Quantity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Zero-to-peak tremor amplitude per window.
        case tremorAmplitude
        /// Dominant tremor frequency per window.
        case tremorFrequency
    }

    public var hand: String
    public var quantity: Quantity
    /// `mm`, `Hz`, or a native coordinate unit for amplitudes without a millimetre calibration.
    public var unit: String
    /// Window length of A's windows, s (`null` without windows).
    public var windowSeconds: Double?
    /// Window hop of A's windows, s; equal to ``windowSeconds`` for non-overlapping windows.
    public var hopSeconds: Double?
    /// The windows of A.
    public var a: SampleSummary
    /// The windows of B.
    public var b: SampleSummary
    /// mean(B) − mean(A).
    public var meanDifference: Double?
    /// Welch's t-test of B against A.
    public var welch: WelchTTest?
    /// The Mann–Whitney U test of B against A (scipy's automatic choice of exact or asymptotic).
    public var mannWhitney: MannWhitneyU?
    /// Cohen's d and Hedges' g of B against A.
    public var effectSize: StandardizedMeanDifference?
    /// Why a test is `null`.
    public var notComputable: [NotComputable]

    /// Runs every test on the window values of A and B (`nil` when a recording has no windows,
    /// with the reason in `reasonA`/`reasonB`).
    public init(
        hand: String, quantity: Quantity, unit: String, windowSeconds: Double?, hopSeconds: Double?,
        a: [Double]?, b: [Double]?, reasonA: String? = nil, reasonB: String? = nil
    ) {
        self.hand = hand
        self.quantity = quantity
        self.unit = unit
        self.windowSeconds = windowSeconds
        self.hopSeconds = hopSeconds
        self.a = SampleSummary(a ?? [])
        self.b = SampleSummary(b ?? [])
        notComputable = []
        guard let a, let b else {
            if a == nil { notComputable.append(NotComputable("windows", "A has no tremor windows: \(reasonA ?? "not computed")")) }
            if b == nil { notComputable.append(NotComputable("windows", "B has no tremor windows: \(reasonB ?? "not computed")")) }
            return
        }
        if let meanA = self.a.mean, let meanB = self.b.mean { meanDifference = meanB - meanA }
        do { welch = try WelchTTest(b, a) } catch { notComputable.append(NotComputable("welch", error.message)) }
        do { mannWhitney = try MannWhitneyU(b, a) } catch { notComputable.append(NotComputable("mannWhitney", error.message)) }
        do { effectSize = try StandardizedMeanDifference(b, a) } catch { notComputable.append(NotComputable("effectSize", error.message)) }
    }

    private enum CodingKeys: String, CodingKey {
        case hand, quantity, unit, windowSeconds, hopSeconds, a, b, meanDifference, welch, mannWhitney, effectSize, notComputable
    }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(hand, forKey: .hand)
        try c.encode(quantity, forKey: .quantity)
        try c.encode(unit, forKey: .unit)
        try c.encode(windowSeconds, forKey: .windowSeconds)
        try c.encode(hopSeconds, forKey: .hopSeconds)
        try c.encode(a, forKey: .a)
        try c.encode(b, forKey: .b)
        try c.encode(meanDifference, forKey: .meanDifference)
        try c.encode(welch, forKey: .welch)
        try c.encode(mannWhitney, forKey: .mannWhitney)
        try c.encode(effectSize, forKey: .effectSize)
        try c.encode(notComputable, forKey: .notComputable)
    }
}
