/// One metric of one hand in two recordings A and B: both values, the difference and the relative
/// change, or why they are missing. A row of ``RecordingComparison/metricDifferences``.
///
/// JSON (every key always present):
///
///     {"metric": "tremor.amplitudeMm", "hand": "left", "unit": "mm", "valueA": 1.49, "valueB": 2.02,
///      "difference": 0.53, "relativeChange": 0.356, "reason": null}
///
/// - `difference` = B − A, in ``unit``;
/// - `relativeChange` = (B − A)/|A| (a fraction: 0.356 is +35.6 %); dividing by |A| keeps the sign
///   of the difference for negative metrics (SPARC, LDLJ), where a less negative B is a positive
///   change; `null` when A is 0;
/// - `reason` says why any of the numbers is `null` (the metric not computable in A or B, A = 0).
public struct MetricDifference: Sendable, Hashable, Codable {
    /// The metric's key: `tremor.frequencyHz`, `tremor.amplitudeMm`, `tremor.rmsMm`,
    /// `tremor.regularity`, `tremor.tremorTimeFraction`, `smoothness.sparc`, `smoothness.ldljV`,
    /// `confidence`, `rangeOfMotion.<finger>.<joint>` (range in degrees) or
    /// `asymmetry.<metric>` (the bounded index (R − L)/(R + L)).
    public var metric: String
    /// `left` or `right`; `null` for asymmetry indices, which concern both hands.
    public var hand: String?
    /// `Hz`, `mm`, `deg`, a native coordinate unit, or `1` for dimensionless values.
    public var unit: String
    public var valueA: Double?
    public var valueB: Double?
    /// B − A.
    public var difference: Double?
    /// (B − A)/|A|.
    public var relativeChange: Double?
    /// Why a value is `null`.
    public var reason: String?

    /// The row for `valueA` and `valueB`; `reasonA`/`reasonB` explain a missing value.
    public init(metric: String, hand: String?, unit: String, valueA: Double?, valueB: Double?, reasonA: String? = nil, reasonB: String? = nil) {
        self.metric = metric
        self.hand = hand
        self.unit = unit
        self.valueA = valueA
        self.valueB = valueB
        var reasons: [String] = []
        if valueA == nil { reasons.append("not computable in A: \(reasonA ?? "no value")") }
        if valueB == nil { reasons.append("not computable in B: \(reasonB ?? "no value")") }
        if let a = valueA, let b = valueB {
            difference = b - a
            if a != 0 {
                relativeChange = (b - a) / abs(a)
            } else {
                reasons.append("A is 0, so the relative change is undefined")
            }
        }
        reason = reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }

    private enum CodingKeys: String, CodingKey { case metric, hand, unit, valueA, valueB, difference, relativeChange, reason }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metric, forKey: .metric)
        try c.encode(hand, forKey: .hand)
        try c.encode(unit, forKey: .unit)
        try c.encode(valueA, forKey: .valueA)
        try c.encode(valueB, forKey: .valueB)
        try c.encode(difference, forKey: .difference)
        try c.encode(relativeChange, forKey: .relativeChange)
        try c.encode(reason, forKey: .reason)
    }
}
