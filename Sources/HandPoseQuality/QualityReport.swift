import HandPoseCore

/// Everything the quality gate measured about a recording, with the flags and the verdict.
///
/// Encoded under `quality` in the inspect output. Keys are stable camelCase; a value that could not
/// be measured is `null` (never omitted). Per-hand dictionaries are keyed `"left"` / `"right"` and
/// hold only the hands the recording has.
public struct QualityReport: Sendable, Codable, Hashable {
    /// Nominal rate in Hz: the declared `nominal_fps` when consistent with the timestamps, else
    /// `1 / median(Δt)`.
    public var nominalSampleRateHz: Double?
    /// Where the nominal rate came from: `metadata`, `medianInterval` or `assumed`.
    public var nominalSampleRateSource: String
    /// `(frames − 1) / duration` in Hz; lower than nominal when frames were dropped.
    public var effectiveSampleRateHz: Double?
    /// Median frame interval in ms.
    public var medianFrameIntervalMs: Double?
    /// Sample standard deviation (ms) of the frame intervals shorter than 1.5 × the median.
    public var jitterMs: Double?
    /// 95th percentile (ms) of `|Δt − median|` over the same intervals.
    public var jitterP95Ms: Double?
    /// `Σ max(0, round(Δt / median) − 1)`: frames missing from the timeline.
    public var droppedFrames: Int
    /// `nominalSampleRateHz / 2`.
    public var nyquistHz: Double?
    /// The tremor band checked, `[lower, upper]` Hz.
    public var tremorBandHz: [Double]
    /// Whether Nyquist exceeds the band's upper edge.
    public var coversTremorBand: Bool
    /// Longest stretch without the hand, seconds, per hand.
    public var longestGapSeconds: [String: Double]
    /// Fraction of frames in which the hand was detected, per hand.
    public var handPresence: [String: Double]
    /// Label-swap events in the recording.
    public var handednessFlips: Int
    /// Label-swap events per minute of recording; `nil` for a zero-length recording.
    public var handednessFlipsPerMinute: Double?
    /// Label stability and geometric label check, per hand.
    public var handedness: [String: HandednessAssessment]
    /// In-band landmark-jitter noise floor, per hand.
    public var noiseFloor: [String: NoiseFloorEstimate]
    /// Every problem found, most severe first.
    public var flags: [QualityFlag]
    /// `poor` with any critical flag, `usable` with warnings, else `good`.
    public var verdict: QualityVerdict

    public init(
        nominalSampleRateHz: Double?, nominalSampleRateSource: String, effectiveSampleRateHz: Double?,
        medianFrameIntervalMs: Double?, jitterMs: Double?, jitterP95Ms: Double?, droppedFrames: Int,
        nyquistHz: Double?, tremorBandHz: [Double], coversTremorBand: Bool, longestGapSeconds: [String: Double],
        handPresence: [String: Double], handednessFlips: Int, handednessFlipsPerMinute: Double?,
        handedness: [String: HandednessAssessment], noiseFloor: [String: NoiseFloorEstimate], flags: [QualityFlag]
    ) {
        self.nominalSampleRateHz = nominalSampleRateHz
        self.nominalSampleRateSource = nominalSampleRateSource
        self.effectiveSampleRateHz = effectiveSampleRateHz
        self.medianFrameIntervalMs = medianFrameIntervalMs
        self.jitterMs = jitterMs
        self.jitterP95Ms = jitterP95Ms
        self.droppedFrames = droppedFrames
        self.nyquistHz = nyquistHz
        self.tremorBandHz = tremorBandHz
        self.coversTremorBand = coversTremorBand
        self.longestGapSeconds = longestGapSeconds
        self.handPresence = handPresence
        self.handednessFlips = handednessFlips
        self.handednessFlipsPerMinute = handednessFlipsPerMinute
        self.handedness = handedness
        self.noiseFloor = noiseFloor
        self.flags = flags
        self.verdict = QualityVerdict(flags: flags)
    }

    /// Whether a flag with `code` was raised (for any hand).
    public func has(_ code: QualityFlag.Code) -> Bool { flags.contains { $0.code == code } }

    private enum CodingKeys: String, CodingKey {
        case nominalSampleRateHz, nominalSampleRateSource, effectiveSampleRateHz, medianFrameIntervalMs, jitterMs,
            jitterP95Ms, droppedFrames, nyquistHz, tremorBandHz, coversTremorBand, longestGapSeconds, handPresence,
            handednessFlips, handednessFlipsPerMinute, handedness, noiseFloor, flags, verdict
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nominalSampleRateHz, forKey: .nominalSampleRateHz)
        try c.encode(nominalSampleRateSource, forKey: .nominalSampleRateSource)
        try c.encode(effectiveSampleRateHz, forKey: .effectiveSampleRateHz)
        try c.encode(medianFrameIntervalMs, forKey: .medianFrameIntervalMs)
        try c.encode(jitterMs, forKey: .jitterMs)
        try c.encode(jitterP95Ms, forKey: .jitterP95Ms)
        try c.encode(droppedFrames, forKey: .droppedFrames)
        try c.encode(nyquistHz, forKey: .nyquistHz)
        try c.encode(tremorBandHz, forKey: .tremorBandHz)
        try c.encode(coversTremorBand, forKey: .coversTremorBand)
        try c.encode(longestGapSeconds, forKey: .longestGapSeconds)
        try c.encode(handPresence, forKey: .handPresence)
        try c.encode(handednessFlips, forKey: .handednessFlips)
        try c.encode(handednessFlipsPerMinute, forKey: .handednessFlipsPerMinute)
        try c.encode(handedness, forKey: .handedness)
        try c.encode(noiseFloor, forKey: .noiseFloor)
        try c.encode(flags, forKey: .flags)
        try c.encode(verdict, forKey: .verdict)
    }
}
