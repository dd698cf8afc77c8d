extension Recording {
    /// The frames whose time lies in `start ..< end` seconds (`end` inclusive when it is the last
    /// frame's time), as a recording of their own: same source, space and warnings, timestamps
    /// still measured from the original first frame.
    ///
    /// Used to analyse one movement of a protocol. Complexity: O(frames · 63) copying.
    public func slice(fromSeconds start: Double, toSeconds end: Double) -> Recording {
        let lower = timestamps.firstIndex { $0 >= start } ?? timestamps.count
        let last = timestamps.last ?? 0
        let upper = end >= last ? timestamps.count : (timestamps.firstIndex { $0 >= end } ?? timestamps.count)
        return slice(frames: lower..<max(lower, upper))
    }

    /// The frames in `range` as a recording of their own.
    public func slice(frames range: Range<Int>) -> Recording {
        precondition(range.lowerBound >= 0 && range.upperBound <= frameCount, "frames \(range) outside 0..<\(frameCount)")
        func cut(_ track: HandTrack?) -> HandTrack? {
            guard let track else { return nil }
            return HandTrack(
                side: track.side, timestamps: Array(track.timestamps[range]),
                channels: track.channels.map { Array($0[range]) }, presence: Array(track.presence[range]),
                handScore: track.handScore.map { Array($0[range]) })
        }
        return Recording(
            timestamps: Array(timestamps[range]), left: cut(left), right: cut(right),
            frameNumbers: frameNumbers.map { Array($0[range]) }, layout: layout, timeBase: timeBase, spatial: spatial,
            mirroredInputCorrected: mirroredInputCorrected, sourcePath: sourcePath, metadata: metadata, warnings: warnings)
    }
}
