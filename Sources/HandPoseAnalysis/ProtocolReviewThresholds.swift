/// When a stored analysis of this protocol waits for a clinician's review, beyond the quality
/// gate's `poor` verdict.
///
/// ```json
/// "reviewThresholds": { "tremorAmplitudeMm": 5, "minimumConfidence": 0.6 }
/// ```
public struct ProtocolReviewThresholds: Codable, Sendable, Hashable {
    /// A hand whose tremor amplitude (zero-to-peak, mm) is at or above this is queued.
    public var tremorAmplitudeMm: Double?
    /// A hand whose analysis confidence is below this is queued (the store's default is 0.5).
    public var minimumConfidence: Double?

    public init(tremorAmplitudeMm: Double? = nil, minimumConfidence: Double? = nil) {
        self.tremorAmplitudeMm = tremorAmplitudeMm
        self.minimumConfidence = minimumConfidence
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case tremorAmplitudeMm, minimumConfidence
    }

    public init(from decoder: any Decoder) throws {
        try ProtocolDecoding.rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            tremorAmplitudeMm: try c.decodeIfPresent(Double.self, forKey: .tremorAmplitudeMm),
            minimumConfidence: try c.decodeIfPresent(Double.self, forKey: .minimumConfidence))
    }

    func validate(field: String, _ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        if let amplitude = tremorAmplitudeMm, !(amplitude.isFinite && amplitude > 0) {
            throw fail("\(field).tremorAmplitudeMm", "must be a positive number of millimetres, got \(amplitude)")
        }
        if let confidence = minimumConfidence, !(0...1).contains(confidence) {
            throw fail("\(field).minimumConfidence", "must be between 0 and 1, got \(confidence)")
        }
    }
}
