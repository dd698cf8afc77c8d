/// One row of a normative active range-of-motion table, in degrees.
///
/// JSON: `{"region": "index", "motion": "mcp", "minDeg": 0, "maxDeg": 90, "hyperextensionDeg": 45,
/// "computableFromHandLandmarks": true, "note": null}`.
public struct NormalRange: Hashable, Sendable, Codable {
    /// `thumb`, `index`, `middle`, `ring`, `pinky` or `wrist`.
    public var region: String
    /// The joint (`mcp`, `pip`, `dip`, `ip`) for digits; `flexion`, `extension`, `radialDeviation`,
    /// `ulnarDeviation` for the wrist.
    public var motion: String
    /// Lower end of the normal range, degrees (0 = anatomical zero).
    public var minDeg: Double
    /// Upper end of the normal range, degrees.
    public var maxDeg: Double
    /// Normal hyperextension beyond 0°, degrees, when the table gives one. Hyperextension reads as
    /// positive flexion in handpose's unsigned angles.
    public var hyperextensionDeg: Double?
    /// Whether handpose can measure this motion from the 21 hand landmarks (the wrist needs a
    /// forearm landmark, so it cannot).
    public var computableFromHandLandmarks: Bool
    /// Anything a reader needs to know about the row.
    public var note: String?

    public init(
        region: String, motion: String, minDeg: Double, maxDeg: Double, hyperextensionDeg: Double? = nil,
        computableFromHandLandmarks: Bool = true, note: String? = nil
    ) {
        self.region = region
        self.motion = motion
        self.minDeg = minDeg
        self.maxDeg = maxDeg
        self.hyperextensionDeg = hyperextensionDeg
        self.computableFromHandLandmarks = computableFromHandLandmarks
        self.note = note
    }

    private enum CodingKeys: String, CodingKey {
        case region, motion, minDeg, maxDeg, hyperextensionDeg, computableFromHandLandmarks, note
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(region, forKey: .region)
        try c.encode(motion, forKey: .motion)
        try c.encode(minDeg, forKey: .minDeg)
        try c.encode(maxDeg, forKey: .maxDeg)
        try c.encode(hyperextensionDeg, forKey: .hyperextensionDeg)
        try c.encode(computableFromHandLandmarks, forKey: .computableFromHandLandmarks)
        try c.encode(note, forKey: .note)
    }
}
