/// Every setting that shaped a ``RangeOfMotion``, as written under its `parameters`.
public struct RangeOfMotionParameters: Hashable, Sendable, Codable {
    /// Versioned algorithm id, `rom-flexion-percentile/1`.
    public var algorithm: String
    /// The angle definition in words.
    public var angleDefinition: String
    /// How coordinates were made isotropic (`nil` when the hand was refused before that).
    public var coordinates: String?
    /// Rate of the uniform grid the angles were resampled to, Hz (the median frame rate).
    public var gridSampleRateHz: Double?
    /// Longest gap bridged by linear interpolation on the grid, seconds.
    public var maximumGapSeconds: Double
    /// The smoothing applied, or why none was (`none: …`).
    public var smoothing: String
    /// Low-pass cutoff, Hz, when smoothing was applied.
    public var smoothingCutoffHz: Double?
    /// Butterworth order (per direction).
    public var smoothingOrder: Int
    /// Percentile reported as `minDeg`.
    public var lowerPercentile: Double
    /// Percentile reported as `maxDeg`.
    public var upperPercentile: Double
    /// How percentiles interpolate: `linear` (numpy's default, type 7).
    public var percentileInterpolation: String
    /// Fewest measurable frames for a joint to be reported.
    public var minimumFrames: Int
    /// The normal-range table's id.
    public var normalRanges: String
    /// The normal-range table's source and caveat.
    public var normalRangeSource: String

    /// The id of this method; bump the version when the numbers would change.
    public static let algorithmID = "rom-flexion-percentile/1"

    /// The definition written to `angleDefinition`.
    public static let definition =
        "flexion θ = arccos((B−A)·(C−B)/(|B−A||C−B|)), 0° = straight, unsigned; digits MCP θ(wrist, MCP, PIP), PIP θ(MCP, PIP, DIP), DIP θ(PIP, DIP, tip); thumb MCP θ(CMC, MCP, IP), IP θ(MCP, IP, tip)"
}
