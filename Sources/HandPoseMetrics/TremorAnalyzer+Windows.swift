import HandPoseCore

extension TremorAnalyzer {
    /// The tremor of `track` window by window, for statistics across windows (issue: `handpose
    /// compare`).
    ///
    /// The windows are the tremor-time windows of ``analyze(_:spatial:noiseFloorMm:)``, with a
    /// chosen overlap: `nperseg = round(T·fs)` samples (`T` =
    /// ``TremorConfiguration/segmentSeconds``, 4 s) on the same uniform grid and the same gap-free
    /// stretches, starting at each stretch's first grid point and every `hop = nperseg − ⌊overlap·nperseg⌋`
    /// samples after it (a stretch's trailing samples that do not fill a window are dropped). The
    /// default overlap 0 gives **non-overlapping** windows, whose values are closer to independent,
    /// as the two-sample tests assume (the tremor time uses 50 %).
    ///
    /// Every window is projected onto the **fixed** axis of `estimate`'s summary landmark (its
    /// whole-recording principal axis) and gets that projection's periodogram (linear detrend,
    /// periodic Hann, `nfft = factor·nperseg`; ``TremorCrossSpectrum`` with one segment); its
    /// features are those of ``LandmarkTremor`` (peak with harmonic guard and parabolic refinement,
    /// `√(2·P_peak)` zero-to-peak amplitude, in-band RMS, regularity). Refitting the axis per window
    /// would bias noisy windows upwards. Windows without power in the band are counted in
    /// ``WindowedTremor/skippedWindows``.
    ///
    /// - Parameters:
    ///   - estimate: this analyzer's estimate for `track` (its summary landmark and axis).
    ///   - overlap: fraction of a window shared with the next, in `[0, 1)`.
    /// - Returns: the windows, or why none can be measured (the estimate's landmark is not in the
    ///   track, a coordinate set that no longer matches the axis, no stretch as long as a window).
    /// - Complexity: O(windows · d · nfft log nfft).
    public func windows(
        _ track: HandTrack, spatial: SpatialReference, estimate: TremorEstimate, overlap: Double = 0
    ) -> Result<WindowedTremor, NotComputable> {
        precondition(overlap >= 0 && overlap < 1, "window overlap \(overlap) must be in [0, 1)")
        let key = "tremor.windows"
        guard let landmark = Landmark.allCases.first(where: { $0.snakeCaseName == estimate.landmark }),
              let axis = estimate.summary?.axis else {
            return .failure(NotComputable(key, "the estimate names no summary landmark \(estimate.landmark)"))
        }
        guard let clock = Self.frameClock(track) else {
            return .failure(NotComputable(key, "the \(track.side.rawValue) hand's frame rate is unknown"))
        }
        let plan: Plan
        do {
            plan = try makePlan(sampleRate: 1 / clock.period, phase: clock.phase)
        } catch {
            return .failure(NotComputable(key, "the uniform grid cannot be set up: \(error)"))
        }
        let axes: [Axis] = Self.usesDepth(track, spatial: spatial) ? [.x, .y, .z] : [.x, .y]
        guard axes.count == axis.direction.count else {
            return .failure(NotComputable(key, "the estimate's axis has \(axis.direction.count) coordinates, the track \(axes.count)"))
        }
        let length = plan.segmentLength
        let hop = max(1, length - Int(overlap * Double(length)))
        let workspace = TremorCrossSpectrum(
            dimensions: axes.count, sampleRate: plan.sampleRate, segmentLength: length, overlap: 0,
            fftLength: plan.fftLength, band: configuration.bandHz)
        let (stretches, longest, starts) = stretches(of: landmark, in: track, axes: axes, plan: plan)
        guard !stretches.isEmpty else {
            return .failure(NotComputable(
                key, "the longest stretch of \(estimate.landmark) without a gap lasts \(Self.seconds(longest)), shorter than one \(Self.seconds(configuration.segmentSeconds)) window"))
        }
        let scale = spatial.millimetresPerUnit
        var windows: [TremorWindow] = []
        var skipped = 0
        for (stretch, start) in zip(stretches, starts) {
            var first = 0
            while first + length <= stretch[0].count {
                workspace.reset()
                workspace.add(stretch.map { Array($0[first..<(first + length)]) })
                let spectrum = LandmarkSpectrum(
                    landmark: landmark, axis: axis, frequencies: workspace.frequencies,
                    power: workspace.projectedDensity(axis.direction), segments: 1, stretches: 1,
                    seconds: Double(length) / plan.sampleRate, segmentBandPower: [])
                switch landmarkTremor(spectrum, plan: plan, millimetresPerUnit: scale, noiseFloor: nil) {
                case .success(let row):
                    windows.append(TremorWindow(
                        startSeconds: start + Double(first) / plan.sampleRate, frequencyHz: row.frequencyHz,
                        amplitude: row.amplitude, amplitudeMm: row.amplitudeMm, rms: row.rms, rmsMm: row.rmsMm,
                        regularity: row.regularity))
                case .failure:
                    skipped += 1
                }
                first += hop
            }
        }
        let hopSeconds = Double(hop) / plan.sampleRate, windowSeconds = Double(length) / plan.sampleRate
        let method = "\(Self.seconds(windowSeconds)) windows every \(Self.seconds(hopSeconds)) "
            + (hop < length ? "(overlapping: values are not independent)" : "(non-overlapping)")
            + " of the gap-free stretches of \(estimate.landmark), projected onto its whole-recording tremor axis; "
            + "per window the periodogram's peak frequency and √(2·P_peak) zero-to-peak amplitude in \(Self.band(configuration.bandHz))"
        return .success(WindowedTremor(
            hand: track.side, landmark: estimate.landmark, unit: estimate.unit, windowSeconds: windowSeconds, hopSeconds: hopSeconds,
            axis: axis, windows: windows, skippedWindows: skipped, method: method))
    }
}
