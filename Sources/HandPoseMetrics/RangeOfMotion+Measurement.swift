import HandPoseCore
import HandPoseDSP

extension RangeOfMotion {
    /// Measures the range of motion of one hand.
    ///
    /// For each joint of ``JointAngle/all``:
    /// 1. the flexion angle in every frame (``JointAngleSeries``, NaN where a landmark is missing);
    /// 2. resampling onto a uniform grid at the median frame rate (linear interpolation, gaps longer
    ///    than ``RangeOfMotionConfiguration/maximumGapSeconds`` stay missing), so every second of
    ///    the recording weighs the same however irregular its frames;
    /// 3. a zero-phase Butterworth low-pass (``RangeOfMotionConfiguration/smoothingCutoffHz``,
    ///    scipy `sosfiltfilt` with odd padding), each run of the grid between gaps on its own;
    ///    runs shorter than the filter's padding stay unsmoothed; skipped entirely (and said so in
    ///    ``RangeOfMotionParameters/smoothing``) when the grid's Nyquist frequency is not above
    ///    the cutoff;
    /// 4. `minDeg`, `maxDeg` = the lower and upper percentiles (default 2nd and 98th, linear
    ///    interpolation as numpy) of the smoothed grid values; `rangeDeg` = their difference.
    ///
    /// Why both smoothing and percentiles: landmark noise of σ mm on segments of length L adds
    /// angle noise of roughly σ·√(1/L₁² + (1/L₁ + 1/L₂)² + 1/L₂²) rad (≈ 2° for 0.3 mm on the
    /// 16-20 mm phalanges of the little finger), and the 2nd and 98th percentiles of a noisy series
    /// sit about 2 σ beyond the true extremes, widening the range by about 4 σ (16° for 1 mm noise
    /// without smoothing in the simulator). The low-pass removes most of that noise (white noise
    /// spreads its power up to Nyquist, 15-60 Hz), and the percentiles drop isolated detection
    /// errors that survive it. The cost is that an extreme held for less than ~0.3 s, or for less
    /// than 2% of the recording, is cut. Unsigned angles also carry a small upward bias near 0°
    /// under noise (≈ σ²/(2θ)). See ``RangeOfMotionConfiguration`` for the measured trade-off.
    ///
    /// Not computable (values `null`, reason in ``notComputable``): the hand is absent in every
    /// frame; the coordinates are anisotropic (``JointAngleSpace``); the data are 2-D (no z, see
    /// ``JointAngleSeries/isPlanar(_:)``); a joint has fewer than
    /// ``RangeOfMotionConfiguration/minimumFrames`` measurable frames. The wrist never is.
    ///
    /// - Complexity: O(frames × 14 + grid × log grid × 14).
    public static func measure(
        _ track: HandTrack, spatial: SpatialReference, configuration: RangeOfMotionConfiguration = .default,
        normalRanges: NormalRangeTable = .aaos
    ) -> RangeOfMotion {
        var parameters = RangeOfMotionParameters(
            algorithm: RangeOfMotionParameters.algorithmID, angleDefinition: RangeOfMotionParameters.definition,
            coordinates: nil, gridSampleRateHz: nil, maximumGapSeconds: configuration.maximumGapSeconds,
            smoothing: "none: no angles were measured", smoothingCutoffHz: nil, smoothingOrder: configuration.smoothingOrder,
            lowerPercentile: configuration.lowerPercentile, upperPercentile: configuration.upperPercentile,
            percentileInterpolation: "linear (numpy default, Hyndman-Fan type 7)", minimumFrames: configuration.minimumFrames,
            normalRanges: normalRanges.id, normalRangeSource: "\(normalRanges.source) [\(normalRanges.caveat)]")
        var wrist: [String: RangeOfMotionEntry] = [:]
        for motion in NormalRangeTable.wristMotions {
            wrist[motion] = .unmeasured(normal: normalRanges.row(region: "wrist", motion: motion))
        }
        var notComputable: [NotComputable] = []
        func unmeasured(_ reason: NotComputable) -> RangeOfMotion {
            RangeOfMotion(
                joints: JointAngle.all.map { .unmeasured(normal: normalRanges.row(for: $0)) }, wrist: wrist,
                parameters: parameters, notComputable: [reason, NotComputable("rangeOfMotion.wrist", wristReason)])
        }

        guard track.presentFrameCount > 0 else {
            return unmeasured(NotComputable("rangeOfMotion", "the \(track.side.rawValue) hand is not detected in any frame"))
        }
        let space: JointAngleSpace
        do { space = try JointAngleSpace(spatial) } catch { return unmeasured(error) }
        parameters.coordinates = space.note
        if JointAngleSeries.isPlanar(track) {
            return unmeasured(NotComputable(
                "rangeOfMotion",
                "the landmarks have no depth (z missing or 0); flexion towards the camera is invisible in 2-D, so projected angles would understate it"))
        }
        let interval = RangeOfMotionStatistics.medianInterval(track.timestamps)
        guard interval.isFinite && interval > 0 else {
            return unmeasured(NotComputable("rangeOfMotion", "the recording has \(track.frameCount) frame(s); a range needs at least \(configuration.minimumFrames)"))
        }
        let rate = 1 / interval
        parameters.gridSampleRateHz = rate
        let resampler = try! UniformResampler(sampleRate: rate, maximumGap: configuration.maximumGapSeconds)
        let smoother = smoothingFilter(configuration, rate: rate, parameters: &parameters)

        let series = JointAngleSeries(track: track, space: space)
        var joints: [RangeOfMotionEntry] = []
        for joint in JointAngle.all {
            let raw = series[joint]
            let normal = normalRanges.row(for: joint)
            let framesUsed = raw.reduce(0) { $0 + ($1.isFinite ? 1 : 0) }
            guard framesUsed >= configuration.minimumFrames else {
                joints.append(.unmeasured(normal: normal, framesUsed: framesUsed))
                notComputable.append(NotComputable(
                    "rangeOfMotion.\(joint.key)",
                    "only \(framesUsed) frame(s) show the \(joint.proximal.snakeCaseName), \(joint.vertex.snakeCaseName) and \(joint.distal.snakeCaseName) landmarks; at least \(configuration.minimumFrames) are needed"))
                continue
            }
            var grid = resampler.resample(times: track.timestamps, values: raw).values
            if let smoother { grid = GapAwareFiltering.apply(smoother, to: grid).output }
            var finite = grid.filter(\.isFinite)
            let low = OrderStatistics.percentile(configuration.lowerPercentile, of: &finite)
            let high = OrderStatistics.percentile(configuration.upperPercentile, of: &finite)
            joints.append(RangeOfMotionEntry(minDeg: low, maxDeg: high, normal: normal, framesUsed: framesUsed))
        }
        notComputable.append(NotComputable("rangeOfMotion.wrist", wristReason))
        return RangeOfMotion(joints: joints, wrist: wrist, parameters: parameters, notComputable: notComputable)
    }

