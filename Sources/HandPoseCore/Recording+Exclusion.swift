extension Recording {
    /// The same recording with every frame whose time lies in one of `ranges` marked missing for
    /// both hands: presence false, NaN in all 63 channels, NaN hand score.
    ///
    /// A frame `i` is excluded when `range.lowerBound ≤ timestamps[i] ≤ range.upperBound` for some
    /// range, with times in seconds from the recording's first frame (the ``timestamps`` scale, so a
    /// ``slice(fromSeconds:toSeconds:)`` keeps the original times). Ranges may overlap or lie
    /// partly or wholly outside the recording; frames, timestamps, source and warnings are kept, so
    /// the gap-aware metrics see an ordinary detection gap. Hand tracks stay even when every frame of
    /// a hand is excluded.
    ///
    /// Complexity: O(r · log n) to find the frames plus O(e · 63) to blank them, for r ranges, n
    /// frames and e excluded frames; no copy when nothing is excluded.
    public func excluding(_ ranges: [ClosedRange<Double>]) -> Recording {
        let frames = excludedFrames(ranges)
        guard !frames.isEmpty else { return self }
        var result = self
        for side in HandSide.allCases {
            guard var track = result[side] else { continue }
            for frame in frames {
                track.presence[frame] = false
                for channel in 0..<Channel.count { track.channels[channel][frame] = .nan }
                track.handScore?[frame] = .nan
            }
            result[side] = track
        }
        return result
    }

    /// The frames whose time lies in any of `ranges` (bounds included), ascending and without
    /// repeats.
    ///
    /// Complexity: O(r · log n + e log e) for r ranges, n frames and e frames found.
    public func excludedFrames(_ ranges: [ClosedRange<Double>]) -> [Int] {
        var frames = Set<Int>()
        for range in ranges {
            var frame = firstFrame(atOrAfter: range.lowerBound)
            while frame < timestamps.count, timestamps[frame] <= range.upperBound {
                frames.insert(frame)
                frame += 1
            }
        }
        return frames.sorted()
    }

    /// The index of the first frame at or after `seconds` (``frameCount`` when there is none), by
    /// binary search on the increasing timestamps.
    private func firstFrame(atOrAfter seconds: Double) -> Int {
        var low = 0, high = timestamps.count
        while low < high {
            let middle = (low + high) / 2
            if timestamps[middle] < seconds { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
