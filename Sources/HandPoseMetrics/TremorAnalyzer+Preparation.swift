import HandPoseCore
import HandPoseDSP

extension TremorAnalyzer {
    /// The hand's frame clock `t ≈ phase + n·period`, to which the uniform grid is aligned.
    ///
    /// 1. `T₀` = the median interval between consecutive frames in which the hand is present (a
    ///    dropped frame or a gap makes one long interval, which the median ignores);
    /// 2. each present frame gets a frame number, `nᵢ = nᵢ₋₁ + max(1, round((tᵢ − tᵢ₋₁)/T₀))`, so
    ///    dropped frames are counted;
    /// 3. `period` and `phase` are the least-squares line `tᵢ ≈ phase + nᵢ·period`.
    ///
    /// A grid at the median interval alone drifts against the frames (a 0.3 % error slips a whole
    /// frame every 11 s), so grid points would fall anywhere between samples and linear
    /// interpolation would attenuate a 8 Hz tremor at 30 fps by up to a quarter; on the fitted clock
    /// the grid points sit on the frames up to their timing jitter. `nil` with fewer than two
    /// consecutive present frames.
    static func frameClock(_ track: HandTrack) -> (period: Double, phase: Double)? {
        var intervals: [Double] = []
        intervals.reserveCapacity(track.frameCount)
        for i in 1..<max(1, track.frameCount) where track.presence[i] && track.presence[i - 1] {
            intervals.append(track.timestamps[i] - track.timestamps[i - 1])
        }
        guard let median = median(intervals), median > 0, median.isFinite else { return nil }
        var n = 0.0, previous: Double?
        var count = 0.0, sumN = 0.0, sumT = 0.0, sumNN = 0.0, sumNT = 0.0
        // Centre the times on the first present frame so the sums stay well conditioned.
        var origin: Double?
        for i in 0..<track.frameCount where track.presence[i] {
            let t = track.timestamps[i]
            if let previous { n += max(1, ((t - previous) / median).rounded()) }
            previous = t
            let centred = t - (origin ?? t)
            if origin == nil { origin = t }
            count += 1
            sumN += n
            sumT += centred
            sumNN += n * n
            sumNT += n * centred
        }
        let denominator = count * sumNN - sumN * sumN
        guard let origin, denominator > 0 else { return (median, origin ?? 0) }
        let period = (count * sumNT - sumN * sumT) / denominator
        guard period > 0, period.isFinite, abs(period / median - 1) < 0.5 else { return (median, origin) }
        return (period, origin + (sumT - period * sumN) / count)
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

    /// Makes `start` the first time (the resampler's grid starts at the first time): samples before
    /// it are dropped and, unless a sample lies on it, a sample interpolated linearly between its two
    /// neighbours is put at `start`.
    func alignStart(to start: Double, times: inout [Double], values: inout [[Double]]) {
        guard let next = times.firstIndex(where: { $0 >= start }) else { return }
        if abs(times[next] - start) <= 1e-12 {
            guard next > 0 else { return }
            times.removeFirst(next)
            for a in values.indices { values[a].removeFirst(next) }
            return
        }
        precondition(next > 0, "grid start \(start) s precedes the stretch's first sample \(times[0]) s")
        let fraction = (start - times[next - 1]) / (times[next] - times[next - 1])
        times.replaceSubrange(0..<next, with: [start])
        for a in values.indices {
            let value = values[a][next - 1] + (values[a][next] - values[a][next - 1]) * fraction
            values[a].replaceSubrange(0..<next, with: [value])
        }
    }

    /// One landmark's coordinates over one stretch, on the uniform grid.
    struct Stretch {
        /// Grid values per coordinate, as measured.
        var raw: [[Double]]
        /// The same, band-passed with zero phase.
        var filtered: [[Double]]
        var count: Int { raw[0].count }
    }

    /// The stretches of `landmark`: maximal runs of frames in which the hand is present and every
    /// analysed coordinate is finite, split wherever consecutive valid samples are more than
    /// ``TremorConfiguration/maximumGapSeconds`` apart; each is linearly interpolated onto the
    /// uniform grid of the frame clock (see ``frameClock(_:)``) and kept when it holds at least `minimumCount` grid points.
    ///
    /// - Returns: the kept stretches (band-passed too) and the longest stretch's duration in s.
    func stretches(
        of landmark: Landmark, in track: HandTrack, axes: [Axis], plan: Plan
    ) -> (kept: [Stretch], longestSeconds: Double) {
        let channels = axes.map { track.samples(landmark, $0) }
        var kept: [Stretch] = []
        var longest = 0.0
        var times: [Double] = []
        var values = [[Double]](repeating: [], count: axes.count)
        func flush() {
            defer {
                times.removeAll(keepingCapacity: true)
                for a in values.indices { values[a].removeAll(keepingCapacity: true) }
            }
            guard let first = times.first, let last = times.last else { return }
            longest = max(longest, last - first + 1 / plan.sampleRate)
            // The first grid point on the frame clock at or after the stretch's first sample.
            let start = plan.phase + ((first - plan.phase) * plan.sampleRate - 1e-9).rounded(.up) / plan.sampleRate
            guard start <= last, plan.resampler.gridCount(from: start, to: last) >= plan.minimumCount else { return }
            alignStart(to: start, times: &times, values: &values)
            let raw = values.map { plan.resampler.resample(times: times, values: $0).values }
            let filtered = raw.map { plan.filter.filtfilt($0) }
            kept.append(Stretch(raw: raw, filtered: filtered))
        }
        for frame in 0..<track.frameCount where track.presence[frame] {
            var valid = true
            for channel in channels where !channel[frame].isFinite { valid = false }
            guard valid else { continue }
            let time = track.timestamps[frame]
            if let previous = times.last, time - previous > configuration.maximumGapSeconds { flush() }
            times.append(time)
            for a in channels.indices { values[a].append(channels[a][frame]) }
        }
        flush()
        return (kept, longest)
    }
}
