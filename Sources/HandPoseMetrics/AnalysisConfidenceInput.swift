/// What ``AnalysisConfidence`` is computed from: the quality gate's flags and a few measured
/// quantities of one hand's analysis. Plain values, so the metrics module does not depend on the
/// quality gate's types; `nil` means "not measured" and adds no penalty of its own.
public struct AnalysisConfidenceInput: Hashable, Sendable, Codable {
    /// How much a flag matters (the quality gate's severities).
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        case info, warning, critical
    }

    /// One quality flag: its stable code (e.g. `droppedFrames`) and severity.
    public struct Flag: Hashable, Sendable, Codable {
        public var code: String
        public var severity: Severity

        public init(_ code: String, _ severity: Severity) {
            self.code = code
            self.severity = severity
        }
    }

    /// The flags that concern this analysis: the recording-wide ones and this hand's.
    public var flags: [Flag]
    /// Fraction of frames in which the hand was detected, in [0, 1].
    public var handPresence: Double?
    /// The in-band noise floor RMS divided by the tremor RMS (same unit), ≥ 0.
    public var noiseToTremorRatio: Double?
    /// The effective frame rate, Hz.
    public var effectiveSampleRateHz: Double?
    /// The upper edge of the tremor band analysed, Hz.
    public var tremorBandUpperHz: Double?
    /// Frame-interval jitter (standard deviation) divided by the median interval, ≥ 0.
    public var jitterFraction: Double?
    /// Fraction of the nominal frames that were dropped, in [0, 1].
    public var droppedFraction: Double?

    public init(
        flags: [Flag] = [], handPresence: Double? = nil, noiseToTremorRatio: Double? = nil,
        effectiveSampleRateHz: Double? = nil, tremorBandUpperHz: Double? = nil, jitterFraction: Double? = nil,
        droppedFraction: Double? = nil
    ) {
        self.flags = flags
        self.handPresence = handPresence
        self.noiseToTremorRatio = noiseToTremorRatio
        self.effectiveSampleRateHz = effectiveSampleRateHz
        self.tremorBandUpperHz = tremorBandUpperHz
        self.jitterFraction = jitterFraction
        self.droppedFraction = droppedFraction
    }
}
