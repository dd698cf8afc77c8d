/// The smoothness of one movement (or one time range) of one hand.
///
/// JSON (stable keys, `null` where not computable, the reason under `notComputable`):
/// `sparc`, `ldljV`, `ldljA`, `normalizedJerk`, `startSeconds`, `endSeconds`, `durationSeconds`,
/// `sampleCount`, `peakSpeed`, `speedUnit`, `peakSpeedMmPerS`, `sparcCutoffHz`, `parameters`
/// (top-level estimates only), `notComputable`.
///
/// Signs and units: SPARC, LDLJ-V and LDLJ-A are dimensionless and negative, closer to 0 is
/// smoother; normalized jerk (Teulings) is dimensionless and positive, smaller is smoother. None of
/// the four needs a millimetre calibration (all are invariant to the spatial scale); only
/// `peakSpeedMmPerS` does.
public struct SmoothnessEstimate: Sendable, Hashable, Codable {
    /// SPARC of the speed (``SPARC``).
    public var sparc: Double?
    /// LDLJ-V of the velocity vectors (``LDLJ/velocity(_:sampleRate:)``).
    public var ldljV: Double?
    /// LDLJ-A of the acceleration vectors, mean removed (``LDLJ/acceleration(_:sampleRate:removeMean:)``).
    public var ldljA: Double?
    /// Normalized jerk of Teulings et al. (``Jerk/normalized(velocity:sampleRate:)``).
    public var normalizedJerk: Double?
    /// The analysed stretch, seconds on the recording's clock (the longest gap-free stretch of the
    /// requested range).
    public var startSeconds: Double
    public var endSeconds: Double
    /// `endSeconds − startSeconds`.
    public var durationSeconds: Double
    /// Grid samples analysed.
    public var sampleCount: Int
    /// Peak speed in the coordinate unit per second.
    public var peakSpeed: Double?
    /// The coordinate unit of ``peakSpeed`` followed by `/s` (`mm/s`, `px/s`, `normalized/s`).
    public var speedUnit: String
    /// Peak speed in mm/s when the space is metric or calibrated.
    public var peakSpeedMmPerS: Double?
    /// SPARC's adaptive cut-off: the last selected frequency in Hz.
    public var sparcCutoffHz: Double?
    /// The settings behind the values (present on top-level estimates, absent on submovements).
    public var parameters: SmoothnessParameters?
    /// Why any value above is null.
    public var notComputable: [NotComputable]

    public init(
        sparc: Double? = nil, ldljV: Double? = nil, ldljA: Double? = nil, normalizedJerk: Double? = nil, startSeconds: Double,
        endSeconds: Double, sampleCount: Int, peakSpeed: Double? = nil, speedUnit: String, peakSpeedMmPerS: Double? = nil,
        sparcCutoffHz: Double? = nil, parameters: SmoothnessParameters? = nil, notComputable: [NotComputable] = []
    ) {
        self.sparc = sparc
        self.ldljV = ldljV
        self.ldljA = ldljA
        self.normalizedJerk = normalizedJerk
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.durationSeconds = endSeconds - startSeconds
        self.sampleCount = sampleCount
        self.peakSpeed = peakSpeed
        self.speedUnit = speedUnit
        self.peakSpeedMmPerS = peakSpeedMmPerS
        self.sparcCutoffHz = sparcCutoffHz
        self.parameters = parameters
        self.notComputable = notComputable
    }

    /// Whether none of the four scores could be computed.
    public var isEmpty: Bool { sparc == nil && ldljV == nil && ldljA == nil && normalizedJerk == nil }

    private enum CodingKeys: String, CodingKey {
        case sparc, ldljV, ldljA, normalizedJerk, startSeconds, endSeconds, durationSeconds, sampleCount, peakSpeed, speedUnit
        case peakSpeedMmPerS, sparcCutoffHz, parameters, notComputable
    }

    /// Encodes every score key, `null` when absent (the output contract), and `parameters` only when present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sparc, forKey: .sparc)
        try container.encode(ldljV, forKey: .ldljV)
        try container.encode(ldljA, forKey: .ldljA)
        try container.encode(normalizedJerk, forKey: .normalizedJerk)
        try container.encode(startSeconds, forKey: .startSeconds)
        try container.encode(endSeconds, forKey: .endSeconds)
        try container.encode(durationSeconds, forKey: .durationSeconds)
        try container.encode(sampleCount, forKey: .sampleCount)
        try container.encode(peakSpeed, forKey: .peakSpeed)
        try container.encode(speedUnit, forKey: .speedUnit)
        try container.encode(peakSpeedMmPerS, forKey: .peakSpeedMmPerS)
        try container.encode(sparcCutoffHz, forKey: .sparcCutoffHz)
        try container.encodeIfPresent(parameters, forKey: .parameters)
        try container.encode(notComputable, forKey: .notComputable)
    }
}
