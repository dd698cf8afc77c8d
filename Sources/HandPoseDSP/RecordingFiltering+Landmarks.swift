import Dispatch
import HandPoseCore

extension RecordingFiltering {
    /// Returns `recording` with each landmark of each hand filtered by one ``LandmarkParticleFilter``
    /// over its coordinates (x, y and z, or x and y when z is never given), in parallel across
    /// landmarks; timestamps, presence and metadata are unchanged.
    ///
    /// The filter must have been designed for the recording's sample rate.
    public static func apply(_ filter: LandmarkParticleFilter, to recording: Recording) -> (Recording, RecordingFilteringReport) {
        var result = recording
        var hands: [String: ChannelFilteringReport] = [:]
        for track in recording.hands {
            let landmarks = Landmark.allCases
            let results = ConcurrentResults<([[Double]], [Axis], ChannelFilteringReport)>(count: landmarks.count)
            DispatchQueue.concurrentPerform(iterations: landmarks.count) { index in
                let landmark = landmarks[index]
                let axes = Axis.allCases.filter { axis in axis != .z || track[Channel(landmark, .z)].contains(where: \.isFinite) }
                let (filtered, report) = filter.apply(axes.map { track[Channel(landmark, $0)] })
                results[index] = (filtered, axes, report)
            }
            var filtered = track
            var total = ChannelFilteringReport()
            for (index, landmark) in landmarks.enumerated() {
                let (channels, axes, report) = results[index]!
                for (axis, samples) in zip(axes, channels) { filtered.channels[Channel(landmark, axis).index] = samples }
                total.accumulate(report)
                // A z channel left out (never given) is all missing: count it as the per-channel path does.
                if axes.count < 3 { total.missingSamples += track.frameCount }
            }
            result[track.side] = filtered
            hands[track.side.rawValue] = total
        }
        return (result, RecordingFilteringReport(algorithmID: filter.algorithmID, parameters: filter.parameters, hands: hands))
    }
}
