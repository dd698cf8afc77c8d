extension ClinicalProtocol {
    /// Where a movement is planned on the recording's timeline, in seconds from its first frame.
    public struct PlannedInterval: Codable, Sendable, Hashable {
        /// Planned start.
        public var startSeconds: Double
        /// Planned end; `nil` for a movement that runs to the end of the recording.
        public var endSeconds: Double?

        public init(startSeconds: Double, endSeconds: Double?) {
            self.startSeconds = startSeconds
            self.endSeconds = endSeconds
        }

        /// Planned length; `nil` when open-ended.
        public var durationSeconds: Double? { endSeconds.map { $0 - startSeconds } }
    }

    /// Each movement's planned interval, by the rules of ``Movement``: a duration starts where the
    /// previous movement ends (0 for the first), explicit offsets are absolute.
    ///
    /// For a valid protocol the intervals are in order and do not overlap; for an invalid one they
    /// are what the fields say (``validate(path:)`` reports the conflict). O(movements).
    public var plannedIntervals: [PlannedInterval] {
        var previousEnd = 0.0
        return movements.map { movement in
            let start = movement.startSeconds ?? previousEnd
            let end: Double? =
                if let duration = movement.durationSeconds { start + duration } else { movement.endSeconds }
            previousEnd = end ?? start
            return PlannedInterval(startSeconds: start, endSeconds: end)
        }
    }

    /// The planned length of the whole protocol (the last planned end), or `nil` when its last
    /// movement runs to the end of the recording.
    public var plannedDurationSeconds: Double? {
        plannedIntervals.last.flatMap(\.endSeconds)
    }
}
