import HandPoseCore

/// Maps a protocol's movements onto a recording's timeline. Pure: the same protocol and duration
/// always give the same segments.
///
/// Each movement gets its planned interval (``ClinicalProtocol/plannedIntervals``: durations laid
/// end to end from t = 0, or explicit offsets), clipped to the recording `[0, D)`:
///
/// | recording end D | segment |
/// |---|---|
/// | D ≥ planned end − tolerance | `complete`, `[start, min(end, D))` |
/// | start < D < planned end − tolerance | `truncated`, `[start, D)`, coverage (D − start)/(end − start) |
/// | D ≤ start | `missing`, no interval, coverage 0 |
/// | open-ended movement, D > start | `complete`, `[start, D)`, coverage 1 |
///
/// Time recorded after the last planned end belongs to no segment and is reported as
/// ``ProtocolSegmentation/unplannedSeconds``. `free-recording` (one open-ended movement) yields one
/// segment over the whole file. O(movements).
public enum ProtocolSegmenter {
    /// Missing time up to which a movement still counts as complete: absorbs timestamp rounding and
    /// jitter at the end of a recording that was stopped on time.
    public static let defaultToleranceSeconds = 0.1

    /// Segments a recording of `recordingDurationSeconds` (first frame to the end of the last
    /// frame's period; negative or NaN is taken as 0).
    public static func segment(
        _ clinicalProtocol: ClinicalProtocol, recordingDurationSeconds: Double,
        toleranceSeconds: Double = defaultToleranceSeconds
    ) -> ProtocolSegmentation {
        let duration = recordingDurationSeconds > 0 ? recordingDurationSeconds : 0
        let tolerance = toleranceSeconds > 0 ? toleranceSeconds : 0
        let intervals = clinicalProtocol.plannedIntervals
        var segments: [MovementSegment] = []
        segments.reserveCapacity(intervals.count)
        for (index, (movement, planned)) in zip(clinicalProtocol.movements, intervals).enumerated() {
            let placement = place(planned, recordingEnd: duration, tolerance: tolerance)
            segments.append(
                MovementSegment(
                    index: index, name: movement.name, kind: movement.kind, plannedStartSeconds: planned.startSeconds,
                    plannedEndSeconds: planned.endSeconds, startSeconds: placement.start, endSeconds: placement.end,
                    coverage: placement.coverage, status: placement.status, reason: placement.reason,
                    repetitions: movement.repetitions, tremorBandHz: movement.tremorBand,
                    filterPreset: movement.filterPreset, metrics: clinicalProtocol.metrics(for: movement)))
        }

        let planned = clinicalProtocol.plannedDurationSeconds
        let unplanned = planned.map { max(0, duration - $0) } ?? 0
        var notes: [String] = []
        let incomplete = segments.filter { $0.status != .complete }
        if let planned, !incomplete.isEmpty {
            let names = incomplete.map { "\($0.name) (\($0.status.rawValue))" }.joined(separator: ", ")
            notes.append(
                "The recording lasts \(format(duration)) s, shorter than the protocol's planned \(format(planned)) s: \(names).")
        } else if planned == nil, !incomplete.isEmpty {
            notes.append("The recording lasts \(format(duration)) s and ends before \(incomplete.map(\.name).joined(separator: ", ")) begins.")
        }
        if let planned, unplanned > tolerance {
            notes.append(
                "The recording runs \(format(unplanned)) s past the protocol's planned \(format(planned)) s; that time belongs to no movement.")
        }
        return ProtocolSegmentation(
            protocolID: clinicalProtocol.id, protocolVersion: clinicalProtocol.version, recordingDurationSeconds: duration,
            plannedDurationSeconds: planned, unplannedSeconds: unplanned, segments: segments, notes: notes)
    }

    /// Segments a recording given its frame times (seconds, non-decreasing): its duration is
    /// `last − first` plus one median frame interval, since each frame stands for one frame period.
    public static func segment(
        _ clinicalProtocol: ClinicalProtocol, timestamps: [Double], toleranceSeconds: Double = defaultToleranceSeconds
    ) -> ProtocolSegmentation {
        segment(clinicalProtocol, recordingDurationSeconds: duration(of: timestamps), toleranceSeconds: toleranceSeconds)
    }

    /// Segments `recording` by its timestamps.
    public static func segment(
        _ clinicalProtocol: ClinicalProtocol, recording: Recording, toleranceSeconds: Double = defaultToleranceSeconds
    ) -> ProtocolSegmentation {
        segment(clinicalProtocol, timestamps: recording.timestamps, toleranceSeconds: toleranceSeconds)
    }

    /// `last − first + median(Δt)` (the upper median); 0 for fewer than two frames. O(n) on average.
    public static func duration(of timestamps: [Double]) -> Double {
        guard timestamps.count >= 2, let first = timestamps.first, let last = timestamps.last else { return 0 }
        var steps: [Double] = []
        steps.reserveCapacity(timestamps.count - 1)
        for i in 1..<timestamps.count where timestamps[i].isFinite && timestamps[i - 1].isFinite {
            steps.append(timestamps[i] - timestamps[i - 1])
        }
        let median = steps.isEmpty ? 0 : OrderStatistics.select(steps.count / 2, in: &steps)
        return max(0, last - first + median)
    }

    private struct Placement {
        var start: Double?, end: Double?, coverage: Double, status: MovementSegment.Status, reason: String?
    }

    private static func place(_ planned: ClinicalProtocol.PlannedInterval, recordingEnd: Double, tolerance: Double) -> Placement {
        let start = planned.startSeconds
        guard recordingEnd > start else {
            return Placement(
                start: nil, end: nil, coverage: 0, status: .missing,
                reason: "the recording ends at \(format(recordingEnd)) s, before this movement's planned start at \(format(start)) s")
        }
        guard let plannedEnd = planned.endSeconds else {
            return Placement(start: start, end: recordingEnd, coverage: 1, status: .complete, reason: nil)
        }
        let end = min(plannedEnd, recordingEnd)
        let coverage = min(1, max(0, (end - start) / (plannedEnd - start)))
        if recordingEnd >= plannedEnd - tolerance {
            return Placement(start: start, end: end, coverage: coverage, status: .complete, reason: nil)
        }
        return Placement(
            start: start, end: end, coverage: coverage, status: .truncated,
            reason: "the recording ends at \(format(recordingEnd)) s, \(format(plannedEnd - recordingEnd)) s before this movement's planned end at \(format(plannedEnd)) s (\(Int((coverage * 100).rounded(.down)))% recorded)")
    }

    /// Seconds to at most two decimals, without trailing zeros.
    static func format(_ seconds: Double) -> String {
        let rounded = (seconds * 100).rounded() / 100
        return ProtocolFrequencyBand.format(rounded)
    }
}
