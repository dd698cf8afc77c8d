/// One movement of a protocol placed on a recording's timeline: where it was planned, what part of
/// it the recording holds, and how it is to be analysed.
///
/// Times are seconds from the recording's first frame. A recording shorter than the protocol
/// yields `truncated` and `missing` segments with a reason; that is a result, not an error.
public struct MovementSegment: Codable, Sendable, Hashable {
    /// How much of the planned movement the recording holds.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        /// The whole planned interval (within the segmenter's tolerance).
        case complete
        /// The recording ends inside the planned interval.
        case truncated
        /// The recording ends before the movement was due to start.
        case missing
    }

    /// Position of the movement in the protocol.
    public var index: Int
    /// The movement's name.
    public var name: String
    /// Its activation condition.
    public var kind: MovementKind
    /// Planned start.
    public var plannedStartSeconds: Double
    /// Planned end; `nil` for a movement that runs to the end of the recording.
    public var plannedEndSeconds: Double?
    /// Start of the recorded part; `nil` when missing.
    public var startSeconds: Double?
    /// End of the recorded part (exclusive); `nil` when missing.
    public var endSeconds: Double?
    /// Recorded share of the planned time in [0, 1] (1 for an open-ended movement that was recorded).
    public var coverage: Double
    /// Complete, truncated or missing.
    public var status: Status
    /// Why the segment is truncated or missing; `nil` when complete.
    public var reason: String?
    /// Planned repetitions, when the protocol gives them.
    public var repetitions: Int?
    /// The tremor band for this segment's tremor metrics (the movement's or the 3-12 Hz default).
    public var tremorBandHz: ProtocolFrequencyBand
    /// The filter applied before this segment's metrics; `nil`: the analysis's choice.
    public var filterPreset: ProtocolFilterPreset?
    /// The metrics to compute for this segment.
    public var metrics: [ProtocolMetric]

    public init(
        index: Int, name: String, kind: MovementKind, plannedStartSeconds: Double, plannedEndSeconds: Double?,
        startSeconds: Double?, endSeconds: Double?, coverage: Double, status: Status, reason: String?,
        repetitions: Int?, tremorBandHz: ProtocolFrequencyBand, filterPreset: ProtocolFilterPreset?,
        metrics: [ProtocolMetric]
    ) {
        self.index = index
        self.name = name
        self.kind = kind
        self.plannedStartSeconds = plannedStartSeconds
        self.plannedEndSeconds = plannedEndSeconds
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.coverage = coverage
        self.status = status
        self.reason = reason
        self.repetitions = repetitions
        self.tremorBandHz = tremorBandHz
        self.filterPreset = filterPreset
        self.metrics = metrics
    }

    /// Recorded length in seconds (0 when missing).
    public var durationSeconds: Double {
        guard let startSeconds, let endSeconds else { return 0 }
        return endSeconds - startSeconds
    }

    /// The frames of `timestamps` inside the recorded part: the indices i with
    /// `startSeconds ≤ timestamps[i] − timestamps[0] < endSeconds`. Empty when missing.
    ///
    /// `timestamps` must be non-decreasing (as a `Recording`'s are). O(log n).
    public func frameRange(in timestamps: [Double]) -> Range<Int> {
        guard let startSeconds, let endSeconds, let origin = timestamps.first else { return 0..<0 }
        let lower = Self.firstIndex(in: timestamps, notBefore: origin + startSeconds)
        let upper = Self.firstIndex(in: timestamps, notBefore: origin + endSeconds)
        return lower..<max(lower, upper)
    }

    /// The first index whose timestamp is ≥ `time` (binary search).
    private static func firstIndex(in timestamps: [Double], notBefore time: Double) -> Int {
        var low = 0, high = timestamps.count
        while low < high {
            let middle = (low + high) / 2
            if timestamps[middle] < time { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
