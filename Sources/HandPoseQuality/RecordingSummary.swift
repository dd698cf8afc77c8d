import HandPoseCore

/// What a recording is: layout, coordinate space and unit, calibration, length, rate, time base,
/// hands and ingest warnings. Encoded under `recording` in the inspect output; optional values are
/// `null`, never omitted.
public struct RecordingSummary: Sendable, Codable, Hashable {
    /// The millimetre calibration of the coordinates.
    public struct Calibration: Sendable, Codable, Hashable {
        /// Millimetres per native unit.
        public var millimetresPerUnit: Double
        /// How it was obtained (`"intrinsic"`, `"hand length 80 mm"`, …).
        public var description: String?
    }

    /// Where the time axis came from.
    public struct TimeBaseSummary: Sendable, Codable, Hashable {
        /// The file's time unit (`seconds`, `milliseconds`, `frameIndex`, …).
        public var source: String
        public var provenance: String
        public var column: String?
        /// The frame rate assumed for a frame-index time base.
        public var assumedFrameRateHz: Double?
        /// `true` when times were derived from an assumed frame rate.
        public var assumed: Bool

        private enum CodingKeys: String, CodingKey { case source, provenance, column, assumedFrameRateHz, assumed }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encode(provenance, forKey: .provenance)
            try c.encode(column, forKey: .column)
            try c.encode(assumedFrameRateHz, forKey: .assumedFrameRateHz)
            try c.encode(assumed, forKey: .assumed)
        }
    }

    /// The source layout (`long`, `wideIndexed`, `wideIndexedOneBased`, `wideNamed`).
    public var layout: String
    /// `worldMetres`, `worldMillimetres`, `imagePixels` or `imageNormalized`.
    public var coordinateSpace: String
    /// The native unit's short name (`m`, `mm`, `px`, `normalized`).
    public var unit: String
    /// How the space was established (`userGiven`, `declared`, `inferred`, `assumed`).
    public var coordinateSpaceProvenance: String
    /// The evidence for the space, in one sentence.
    public var coordinateSpaceReason: String
    /// `"WIDTHxHEIGHT"` when known.
    public var imageSize: String?
    /// Whether x and y share one scale.
    public var isotropic: Bool
    /// The calibration to millimetres; `nil` when uncalibrated.
    public var calibration: Calibration?
    /// Number of frames.
    public var frames: Int
    /// `t_last − t_first` in seconds.
    public var durationSeconds: Double
    /// The nominal sample rate in Hz (see ``QualityReport/nominalSampleRateHz``).
    public var sampleRateHz: Double?
    public var timeBase: TimeBaseSummary
    /// The hands with a track, left first (`["left", "right"]`).
    public var hands: [String]
    /// Whether labels were swapped on reading because the input was mirrored.
    public var mirroredInputCorrected: Bool
    public var sourcePath: String?
    /// The file's `# key: value` metadata.
    public var metadata: [String: String]
    /// What the reader noticed and handled.
    public var warnings: [IngestWarning]

    /// Summarises `recording`; the sample rate uses the default ``QualityConfiguration``.
    public init(_ recording: Recording, configuration: QualityConfiguration = .init()) {
        self.init(recording, timing: FrameTiming(recording: recording, configuration: configuration))
    }

    init(_ recording: Recording, timing: FrameTiming) {
        let spatial = recording.spatial
        layout = recording.layout.rawValue
        coordinateSpace = spatial.space.rawValue
        unit = spatial.space.unitName
        coordinateSpaceProvenance = spatial.provenance.rawValue
        coordinateSpaceReason = spatial.reason
        imageSize = spatial.imageSize?.description
        isotropic = spatial.isIsotropic
        calibration = spatial.millimetresPerUnit.map { Calibration(millimetresPerUnit: $0, description: spatial.calibration) }
        frames = recording.frameCount
        durationSeconds = recording.duration
        sampleRateHz = timing.nominalRateHz.map { quantise($0, 1e-6) }
        timeBase = TimeBaseSummary(
            source: recording.timeBase.source.rawValue, provenance: recording.timeBase.provenance.rawValue,
            column: recording.timeBase.column, assumedFrameRateHz: recording.timeBase.assumedFrameRate,
            assumed: recording.timeBase.isAssumed)
        hands = recording.hands.map(\.side.rawValue)
        mirroredInputCorrected = recording.mirroredInputCorrected
        sourcePath = recording.sourcePath
        metadata = recording.metadata
        warnings = recording.warnings
    }

    private enum CodingKeys: String, CodingKey {
        case layout, coordinateSpace, unit, coordinateSpaceProvenance, coordinateSpaceReason, imageSize, isotropic,
            calibration, frames, durationSeconds, sampleRateHz, timeBase, hands, mirroredInputCorrected, sourcePath,
            metadata, warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(layout, forKey: .layout)
        try c.encode(coordinateSpace, forKey: .coordinateSpace)
        try c.encode(unit, forKey: .unit)
        try c.encode(coordinateSpaceProvenance, forKey: .coordinateSpaceProvenance)
        try c.encode(coordinateSpaceReason, forKey: .coordinateSpaceReason)
        try c.encode(imageSize, forKey: .imageSize)
        try c.encode(isotropic, forKey: .isotropic)
        try c.encode(calibration, forKey: .calibration)
        try c.encode(frames, forKey: .frames)
        try c.encode(durationSeconds, forKey: .durationSeconds)
        try c.encode(sampleRateHz, forKey: .sampleRateHz)
        try c.encode(timeBase, forKey: .timeBase)
        try c.encode(hands, forKey: .hands)
        try c.encode(mirroredInputCorrected, forKey: .mirroredInputCorrected)
        try c.encode(sourcePath, forKey: .sourcePath)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// The full `handpose inspect` document: `{"schemaVersion": 1, "recording": {…}, "quality": {…}}`.
public struct InspectionReport: Sendable, Codable, Hashable {
    /// Version of this JSON shape; bumped on any breaking change.
    public var schemaVersion: Int
    public var recording: RecordingSummary
    public var quality: QualityReport
    /// The configuration the gate ran with.
    public var parameters: QualityConfiguration

    public init(recording: RecordingSummary, quality: QualityReport, parameters: QualityConfiguration) {
        self.schemaVersion = 1
        self.recording = recording
        self.quality = quality
        self.parameters = parameters
    }
}
