import HandPoseQuality

/// What a caller may change about an analysis besides the protocol.
public struct AnalysisOptions: Sendable, Codable, Hashable {
    /// The tremor band in Hz for every movement, overriding the protocol's bands (`--band`).
    public var tremorBandHz: ClosedRange<Double>?
    /// A filter applied to the whole recording before any metric (`--filter`); `nil` applies none
    /// (each metric conditions its own input: tremor band-passes, smoothness and range of motion
    /// low-pass).
    public var filter: ProtocolFilterPreset?
    /// Thresholds of the quality gate.
    public var quality: QualityConfiguration

    public init(tremorBandHz: ClosedRange<Double>? = nil, filter: ProtocolFilterPreset? = nil, quality: QualityConfiguration = .init()) {
        self.tremorBandHz = tremorBandHz
        self.filter = filter
        self.quality = quality
    }
}
