/// One task of a protocol: what the patient does, for how long, and how its signals are analysed.
///
/// Timing is either a duration, laid end to end after the previous movement (the first starts at
/// t = 0, the recording's first frame), or explicit offsets from the start of the recording:
///
/// | given | the movement spans |
/// |---|---|
/// | `durationSeconds` | previous end ..< previous end + duration |
/// | `startSeconds`, `endSeconds` | start ..< end |
/// | `startSeconds`, `durationSeconds` | start ..< start + duration |
/// | `startSeconds` only | start to the end of the recording (last movement only) |
/// | nothing | previous end to the end of the recording (last movement only) |
///
/// `durationSeconds` with `endSeconds`, or `endSeconds` without `startSeconds`, is refused.
public struct Movement: Codable, Sendable, Hashable {
    /// Identifier within the protocol, kebab-case (`rest-tremor`); unique in its protocol.
    public var name: String
    /// Activation condition.
    public var kind: MovementKind
    /// Planned length in seconds (> 0).
    public var durationSeconds: Double?
    /// Planned start, seconds from the recording's first frame (≥ 0).
    public var startSeconds: Double?
    /// Planned end, seconds from the recording's first frame (> `startSeconds`).
    public var endSeconds: Double?
    /// How many times the task is performed within the movement (≥ 1), e.g. 10 finger-to-nose
    /// excursions.
    public var repetitions: Int?
    /// What the patient is asked to do, in words a clinician can read out.
    public var instructions: String
    /// The tremor band `[low, high]` in Hz for this movement's tremor metrics; default
    /// ``ProtocolFrequencyBand/defaultTremorBand`` (3-12 Hz).
    public var tremorBandHz: ProtocolFrequencyBand?
    /// The filter applied before this movement's metrics; `nil` leaves the choice to the analysis
    /// (its `--filter` option or none).
    public var filterPreset: ProtocolFilterPreset?
    /// The metrics computed for this movement; default the protocol's `requiredMetrics`.
    public var metrics: [ProtocolMetric]?

    public init(
        name: String, kind: MovementKind, durationSeconds: Double? = nil, startSeconds: Double? = nil,
        endSeconds: Double? = nil, repetitions: Int? = nil, instructions: String,
        tremorBandHz: ProtocolFrequencyBand? = nil, filterPreset: ProtocolFilterPreset? = nil,
        metrics: [ProtocolMetric]? = nil
    ) {
        self.name = name
        self.kind = kind
        self.durationSeconds = durationSeconds
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.repetitions = repetitions
        self.instructions = instructions
        self.tremorBandHz = tremorBandHz
        self.filterPreset = filterPreset
        self.metrics = metrics
    }

    /// The band the tremor metrics use: `tremorBandHz` or the 3-12 Hz default.
    public var tremorBand: ProtocolFrequencyBand { tremorBandHz ?? .defaultTremorBand }

    /// Whether the movement runs to the end of the recording (no duration and no end offset).
    public var isOpenEnded: Bool { durationSeconds == nil && endSeconds == nil }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, kind, durationSeconds, startSeconds, endSeconds, repetitions, instructions, tremorBandHz
        case filterPreset, metrics
    }

    public init(from decoder: any Decoder) throws {
        try ProtocolDecoding.rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name),
            kind: try c.decode(MovementKind.self, forKey: .kind),
            durationSeconds: try c.decodeIfPresent(Double.self, forKey: .durationSeconds),
            startSeconds: try c.decodeIfPresent(Double.self, forKey: .startSeconds),
            endSeconds: try c.decodeIfPresent(Double.self, forKey: .endSeconds),
            repetitions: try c.decodeWholeNumberIfPresent(Int.self, forKey: .repetitions),
            instructions: try c.decode(String.self, forKey: .instructions),
            tremorBandHz: try c.decodeIfPresent(ProtocolFrequencyBand.self, forKey: .tremorBandHz),
            filterPreset: try c.decodeIfPresent(ProtocolFilterPreset.self, forKey: .filterPreset),
            metrics: try c.decodeIfPresent([ProtocolMetric].self, forKey: .metrics))
    }
}
