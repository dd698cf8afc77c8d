/// Left-right asymmetry of every per-hand metric, as written under `asymmetry` in the analysis.
///
/// JSON: one object per metric at the top level, keyed by the metric's name (so callers read
/// `asymmetry.tremorAmplitude.index`), plus the reasons for every `null` index:
/// ```
/// {"tremorAmplitude": {"left": 1.8, "right": 3.1, "basis": "value", "index": 0.265, …},
///  "sparc": {"left": -1.6, "right": -2.0, "basis": "magnitude", "index": 0.111, …},
///  "notComputable": [{"metric": "asymmetry.tremorFrequency", "reason": "…"}]}
/// ```
///
/// Rules (a metric's index is `null`, with its reason, when any applies):
/// - handedness is unreliable (label flips, geometry disagreeing with the label): left and right
///   may be swapped, so no index is given for any metric; raw values are still shown;
/// - a hand has no value (missing hand, or the metric not computable for it);
/// - ``AsymmetryMeasure/Scale-swift.enum/nonNegative``: a value is negative, or both are 0;
/// - ``AsymmetryMeasure/Scale-swift.enum/negative`` (SPARC, LDLJ, dimensionless jerk, where
///   more negative = less smooth): indices are taken on magnitudes |L|, |R| so that they stay
///   bounded and a positive index still means "more on the right" (the right hand less smooth);
///   a value ≥ 0 breaks that reading and is refused;
/// - ``AsymmetryMeasure/Scale-swift.enum/signed``: never (a ratio of zero-crossing values is
///   meaningless).
/// `logRatioPercent` alone is also `null` when a value is 0 (the log is infinite); that needs no
/// separate reason.
///
/// See ``AsymmetryIndex`` for the formulas and citations. O(metrics).
public struct AsymmetryReport: Hashable, Sendable, Codable {
    /// One entry per metric name.
    public var metrics: [String: AsymmetryEntry]
    /// Why indices are `null`, metric `asymmetry.<name>`.
    public var notComputable: [NotComputable]

    /// Builds the report from per-hand values.
    ///
    /// - Parameters:
    ///   - measures: metric name → left and right values (e.g. `tremorAmplitude`,
    ///     `tremorFrequency`, `sparc`, `ldljV`, `rangeOfMotion.index.mcp`).
    ///   - handednessProblem: `nil` when the hand labels are trustworthy, otherwise why not (e.g.
    ///     "the hand labels swap 3 times"); every index is then `null` with that reason.
    /// - Precondition: no metric is named `notComputable`.
    public init(_ measures: [String: AsymmetryMeasure], handednessProblem: String? = nil) {
        precondition(measures["notComputable"] == nil, "`notComputable` is reserved and cannot name a metric")
        var metrics: [String: AsymmetryEntry] = [:]
        var reasons: [NotComputable] = []
        for name in measures.keys.sorted() {
            let measure = measures[name]!
            let (entry, reason) = Self.entry(measure, handednessProblem: handednessProblem)
            metrics[name] = entry
            if let reason { reasons.append(NotComputable("asymmetry.\(name)", reason)) }
        }
        self.metrics = metrics
        notComputable = reasons
    }

    /// The entry of `metric`, if the report has one.
    public subscript(metric: String) -> AsymmetryEntry? { metrics[metric] }

    /// The reason `metric` has no index, if it has none.
    public func reason(for metric: String) -> String? {
        notComputable.first { $0.metric == "asymmetry.\(metric)" }?.reason
    }

    /// The entry of one measure, or the reason its indices are null.
    static func entry(_ measure: AsymmetryMeasure, handednessProblem: String?) -> (AsymmetryEntry, String?) {
        let left = measure.left.flatMap { $0.isFinite ? $0 : nil }
        let right = measure.right.flatMap { $0.isFinite ? $0 : nil }
        let basis = measure.scale == .negative ? "magnitude" : "value"
        func refused(_ reason: String) -> (AsymmetryEntry, String?) {
            (AsymmetryEntry(left: left, right: right, basis: basis, index: nil, logRatioPercent: nil, symmetryAnglePercent: nil), reason)
        }
        if let handednessProblem {
            return refused("handedness is unreliable (\(handednessProblem)), so left and right may be swapped")
        }
        guard let l = left, let r = right else {
            let missing = [left == nil ? "left" : nil, right == nil ? "right" : nil].compactMap { $0 }
            return refused(
                missing.count == 2
                    ? "neither hand has a value"
                    : "the \(missing[0]) hand has no value (the hand is missing or the metric could not be computed for it)")
        }
        let a: Double, b: Double
        switch measure.scale {
        case .signed:
            return refused("the metric is signed and can cross zero, so a ratio of left and right is meaningless")
        case .nonNegative:
            guard l >= 0 && r >= 0 else { return refused("the index needs non-negative values; left \(l), right \(r)") }
            guard l + r > 0 else { return refused("both values are 0; the index is undefined") }
            (a, b) = (l, r)
        case .negative:
            guard l < 0 && r < 0 else {
                return refused("the index compares magnitudes of a negative metric; left \(l), right \(r) are not both negative")
            }
            (a, b) = (-l, -r)
        }
        let logRatio = AsymmetryIndex.logRatioPercent(left: a, right: b)
        return (
            AsymmetryEntry(
                left: left, right: right, basis: basis, index: AsymmetryIndex.bounded(left: a, right: b),
                logRatioPercent: logRatio.isFinite ? logRatio : nil,
                symmetryAnglePercent: AsymmetryIndex.symmetryAnglePercent(left: a, right: b)),
            nil
        )
    }

    // MARK: Codable

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for name in metrics.keys.sorted() { try container.encode(metrics[name]!, forKey: Key(name)) }
        try container.encode(notComputable, forKey: Key("notComputable"))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var metrics: [String: AsymmetryEntry] = [:]
        for key in container.allKeys where key.stringValue != "notComputable" {
            metrics[key.stringValue] = try container.decode(AsymmetryEntry.self, forKey: key)
        }
        self.metrics = metrics
        notComputable = try container.decode([NotComputable].self, forKey: Key("notComputable"))
    }
}
