import HandPoseQuality

/// What a caller may change about an analysis besides the protocol.
public struct AnalysisOptions: Sendable, Codable, Hashable {
    /// The tremor band in Hz for every movement, overriding the protocol's bands (`--band`).
    public var tremorBandHz: ClosedRange<Double>?
    /// A filter applied to the whole recording before any metric (`--filter`); `nil` applies none
    /// (each metric conditions its own input: tremor band-passes, smoothness and range of motion
    /// low-pass). With a filter, each tremor estimate reports the share of the amplitude it kept
    /// (``FilterAmplitudeCheck``).
    public var filter: ProtocolFilterPreset?
    /// Thresholds of the quality gate.
    public var quality: QualityConfiguration
    /// Time ranges treated as missing for both hands before anything is measured (artifacts a
    /// clinician annotated); see ``ExcludedRange``. Empty by default.
    public var excludedRanges: [ExcludedRange]

    public init(
        tremorBandHz: ClosedRange<Double>? = nil, filter: ProtocolFilterPreset? = nil, quality: QualityConfiguration = .init(),
        excludedRanges: [ExcludedRange] = []
    ) {
        self.tremorBandHz = tremorBandHz
        self.filter = filter
        self.quality = quality
        self.excludedRanges = excludedRanges
    }

    private enum CodingKeys: String, CodingKey { case tremorBandHz, filter, quality, excludedRanges }

    /// Decodes options; an absent `excludedRanges` is empty (options encoded before it existed).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tremorBandHz = try c.decodeIfPresent(ClosedRange<Double>.self, forKey: .tremorBandHz)
        filter = try c.decodeIfPresent(ProtocolFilterPreset.self, forKey: .filter)
        quality = try c.decode(QualityConfiguration.self, forKey: .quality)
        excludedRanges = try c.decodeIfPresent([ExcludedRange].self, forKey: .excludedRanges) ?? []
    }
}
