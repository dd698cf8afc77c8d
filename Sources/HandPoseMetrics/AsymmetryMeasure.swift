/// One per-hand metric's left and right values, the input of ``AsymmetryReport``.
public struct AsymmetryMeasure: Hashable, Sendable {
    /// What the metric's values look like, which decides how an index is taken.
    public enum Scale: String, Hashable, Sendable, Codable {
        /// Values ≥ 0 (amplitudes, frequencies, ranges, normalized jerk): the index uses the values.
        case nonNegative
        /// Values < 0 where a larger magnitude means more of the quantity (SPARC, LDLJ,
        /// dimensionless jerk: more negative = less smooth): the index uses the magnitudes |L|, |R|,
        /// so a positive index still means "more on the right" (right hand less smooth).
        case negative
        /// Values that can cross zero (offsets, signed drifts): no ratio index is meaningful.
        case signed
    }

    /// The left hand's value, `nil` when the hand is missing or the metric not computable for it.
    public var left: Double?
    /// The right hand's value, `nil` likewise.
    public var right: Double?
    /// How the values are read.
    public var scale: Scale

    public init(left: Double?, right: Double?, scale: Scale = .nonNegative) {
        self.left = left
        self.right = right
        self.scale = scale
    }

    /// The scale of handpose's metric names: `negative` for names containing `sparc`, `ldlj` or
    /// `dimensionlessJerk` (any case), `nonNegative` otherwise.
    public static func conventionalScale(forMetric metric: String) -> Scale {
        let name = metric.lowercased()
        return ["sparc", "ldlj", "dimensionlessjerk"].contains { name.contains($0) } ? .negative : .nonNegative
    }
}
