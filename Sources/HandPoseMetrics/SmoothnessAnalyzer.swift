import HandPoseCore
import HandPoseDSP

/// Smoothness of a hand's voluntary movement, from a ``HandTrack``: SPARC, LDLJ-V, LDLJ-A and
/// normalized jerk of the wrist (configurable landmark) per movement.
///
/// Pipeline: ``SmoothnessKinematics`` (uniform grid from the real timestamps, zero-phase low-pass
/// of the position, central differences) → per time range the longest gap-free stretch → checks →
/// ``SPARC`` on the speed, ``LDLJ`` on the velocity and acceleration vectors, ``Jerk/normalized(velocity:sampleRate:)``.
///
/// Entry points:
/// - ``summarize(_:spatial:from:to:)``: **what `analyze` should call** for a protocol segment or
///   a whole recording. It finds the rest-to-rest submovements (``SubmovementSegmenter``), scores
///   each, and reports the median of each score (see ``SmoothnessSummary`` for why).
/// - ``estimate(_:spatial:from:to:)``: scores one time range as a single movement, for a caller
///   that already knows the movement's start and end.
///
/// Not computable, with the reason (never a number that means nothing):
/// - anisotropic normalized image coordinates (no image size), the wrist seen in < 2 frames, or a
///   frame rate too low for the 6 Hz position low-pass (all scores);
/// - a range whose longest gap-free stretch covers less than `minimumCoverage` of it, or lasts
///   less than `minimumDurationSeconds`, or more than `maximumMovementSeconds` (continuous motion);
/// - a still hand: peak speed below `stillSpeedHandLengthsPerSecond` hand lengths per second;
/// - SPARC alone when the grid rate is at most `2·fc` (its 10 Hz cut-off needs 20 Hz sampling);
/// - `peakSpeedMmPerS` alone when the space is neither metric nor calibrated (the four scores are
///   scale-free and need no calibration).
///
/// `Sendable` and stateless: call it from any number of tasks at once. Complexity O(frames) plus
/// one FFT of `16 · 2^⌈log₂ n⌉` points per movement of n samples.
///
/// Citations: see ``SPARC`` (doi:10.1186/s12984-015-0090-9), ``LDLJ``
/// (doi:10.3389/fbioe.2020.558771), ``Jerk`` (doi:10.3200/35-09-004-RC).
public struct SmoothnessAnalyzer: Sendable {
    public var configuration: SmoothnessConfiguration

    public init(configuration: SmoothnessConfiguration = .standard) {
        self.configuration = configuration
    }

    // MARK: Summary over submovements

    /// Scores every rest-to-rest submovement of `track` between `start` and `end` seconds (the
    /// whole recording by default) and summarises them by their medians.
    public func summarize(_ track: HandTrack, spatial: SpatialReference, from start: Double? = nil, to end: Double? = nil) -> SmoothnessSummary {
        switch SmoothnessKinematics.make(track: track, spatial: spatial, configuration: configuration) {
        case .failure(let reason):
            return SmoothnessSummary(startSeconds: start, endSeconds: end, notComputable: [reason])
        case .success(let kinematics):
            return summarize(kinematics, from: start, to: end)
        }
    }

