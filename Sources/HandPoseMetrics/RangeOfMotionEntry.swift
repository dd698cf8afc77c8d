/// The measured range of one joint with its normal range.
///
/// JSON: `{"minDeg": 14.9, "maxDeg": 70.2, "rangeDeg": 55.3, "normalMinDeg": 0, "normalMaxDeg": 90,
/// "framesUsed": 1800}`. `minDeg`, `maxDeg` and `rangeDeg` are `null` when the joint could not be
/// measured (the reason is in ``RangeOfMotion/notComputable``); the normal range is always given
/// (`null` only when the table has no row).
public struct RangeOfMotionEntry: Hashable, Sendable, Codable {
    /// Lower percentile (default 2nd) of the smoothed flexion angle, degrees.
    public var minDeg: Double?
    /// Upper percentile (default 98th) of the smoothed flexion angle, degrees.
    public var maxDeg: Double?
    /// `maxDeg − minDeg`, degrees.
    public var rangeDeg: Double?
    /// Lower end of the normal active range, degrees.
    public var normalMinDeg: Double?
    /// Upper end of the normal active range, degrees.
    public var normalMaxDeg: Double?
    /// Recording frames in which the angle was measurable.
    public var framesUsed: Int

    public init(minDeg: Double?, maxDeg: Double?, normal: NormalRange?, framesUsed: Int) {
        self.minDeg = minDeg
        self.maxDeg = maxDeg
        if let minDeg, let maxDeg { rangeDeg = maxDeg - minDeg } else { rangeDeg = nil }
        normalMinDeg = normal?.minDeg
        normalMaxDeg = normal?.maxDeg
        self.framesUsed = framesUsed
    }

    /// An entry without a measurement.
    public static func unmeasured(normal: NormalRange?, framesUsed: Int = 0) -> RangeOfMotionEntry {
        RangeOfMotionEntry(minDeg: nil, maxDeg: nil, normal: normal, framesUsed: framesUsed)
    }

    /// Whether the measured upper end exceeds the normal upper end (`nil` without both).
    public var exceedsNormalMaximum: Bool? {
        guard let maxDeg, let normalMaxDeg else { return nil }
        return maxDeg > normalMaxDeg
    }

    private enum CodingKeys: String, CodingKey { case minDeg, maxDeg, rangeDeg, normalMinDeg, normalMaxDeg, framesUsed }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        minDeg = try c.decodeIfPresent(Double.self, forKey: .minDeg)
        maxDeg = try c.decodeIfPresent(Double.self, forKey: .maxDeg)
        rangeDeg = try c.decodeIfPresent(Double.self, forKey: .rangeDeg)
        normalMinDeg = try c.decodeIfPresent(Double.self, forKey: .normalMinDeg)
        normalMaxDeg = try c.decodeIfPresent(Double.self, forKey: .normalMaxDeg)
        framesUsed = try c.decode(Int.self, forKey: .framesUsed)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(minDeg, forKey: .minDeg)
        try c.encode(maxDeg, forKey: .maxDeg)
        try c.encode(rangeDeg, forKey: .rangeDeg)
        try c.encode(normalMinDeg, forKey: .normalMinDeg)
        try c.encode(normalMaxDeg, forKey: .normalMaxDeg)
        try c.encode(framesUsed, forKey: .framesUsed)
    }
}
