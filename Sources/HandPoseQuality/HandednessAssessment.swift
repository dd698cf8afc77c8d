import HandPoseCore

/// Outcome of the geometric (chirality) check of a hand label; see `ChiralityCheck` for the maths.
public enum GeometricCheck: String, Sendable, Codable, Hashable {
    /// At least 80 % of the decisive frames have the shape of the labelled side.
    case consistent
    /// At least 80 % of the decisive frames have the shape of the other side (mirrored input?).
    case inconsistent
    /// 2-D data, a flat hand, too few frames, or mixed evidence; see `reason`.
    case indeterminate
}

/// Label stability and geometric plausibility of one hand track.
///
/// JSON: `{"labelFlips": 0, "geometricCheck": "consistent", "agreement": 0.98, "framesChecked": 300,
/// "framesDecisive": 291, "meanScore": -0.21, "reason": null}`.
public struct HandednessAssessment: Sendable, Codable, Hashable {
    /// Label-swap events this track takes part in (see `QualityReport.handednessFlips`).
    public var labelFlips: Int
    public var geometricCheck: GeometricCheck
    /// Fraction of decisive frames whose shape agrees with the label; `nil` when none is decisive.
    public var agreement: Double?
    /// Frames scored (at most ``QualityConfiguration/chiralityMaximumFrames``, evenly spaced).
    public var framesChecked: Int
    /// Checked frames with `|s| ≥` ``QualityConfiguration/chiralityScoreThreshold``.
    public var framesDecisive: Int
    /// Mean chirality score `s` in hand lengths (negative = right-hand shape, positive = left).
    public var meanScore: Double?
    /// Why the check is indeterminate; `nil` otherwise.
    public var reason: String?

    public init(
        labelFlips: Int, geometricCheck: GeometricCheck, agreement: Double?, framesChecked: Int,
        framesDecisive: Int, meanScore: Double?, reason: String?
    ) {
        self.labelFlips = labelFlips
        self.geometricCheck = geometricCheck
        self.agreement = agreement
        self.framesChecked = framesChecked
        self.framesDecisive = framesDecisive
        self.meanScore = meanScore
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case labelFlips, geometricCheck, agreement, framesChecked, framesDecisive, meanScore, reason
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(labelFlips, forKey: .labelFlips)
        try c.encode(geometricCheck, forKey: .geometricCheck)
        try c.encode(agreement, forKey: .agreement)
        try c.encode(framesChecked, forKey: .framesChecked)
        try c.encode(framesDecisive, forKey: .framesDecisive)
        try c.encode(meanScore, forKey: .meanScore)
        try c.encode(reason, forKey: .reason)
    }
}