    /// Scores every submovement of already-built kinematics between `start` and `end` seconds.
    public func summarize(_ kinematics: SmoothnessKinematics, from start: Double? = nil, to end: Double? = nil) -> SmoothnessSummary {
        let range = gridRange(kinematics, from: start, to: end)
        let startSeconds = start ?? kinematics.start, endSeconds = end ?? kinematics.time(max(kinematics.count - 1, 0))
        let parameters = kinematics.parameters
        guard range.count >= 2 else {
            return SmoothnessSummary(
                startSeconds: startSeconds, endSeconds: endSeconds, parameters: parameters,
                notComputable: [NotComputable("smoothness", "the range \(describe(startSeconds, endSeconds)) holds no samples of the \(configuration.landmark.snakeCaseName)")])
        }
        let speed = Array(kinematics.speed[range])
        if let still = stillness(kinematics, peak: speed.reduce(0) { $1.isFinite ? max($0, $1) : $0 }) {
            return SmoothnessSummary(startSeconds: startSeconds, endSeconds: endSeconds, parameters: parameters, notComputable: [still])
        }
        let segments = configuration.segmenter.segments(speed: speed, sampleRate: kinematics.sampleRate, start: kinematics.time(range.lowerBound))
        guard !segments.isEmpty else {
            return SmoothnessSummary(
                startSeconds: startSeconds, endSeconds: endSeconds, parameters: parameters,
                notComputable: [NotComputable(
                    "smoothness",
                    "no discrete movement found: the \(configuration.landmark.snakeCaseName) speed never stays above "
                        + "\(Int((configuration.segmenter.thresholdFraction * 100).rounded())) % of its peak for "
                        + "\(SmoothnessKinematics.format(configuration.segmenter.minimumDurationSeconds)) s")])
        }
        // Submovements slower than a still hand are landmark noise, not movements.
        let stillSpeed = kinematics.handLength.map { $0 * configuration.stillSpeedHandLengthsPerSecond } ?? 0
        let moving = segments.filter { $0.peakSpeed >= stillSpeed }
        guard !moving.isEmpty else {
            let peak = segments.map(\.peakSpeed).max() ?? 0
            return SmoothnessSummary(
                startSeconds: startSeconds, endSeconds: endSeconds, parameters: parameters,
                notComputable: [stillness(kinematics, peak: peak) ?? NotComputable("smoothness", "no movement faster than a still hand")])
        }
        var submovements: [SmoothnessEstimate] = []
        for segment in moving {
            let lower = range.lowerBound + segment.startIndex, upper = range.lowerBound + segment.endIndex
            var estimate: SmoothnessEstimate
            if segment.isComplete {
                estimate = score(kinematics, range: lower..<upper, checkStill: false)
            } else {
                estimate = SmoothnessEstimate(
                    startSeconds: segment.startSeconds, endSeconds: segment.endSeconds, sampleCount: segment.count,
                    peakSpeed: segment.peakSpeed, speedUnit: kinematics.unitName + "/s",
                    notComputable: [NotComputable(
                        "smoothness", "the movement is cut by a tracking gap or the end of the range, so it does not run from rest to rest")])
            }
            estimate.parameters = nil
            submovements.append(estimate)
        }
        var reasons: [NotComputable] = []
        func median(_ key: String, _ value: (SmoothnessEstimate) -> Double?) -> Double? {
            let values = submovements.compactMap(value).sorted()
            guard !values.isEmpty else {
                let first = submovements.flatMap(\.notComputable).first { $0.metric == "smoothness.\(key)" || $0.metric == "smoothness" }
                reasons.append(NotComputable(
                    "smoothness.\(key)",
                    "none of the \(submovements.count) submovement(s) could be scored" + (first.map { ": \($0.reason)" } ?? "")))
                return nil
            }
            let middle = values.count / 2
            return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
        }
        let sparc = median("sparc", \.sparc)
        let ldljV = median("ldljV", \.ldljV)
        let ldljA = median("ldljA", \.ldljA)
        let normalizedJerk = median("normalizedJerk", \.normalizedJerk)
        return SmoothnessSummary(
            sparc: sparc, ldljV: ldljV, ldljA: ldljA, normalizedJerk: normalizedJerk, submovements: submovements,
            startSeconds: startSeconds, endSeconds: endSeconds, parameters: parameters, notComputable: reasons)
    }

    // MARK: One movement

