import HandPoseCore
import HandPoseMetrics
import HandPoseQuality

/// Everything handpose measured about one recording: the document `handpose analyze --format json`
/// prints and a service stores.
///
/// Keys follow the output contract (stable camelCase, `schemaVersion`): `recording`, `quality`,
/// `protocol`, `hands.left|right.{tremor, smoothness, rangeOfMotion, confidence}`, `segments` (one
/// per protocol movement), `asymmetry`, `parameters`, `algorithms`, `notComputable` and a plain
/// `summary`. A value that cannot be computed is `null` with its reason in `notComputable`.
public struct ClinicalAnalysis: Codable, Sendable {
    /// Version of this JSON shape; bumped on any breaking change.
    public var schemaVersion: Int
    /// The software that produced the document.
    public var software: Software
    public var recording: RecordingSummary
    public var quality: QualityReport
    /// The protocol the recording was analysed with.
    public var clinicalProtocol: ProtocolIdentity
    /// Whole-recording results per hand (`"left"`, `"right"`).
    public var hands: [String: HandAnalysis]
    /// Results per protocol movement.
    public var segments: [SegmentAnalysis]
    /// Left/right comparison of the whole-recording results.
    public var asymmetry: AsymmetryReport
    /// Every setting that shaped the numbers.
    public var parameters: AnalysisParameters
    /// A versioned id per method used.
    public var algorithms: [String: String]
    /// Every value that could not be computed, with its reason.
    public var notComputable: [NotComputable]
    /// Plain statements of the main findings; never a diagnosis.
    public var summary: [String]

    /// Name and version of the software.
    public struct Software: Codable, Sendable, Hashable {
        public var name: String
        public var version: String
    }

    /// Which protocol, in which version.
    public struct ProtocolIdentity: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var version: String
        /// Notes from laying the protocol onto the recording (shorter or longer than planned).
        public var notes: [String]
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, software, recording, quality, clinicalProtocol = "protocol", hands, segments, asymmetry,
            parameters, algorithms, notComputable, summary
    }

    /// The current ``schemaVersion``.
    public static let currentSchemaVersion = 1
}

/// One hand's results over a stretch of the recording.
public struct HandAnalysis: Codable, Sendable {
    /// Tremor (`null` when not computable; see `notComputable`).
    public var tremor: TremorEstimate?
    /// Smoothness of the wrist's movements.
    public var smoothness: SmoothnessSummary?
    /// Joint ranges of motion (whole recording only).
    public var rangeOfMotion: RangeOfMotion?
    /// How far to trust this hand's numbers, with the factors that lowered it.
    public var confidence: AnalysisConfidence?

    enum CodingKeys: String, CodingKey { case tremor, smoothness, rangeOfMotion, confidence }

    public init(tremor: TremorEstimate? = nil, smoothness: SmoothnessSummary? = nil, rangeOfMotion: RangeOfMotion? = nil, confidence: AnalysisConfidence? = nil) {
        self.tremor = tremor
        self.smoothness = smoothness
        self.rangeOfMotion = rangeOfMotion
        self.confidence = confidence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tremor, forKey: .tremor)
        try container.encode(smoothness, forKey: .smoothness)
        try container.encode(rangeOfMotion, forKey: .rangeOfMotion)
        try container.encode(confidence, forKey: .confidence)
    }
}

/// The results of one protocol movement.
public struct SegmentAnalysis: Codable, Sendable {
    /// Where the movement lies in the recording and how much of it is there.
    public var segment: MovementSegment
    /// Tremor and smoothness per hand within the movement.
    public var hands: [String: HandAnalysis]
    /// Left/right comparison within the movement.
    public var asymmetry: AsymmetryReport?
}

/// The settings an analysis ran with.
public struct AnalysisParameters: Codable, Sendable {
    /// The tremor band of the whole-recording analysis, `[low, high]` Hz.
    public var tremorBandHz: [Double]
    /// The filter applied to the whole recording before any metric (`--filter`), if any.
    public var filter: ProtocolFilterPreset?
    /// Tremor settings.
    public var tremor: TremorConfiguration
    /// Quality-gate thresholds.
    public var quality: QualityConfiguration
    /// How time was handled for spectra.
    public var timeBase: String
    /// The time ranges left out (``AnalysisOptions/excludedRanges``) with their frame counts; the
    /// key is absent when nothing was excluded.
    public var excludedRanges: [ExcludedRange]? = nil
}
