import Dispatch
import HandPoseCore

/// The outcome of filtering a whole recording: per hand, the summed channel reports.
public struct RecordingFilteringReport: Hashable, Sendable, Codable {
    /// The filter's ``ChannelFilter/algorithmID``.
    public var algorithmID: String
    /// The filter's parameters.
    public var parameters: [String: String]
    /// Per hand (`"left"`, `"right"`): counts summed over the 63 channels.
    public var hands: [String: ChannelFilteringReport]

    /// Whether any run anywhere was too short to filter.
    public var hasUnfilteredRuns: Bool { hands.values.contains { $0.unfilteredSamples > 0 } }
}

/// Applies one ``ChannelFilter`` to every channel of every hand of a recording, in parallel across
/// channels (the filter is `Sendable` and `apply` shares no mutable state).
public enum RecordingFiltering {
    /// Returns `recording` with every channel filtered run by run (see ``GapAwareFiltering``); the
    /// timestamps, presence and metadata are unchanged.
    ///
    /// The filter must have been designed for the recording's sample rate: filters treat each run
    /// as uniformly sampled at that rate.
    public static func apply(_ filter: some ChannelFilter, to recording: Recording) -> (Recording, RecordingFilteringReport) {
        var result = recording
        var hands: [String: ChannelFilteringReport] = [:]
        for track in recording.hands {
            let (channels, report) = filterChannels(of: track, with: filter)
            var filtered = track
            filtered.channels = channels
            result[track.side] = filtered
            hands[track.side.rawValue] = report
        }
        return (result, RecordingFilteringReport(algorithmID: filter.algorithmID, parameters: filter.parameters, hands: hands))
    }

    private static func filterChannels(of track: HandTrack, with filter: some ChannelFilter) -> ([[Double]], ChannelFilteringReport) {
        let count = track.channels.count
        let results = ConcurrentResults<([Double], ChannelFilteringReport)>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results[index] = GapAwareFiltering.apply(filter, to: track.channels[index])
        }
        var total = ChannelFilteringReport()
        var channels: [[Double]] = []
        channels.reserveCapacity(count)
        for index in 0..<count {
            let (samples, report) = results[index]!
            channels.append(samples)
            total.accumulate(report)
        }
        return (channels, total)
    }
}
