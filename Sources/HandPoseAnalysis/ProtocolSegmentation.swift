/// A protocol laid over one recording: one ``MovementSegment`` per movement, in protocol order.
public struct ProtocolSegmentation: Codable, Sendable, Hashable {
    /// The protocol's id.
    public var protocolID: String
    /// The protocol's version.
    public var protocolVersion: String
    /// The recording's length in seconds (first frame to the end of the last frame's period).
    public var recordingDurationSeconds: Double
    /// The protocol's planned length; `nil` when its last movement runs to the end of the recording.
    public var plannedDurationSeconds: Double?
    /// Recorded time after the last planned end, belonging to no movement (0 when none).
    public var unplannedSeconds: Double
    /// One segment per movement.
    public var segments: [MovementSegment]
    /// What the clinician should know about the fit of recording and protocol (a short recording,
    /// time beyond the plan); empty when they match.
    public var notes: [String]

    public init(
        protocolID: String, protocolVersion: String, recordingDurationSeconds: Double, plannedDurationSeconds: Double?,
        unplannedSeconds: Double, segments: [MovementSegment], notes: [String]
    ) {
        self.protocolID = protocolID
        self.protocolVersion = protocolVersion
        self.recordingDurationSeconds = recordingDurationSeconds
        self.plannedDurationSeconds = plannedDurationSeconds
        self.unplannedSeconds = unplannedSeconds
        self.segments = segments
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case protocolID = "protocolId", protocolVersion, recordingDurationSeconds, plannedDurationSeconds
        case unplannedSeconds, segments, notes
    }

    /// Whether every movement was recorded in full.
    public var isComplete: Bool { segments.allSatisfy { $0.status == .complete } }

    /// The segment of the movement named `name`.
    public func segment(named name: String) -> MovementSegment? { segments.first { $0.name == name } }
}
