import HandPoseCore
import HandPoseDSP

extension TremorAnalyzer {
    /// The hand's frame clock `t ≈ phase + n·period`, to which the uniform grid is aligned.
    ///
    /// 1. `T₀` = the median interval between consecutive frames in which the hand is present (a
    ///    dropped frame or a gap makes one long interval, which the median ignores);
    /// 2. the clock starts as `t₀ + n·T₀` at the first present frame; each present frame in turn gets
    ///    the frame number nearest to its time on the current clock, `n = round((t − phase)/period)`
    ///    (at least one more than the previous frame's), and the clock is refitted by least squares
    ///    `t ≈ phase + n·period` over the frames numbered so far.
    ///
    /// Numbering against the fitted clock rather than from the previous frame's time keeps a single
    /// late frame (jitter of more than half an interval) from shifting every later number. A grid
    /// at the median interval alone drifts against the frames (a 0.3 % error slips a whole frame every
    /// 11 s), so grid points would fall anywhere between samples and linear interpolation would
    /// attenuate an 8 Hz tremor at 30 fps by up to a quarter; on the fitted clock the grid points sit
    /// on the frames up to their timing jitter. `nil` with fewer than two consecutive present frames.
    /// O(frames).
    static func frameClock(_ track: HandTrack) -> (period: Double, phase: Double)? {
        var intervals: [Double] = []
        intervals.reserveCapacity(track.frameCount)
        for i in 1..<max(1, track.frameCount) where track.presence[i] && track.presence[i - 1] {
            intervals.append(track.timestamps[i] - track.timestamps[i - 1])
        }
        guard let median = median(intervals), median > 0, median.isFinite,
              let firstFrame = track.presence.firstIndex(of: true) else { return nil }
        // Times are centred on the first present frame so the sums stay well conditioned.
        let origin = track.timestamps[firstFrame]
        var period = median, phase = 0.0
        var count = 0.0, sumN = 0.0, sumT = 0.0, sumNN = 0.0, sumNT = 0.0
        var previous = -1.0
        for i in firstFrame..<track.frameCount where track.presence[i] {
            let t = track.timestamps[i] - origin
            let n = max(previous + 1, ((t - phase) / period).rounded())
            previous = n
            count += 1
            sumN += n
            sumT += t
            sumNN += n * n
            sumNT += n * t
            let denominator = count * sumNN - sumN * sumN
            if count >= 2 && denominator > 0 {
                let slope = (count * sumNT - sumN * sumT) / denominator
                if slope > 0.5 * median && slope < 1.5 * median {
                    period = slope
                    phase = (sumT - slope * sumN) / count
                }
            }
        }
        return (period, origin + phase)
    }

    /// Whether depth is analysed: only in metric world spaces (MediaPipe image z is a relative
    /// depth on another scale, ≈ 0 at the wrist), and only when every landmark sample with finite
    /// x and y also has a finite z.
    static func usesDepth(_ track: HandTrack, spatial: SpatialReference) -> Bool {
        guard spatial.space.intrinsicMillimetresPerUnit != nil else { return false }
        for landmark in Landmark.allCases {
            let x = track.samples(landmark, .x), y = track.samples(landmark, .y), z = track.samples(landmark, .z)
            for frame in 0..<track.frameCount where track.presence[frame] && x[frame].isFinite && y[frame].isFinite {
                if !z[frame].isFinite { return false }
            }
        }
        return true
    }

    /// The stretches of `landmark` on the uniform grid, one array per coordinate each.
    ///
    /// A frame is valid when the hand is present and every analysed coordinate is finite. A stretch
    /// runs from a valid frame to the last valid frame before two consecutive valid frames more than
    /// ``TremorConfiguration/maximumGapSeconds`` apart. Its grid starts at the first frame-clock
    /// time `τ₀ ≥ t_first` (``frameClock(_:)``) and steps `1/fs` to the last valid frame; the first
    /// grid value is interpolated between the valid frames around `τ₀` and the rest come from
    /// ``UniformResampler`` (which bridges the invalid frames inside the stretch, all shorter than
    /// the maximum gap). Stretches with fewer than `plan.segmentLength` grid points are skipped.
    ///
    /// - Returns: the kept stretches, the time of each one's first grid point (s, the recording's
    ///   clock) and the longest stretch's duration in s (for the reason when none is kept).
    ///   O(frames) per landmark plus one copy of each kept stretch.
    func stretches(
        of landmark: Landmark, in track: HandTrack, axes: [Axis], plan: Plan
    ) -> (kept: [[[Double]]], longestSeconds: Double, startSeconds: [Double]) {
        let channels = axes.map { track.samples(landmark, $0) }
        let times = track.timestamps
        let presence = track.presence
        var kept: [[[Double]]] = []
        var starts: [Double] = []
        var longest = 0.0
        func isValid(_ frame: Int) -> Bool {
            guard presence[frame] else { return false }
            for channel in channels where !channel[frame].isFinite { return false }
            return true
        }
        func emit(_ first: Int, _ last: Int) {
            longest = max(longest, times[last] - times[first] + 1 / plan.sampleRate)
            // A grid point within 10⁻⁶ of an interval of a frame is taken to be on it.
            let tolerance = 1e-6 / plan.sampleRate
            var start = plan.phase + ((times[first] - plan.phase) * plan.sampleRate - 1e-6).rounded(.up) / plan.sampleRate
            start = max(start, times[first])
            guard start <= times[last], plan.resampler.gridCount(from: start, to: times[last]) >= plan.segmentLength else { return }
            var next = first  // the first valid frame at or after the grid start (within the tolerance)
            while times[next] < start - tolerance || !isValid(next) { next += 1 }
            let onGrid = abs(times[next] - start) <= tolerance
            if onGrid { start = times[next] }
            var previous = next  // the last valid frame before it
            if !onGrid { repeat { previous -= 1 } while !isValid(previous) }
            let from = onGrid ? next : next - 1
            let count = last - from + 1
            let fraction = onGrid ? 0 : (start - times[previous]) / (times[next] - times[previous])
            func slice(_ source: [Double], first value: Double) -> [Double] {
                [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
                    source.withUnsafeBufferPointer { x in
                        buffer.baseAddress!.initialize(from: x.baseAddress! + from, count: count)
                    }
                    buffer[0] = value
                    initialized = count
                }
            }
            let gridTimes = slice(times, first: start)
            starts.append(start)
            let samples = channels.map { channel in
                slice(channel, first: onGrid ? channel[next] : channel[previous] + (channel[next] - channel[previous]) * fraction)
            }
            // One resampling plan for the coordinates: they share the times and usually the missing frames.
            let resampling = gridTimes.withUnsafeBufferPointer { t in
                samples[0].withUnsafeBufferPointer { UniformResamplingPlan(resampler: plan.resampler, times: t, reference: $0) }
            }
            kept.append(samples.map { values in
                let applied = values.withUnsafeBufferPointer { x in
                    [Double](unsafeUninitializedCapacity: resampling.gridCount) { output, initialized in
                        initialized = resampling.apply(x, into: output) ? resampling.gridCount : 0
                    }
                }
                return applied.count == resampling.gridCount ? applied : plan.resampler.resample(times: gridTimes, values: values).values
            })
        }
        var first: Int?
        var last = 0
        for frame in 0..<track.frameCount where isValid(frame) {
            if let start = first, times[frame] - times[last] > configuration.maximumGapSeconds {
                emit(start, last)
                first = nil
            }
            if first == nil { first = frame }
            last = frame
        }
        if let first { emit(first, last) }
        return (kept, longest, starts)
    }
}