    /// Scores the range `start…end` seconds of `track` (the whole recording by default) as one
    /// discrete movement.
    public func estimate(_ track: HandTrack, spatial: SpatialReference, from start: Double? = nil, to end: Double? = nil) -> SmoothnessEstimate {
        switch SmoothnessKinematics.make(track: track, spatial: spatial, configuration: configuration) {
        case .failure(let reason):
            let first = start ?? track.timestamps.first ?? 0
            return SmoothnessEstimate(
                startSeconds: first, endSeconds: end ?? track.timestamps.last ?? first, sampleCount: 0,
                speedUnit: spatial.space.unitName + "/s", notComputable: [reason])
        case .success(let kinematics):
            return estimate(kinematics, from: start, to: end)
        }
    }

    /// Scores a range of already-built kinematics as one discrete movement.
    public func estimate(_ kinematics: SmoothnessKinematics, from start: Double? = nil, to end: Double? = nil) -> SmoothnessEstimate {
        score(kinematics, range: gridRange(kinematics, from: start, to: end), checkStill: true)
    }

    // MARK: Scoring

    private func score(_ kinematics: SmoothnessKinematics, range: Range<Int>, checkStill: Bool) -> SmoothnessEstimate {
        let unit = kinematics.unitName + "/s"
        let requestedStart = kinematics.time(range.lowerBound), requestedEnd = kinematics.time(max(range.upperBound - 1, range.lowerBound))
        func refused(_ reason: String, start: Double = requestedStart, end: Double = requestedEnd, count: Int = 0) -> SmoothnessEstimate {
            SmoothnessEstimate(
                startSeconds: start, endSeconds: end, sampleCount: count, speedUnit: unit, parameters: kinematics.parameters,
                notComputable: [NotComputable("smoothness", reason)])
        }
        guard range.count >= 2 else {
            return refused("the range \(describe(requestedStart, requestedEnd)) holds no samples of the \(configuration.landmark.snakeCaseName)")
        }
        // The longest gap-free stretch of the range.
        let runs = ContiguousRun.runs(in: Array(kinematics.speed[range]))
        guard let longest = runs.max(by: { $0.count < $1.count }) else {
            return refused("the \(configuration.landmark.snakeCaseName) is missing throughout \(describe(requestedStart, requestedEnd))")
        }
        let lower = range.lowerBound + longest.start, upper = lower + longest.count
        let start = kinematics.time(lower), end = kinematics.time(upper - 1)
        let coverage = Double(longest.count) / Double(range.count)
        guard coverage >= configuration.minimumCoverage else {
            return refused(
                "the \(configuration.landmark.snakeCaseName) is tracked without gaps for only \(SmoothnessKinematics.format(end - start)) s of "
                    + "\(describe(requestedStart, requestedEnd)) (\(Int((coverage * 100).rounded())) %, need \(Int((configuration.minimumCoverage * 100).rounded())) %); "
                    + "smoothness needs the whole movement")
        }
        let duration = end - start
        guard duration >= configuration.minimumDurationSeconds else {
            return refused(
                "the movement lasts \(SmoothnessKinematics.format(duration)) s, shorter than the \(SmoothnessKinematics.format(configuration.minimumDurationSeconds)) s minimum",
                start: start, end: end, count: longest.count)
        }
        guard duration <= configuration.maximumMovementSeconds else {
            return refused(
                "\(SmoothnessKinematics.format(duration)) s of movement without rest is continuous or rhythmic motion, for which SPARC and LDLJ "
                    + "are not defined (longer than \(SmoothnessKinematics.format(configuration.maximumMovementSeconds)) s); score its submovements instead",
                start: start, end: end, count: longest.count)
        }
        let speed = Array(kinematics.speed[lower..<upper])
        let peak = speed.max() ?? 0
        if checkStill, let still = stillness(kinematics, peak: peak) {
            var estimate = refused(still.reason, start: start, end: end, count: longest.count)
            estimate.peakSpeed = peak
            return estimate
        }
        let fs = kinematics.sampleRate
        let velocity = kinematics.velocity.map { Array($0[lower..<upper]) }
        let acceleration = kinematics.acceleration.map { Array($0[lower..<upper]) }
        var reasons: [NotComputable] = []
        var result = SmoothnessEstimate(
            startSeconds: start, endSeconds: end, sampleCount: longest.count, peakSpeed: peak, speedUnit: unit,
            parameters: kinematics.parameters)
        if let scale = kinematics.millimetresPerUnit {
            result.peakSpeedMmPerS = peak * scale
        } else {
            reasons.append(NotComputable(
                "smoothness.peakSpeedMmPerS",
                "the coordinates are in \(kinematics.unitName) units without a calibration to millimetres; give the hand length (--hand-length-mm)"))
        }
        let sparc = configuration.sparc
        if fs <= 2 * sparc.cutoffHz {
            reasons.append(NotComputable(
                "smoothness.sparc",
                "SPARC's \(SmoothnessKinematics.format(sparc.cutoffHz)) Hz cut-off needs more than \(SmoothnessKinematics.format(2 * sparc.cutoffHz)) Hz sampling; "
                    + "the recording has \(SmoothnessKinematics.format(fs)) Hz"))
        } else if let value = SPARC.analyze(speed: speed, sampleRate: fs, parameters: sparc) {
            result.sparc = value.value
            result.sparcCutoffHz = value.lastFrequencyHz
        } else {
            reasons.append(NotComputable("smoothness.sparc", "the speed has no spectrum (zero or non-finite)"))
        }
        func assign(_ value: Double, _ key: String, _ set: (inout SmoothnessEstimate, Double) -> Void) {
            if value.isFinite {
                set(&result, value)
            } else {
                reasons.append(NotComputable("smoothness.\(key)", "the movement has no jerk or no amplitude (a still or perfectly uniform motion)"))
            }
        }
        assign(LDLJ.velocity(velocity, sampleRate: fs), "ldljV") { $0.ldljV = $1 }
        assign(LDLJ.acceleration(acceleration, sampleRate: fs, removeMean: true), "ldljA") { $0.ldljA = $1 }
        assign(Jerk.normalized(velocity: velocity, sampleRate: fs), "normalizedJerk") { $0.normalizedJerk = $1 }
        result.notComputable = reasons
        return result
    }