    /// Measures the hand `side` of `recording`; when the recording has no such hand every value is
    /// `null` with that reason.
    public static func measure(
        _ recording: Recording, side: HandSide, configuration: RangeOfMotionConfiguration = .default,
        normalRanges: NormalRangeTable = .aaos
    ) -> RangeOfMotion {
        let track = recording[side] ?? .absent(side: side, timestamps: recording.timestamps)
        return measure(track, spatial: recording.spatial, configuration: configuration, normalRanges: normalRanges)
    }

    /// The angle smoother for a grid at `rate` Hz, recording what was decided in `parameters`.
    private static func smoothingFilter(
        _ configuration: RangeOfMotionConfiguration, rate: Double, parameters: inout RangeOfMotionParameters
    ) -> ButterworthFilter? {
        guard let cutoff = configuration.smoothingCutoffHz else {
            parameters.smoothing = "none: disabled"
            return nil
        }
        guard cutoff < rate / 2,
            let filter = try? ButterworthFilter(order: configuration.smoothingOrder, response: .lowpass(cutoff: cutoff), sampleRate: rate)
        else {
            parameters.smoothing = "none: the \(cutoff) Hz low-pass needs a frame rate above \(2 * cutoff) fps, the recording has \(rate) fps"
            return nil
        }
        parameters.smoothing = "\(filter.algorithmID): order \(configuration.smoothingOrder) low-pass \(cutoff) Hz, zero phase, odd padding of \(filter.parameters["padLength"] ?? "?") samples, per gap-free run"
        parameters.smoothingCutoffHz = cutoff
        return filter
    }
}
