import HandPoseCore

/// Splits a speed profile into discrete rest-to-rest movements with a speed threshold.
///
/// SPARC and LDLJ are defined for one discrete movement; a long or rhythmic recording must be cut
/// into its submovements first (Balasubramanian et al. 2015, doi:10.1186/s12984-015-0090-9, §
/// "rhythmic movements"). The rule, on a uniformly sampled speed `v_k ≥ 0`:
///
/// 1. **Threshold** `θ = min(½·v_max, max(thresholdFraction · v_max, noiseMultiplier · P₂₀(v)))`:
///    10 % of the peak speed (the usual rest-to-rest criterion for clean motion capture), raised to
///    3 × the 20th percentile of the speed when that is higher — on video landmarks the "rest"
///    speed is landmark noise, and P₂₀ measures it as long as the hand rests a fifth of the time.
/// 2. **Cores**: maximal runs with `v_k ≥ θ`. Cores separated by less than `minimumRestSeconds`
///    (default 0.1 s) below threshold are merged: a dip that short is an arrest inside one movement
///    (which SPARC should penalise), not a rest between two.
/// 3. **Rest to rest**: each core is extended outward while the speed keeps falling (to the local
///    minimum on either side: zero speed on clean data, the noise floor on real data), never into a
///    neighbouring movement, so the segment starts and ends at rest as the reference's examples
///    do. LDLJ depends on the duration, so cutting the tails at a rest threshold would bias it. A segment whose first or
///    last sample is still at or above `θ` was cut by a gap or the end of the data and is marked
///    incomplete (``Submovement/isComplete``).
/// 4. Segments shorter than `minimumDurationSeconds` (default 0.3 s) are dropped as too short to
///    be a voluntary movement (noise bursts, tremor beats). Segments longer than
///    `maximumDurationSeconds` are kept but flagged by ``SmoothnessAnalyzer`` as continuous motion.
///
/// NaN speeds (gaps) end a movement: a segment never spans a gap. Complexity O(N), one pass per step.
public struct SubmovementSegmenter: Sendable, Hashable, Codable {
    /// Threshold as a fraction of the profile's peak speed, in (0, 1).
    public var thresholdFraction: Double
    /// Multiple of the 20th-percentile speed (the noise level at rest) the threshold must exceed.
    public var noiseMultiplier: Double
    /// Shortest below-threshold interval in seconds that separates two movements.
    public var minimumRestSeconds: Double
    /// Shortest movement in seconds.
    public var minimumDurationSeconds: Double

    /// - Throws: ``SmoothnessConfigurationError`` for a fraction outside (0, 1) or a negative duration.
    public init(
        thresholdFraction: Double = 0.1, noiseMultiplier: Double = 3, minimumRestSeconds: Double = 0.1, minimumDurationSeconds: Double = 0.3
    ) throws(SmoothnessConfigurationError) {
        guard thresholdFraction > 0, thresholdFraction < 1 else {
            throw SmoothnessConfigurationError(parameter: "thresholdFraction", "movement threshold \(thresholdFraction) must be a fraction of the peak speed between 0 and 1")
        }
        guard noiseMultiplier >= 0, noiseMultiplier.isFinite else {
            throw SmoothnessConfigurationError(parameter: "noiseMultiplier", "noise multiplier \(noiseMultiplier) must be 0 or more")
        }
        guard minimumRestSeconds >= 0, minimumRestSeconds.isFinite else {
            throw SmoothnessConfigurationError(parameter: "minimumRestSeconds", "minimum rest \(minimumRestSeconds) s must be 0 s or more")
        }
        guard minimumDurationSeconds >= 0, minimumDurationSeconds.isFinite else {
            throw SmoothnessConfigurationError(parameter: "minimumDurationSeconds", "minimum movement duration \(minimumDurationSeconds) s must be 0 s or more")
        }
        self.thresholdFraction = thresholdFraction
        self.noiseMultiplier = noiseMultiplier
        self.minimumRestSeconds = minimumRestSeconds
        self.minimumDurationSeconds = minimumDurationSeconds
    }

    private enum CodingKeys: String, CodingKey {
        case thresholdFraction, noiseMultiplier, minimumRestSeconds, minimumDurationSeconds
    }

    /// The speed threshold `θ` for `speed` (see the type's documentation); 0 when all NaN.
    public func threshold(speed: [Double]) -> Double {
        threshold(speed: speed, peak: speed.reduce(0) { $1.isFinite ? max($0, $1) : $0 })
    }

    private func threshold(speed: [Double], peak: Double) -> Double {
        var finite = speed.filter(\.isFinite)
        guard !finite.isEmpty else { return 0 }
        let noise = OrderStatistics.select(Int(Double(finite.count - 1) * 0.2), in: &finite)
        return min(0.5 * peak, max(thresholdFraction * peak, noiseMultiplier * noise))
    }

    /// The movements in `speed`, sampled at `sampleRate` Hz from `start` seconds, in time order.
    /// Empty when the speed is all NaN or zero.
    public func segments(speed: [Double], sampleRate: Double, start: Double = 0) -> [Submovement] {
        precondition(sampleRate.isFinite && sampleRate > 0, "segmentation needs a positive sample rate, got \(sampleRate) Hz")
        let count = speed.count
        let peak = speed.reduce(0) { $1.isFinite ? max($0, $1) : $0 }
        guard peak > 0 else { return [] }
        let threshold = self.threshold(speed: speed, peak: peak)

        // Cores: runs at or above threshold, merged across short dips (but never across NaN).
        var cores: [Range<Int>] = []
        var index = 0
        while index < count {
            guard speed[index].isFinite, speed[index] >= threshold else { index += 1; continue }
            var end = index
            while end < count, speed[end].isFinite, speed[end] >= threshold { end += 1 }
            if let last = cores.last, Double(index - last.upperBound) / sampleRate < minimumRestSeconds,
               speed[last.upperBound..<index].allSatisfy(\.isFinite) {
                cores[cores.count - 1] = last.lowerBound..<end
            } else {
                cores.append(index..<end)
            }
            index = end
        }

        // Extend each core down to the local minimum on either side.
        var segments: [Submovement] = []
        for (position, core) in cores.enumerated() {
            let floor = position > 0 ? cores[position - 1].upperBound : 0
            let ceiling = position + 1 < cores.count ? cores[position + 1].lowerBound : count
            var first = core.lowerBound
            while first > floor, speed[first - 1].isFinite, speed[first - 1] < speed[first] { first -= 1 }
            var last = core.upperBound - 1
            while last + 1 < ceiling, speed[last + 1].isFinite, speed[last + 1] < speed[last] { last += 1 }
            if let previous = segments.last, first < previous.endIndex { first = previous.endIndex }
            guard last >= first else { continue }
            let duration = Double(last - first) / sampleRate
            guard duration >= minimumDurationSeconds else { continue }
            let peakSpeed = speed[first...last].reduce(0) { max($0, $1) }
            segments.append(
                Submovement(
                    startIndex: first, endIndex: last + 1, startSeconds: start + Double(first) / sampleRate,
                    endSeconds: start + Double(last) / sampleRate, peakSpeed: peakSpeed,
                    isComplete: speed[first] < threshold && speed[last] < threshold))
        }
        return segments
    }
}