    /// The reason the hand counts as still, if it does.
    private func stillness(_ kinematics: SmoothnessKinematics, peak: Double) -> NotComputable? {
        guard let handLength = kinematics.handLength, handLength > 0 else { return nil }
        let threshold = configuration.stillSpeedHandLengthsPerSecond
        guard peak / handLength < threshold else { return nil }
        let inMillimetres = kinematics.millimetresPerUnit.map { " (\(SmoothnessKinematics.format(peak * $0)) mm/s)" } ?? ""
        return NotComputable(
            "smoothness",
            "the hand is still: the \(configuration.landmark.snakeCaseName)'s peak speed is \(SmoothnessKinematics.format(peak / handLength)) hand lengths/s"
                + "\(inMillimetres), below \(SmoothnessKinematics.format(threshold)); there is no movement to score")
    }

    /// The grid indices with times in `start…end` (inclusive, 1e-9 s slack).
    private func gridRange(_ kinematics: SmoothnessKinematics, from start: Double?, to end: Double?) -> Range<Int> {
        let count = kinematics.count
        guard count > 0 else { return 0..<0 }
        let fs = kinematics.sampleRate
        let lower = start.map { max(0, Int(((($0 - kinematics.start) * fs) - 1e-9).rounded(.up))) } ?? 0
        let upper = end.map { min(count, Int(((($0 - kinematics.start) * fs) + 1e-9).rounded(.down)) + 1) } ?? count
        let clamped = min(lower, count)
        return clamped < upper ? clamped..<upper : clamped..<clamped
    }

    private func describe(_ start: Double, _ end: Double) -> String {
        "\(SmoothnessKinematics.format(start))–\(SmoothnessKinematics.format(end)) s"
    }
}
