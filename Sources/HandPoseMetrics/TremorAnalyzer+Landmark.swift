import HandPoseCore
import HandPoseDSP

extension TremorAnalyzer {
    /// Everything fixed by the hand's sampling rate, shared by its landmarks.
    struct Plan {
        let sampleRate: Double
        /// A time on the frame clock, s; grid points are `phase + k/fs`.
        let phase: Double
        let resampler: UniformResampler
        /// Welch segment `nperseg`, overlap `noverlap` and FFT length `nfft`, samples.
        let segmentLength: Int
        let overlap: Int
        let fftLength: Int
        var nyquist: Double { sampleRate / 2 }
    }

    /// One landmark's projected spectrum and per-segment band power, before the noise floor is known.
    struct LandmarkSpectrum {
        let landmark: Landmark
        let axis: PrincipalAxis
        let frequencies: [Double]
        /// Welch density of the projected displacement, averaged over every segment of every stretch.
        let power: [Double]
        let segments: Int
        let stretches: Int
        let seconds: Double
        /// In-band power of the projection in each segment (the tremor-time windows), unit².
        let segmentBandPower: [Double]
    }

    /// Resamples one landmark, finds its tremor axis and estimates its spectrum:
    /// 1. stretches on the uniform grid (``stretches(of:in:axes:plan:)``);
    /// 2. the Welch cross-spectral matrix `S` of its coordinates over every segment of every stretch
    ///    (``TremorCrossSpectrum``);
    /// 3. the principal axis `u` of the band-limited covariance `Σ_band S·Δf` (the covariance after an
    ///    ideal band-pass to the tremor band, so the voluntary movement below the band does not
    ///    turn the axis);
    /// 4. the projection's density `uᵀSu` over every bin, and each segment's in-band power.
    ///
    /// The spectrum is of the measured projection, not a band-passed one, so a peak near a band
    /// edge keeps its full power, a harmonic above the band stays measurable and the band power
    /// fraction compares like with like.
    ///
    /// - Returns: the spectrum, or the reason the landmark cannot be analysed.
    func landmarkSpectrum(
        _ landmark: Landmark, in track: HandTrack, axes: [Axis], plan: Plan, workspace: TremorCrossSpectrum
    ) -> Result<LandmarkSpectrum, NotComputable> {
        let key = "tremor.landmarks.\(landmark.snakeCaseName)"
        let (stretches, longest, _) = stretches(of: landmark, in: track, axes: axes, plan: plan)
        guard !stretches.isEmpty else {
            return .failure(NotComputable(key, longest > 0
                ? "its longest stretch without a gap over \(Self.seconds(configuration.maximumGapSeconds)) lasts \(Self.seconds(longest)); tremor needs \(Self.seconds(configuration.segmentSeconds))"
                : "it is never detected"))
        }
        workspace.reset()
        var seconds = 0.0
        for stretch in stretches {
            workspace.add(stretch)
            seconds += Double(stretch[0].count) / plan.sampleRate
        }
        guard workspace.segments > 0 else { return .failure(NotComputable(key, "no Welch segment fits in its stretches")) }
        guard let covariance = workspace.bandCovariance(), let axis = PrincipalAxis.fit(covariance: covariance), axis.variance > 0 else {
            return .failure(NotComputable(key, "it does not move in the tremor band"))
        }
        return .success(LandmarkSpectrum(
            landmark: landmark, axis: axis, frequencies: workspace.frequencies,
            power: workspace.projectedDensity(axis.direction), segments: workspace.segments,
            stretches: stretches.count, seconds: seconds,
            segmentBandPower: workspace.projectedSegmentBandPower(axis.direction)))
    }

    /// The share of `powers` whose RMS `√power` exceeds `threshold`; `nil` when there is none.
    static func tremorTime(_ powers: [Double], above threshold: Double) -> Double? {
        guard !powers.isEmpty else { return nil }
        let limit = threshold * threshold
        return Double(powers.reduce(0) { $0 + ($1 > limit ? 1 : 0) }) / Double(powers.count)
    }

    /// The features of one landmark's spectrum (see ``TremorSpectrum``), with the harmonic guard,
    /// the configured peak refinement, millimetres and the tremor time against `noiseFloor`.
    func landmarkTremor(
        _ spectrum: LandmarkSpectrum, plan: Plan, millimetresPerUnit: Double?, noiseFloor: Double?
    ) -> Result<LandmarkTremor, NotComputable> {
        let key = "tremor.landmarks.\(spectrum.landmark.snakeCaseName)"
        let band = configuration.bandHz
        func features(peakBin: Int?) -> TremorSpectralFeatures? {
            TremorSpectrum.features(
                frequencies: spectrum.frequencies, power: spectrum.power, band: band, peakBin: peakBin,
                concentrationHalfWidth: configuration.regularityHalfWidthHz,
                harmonicHalfWidth: configuration.harmonicHalfWidthHz)
        }
        guard var chosen = features(peakBin: nil) else {
            return .failure(NotComputable(key, "its spectrum has no power in the band \(Self.band(band))"))
        }
        var guardApplied = false
        if let ratio = configuration.subharmonicRatio, let lower = subharmonicPeak(of: chosen.peak.bin, in: spectrum, ratio: ratio),
           let moved = features(peakBin: lower) {
            chosen = moved
            guardApplied = true
        }
        let peak = spectrum.frequencies.withUnsafeBufferPointer { f in
            spectrum.power.withUnsafeBufferPointer { p in
                SpectralPeak.refine(bin: chosen.peak.bin, power: p, frequencies: f, interpolation: configuration.peakInterpolation)
            }
        }
        let harmonicFits = 2 * peak.binFrequencyHz + configuration.harmonicHalfWidthHz <= plan.nyquist + TremorSpectrum.edgeTolerance
        let total = chosen.totalPowerTrapezoid
        return .success(LandmarkTremor(
            landmark: spectrum.landmark.snakeCaseName, frequencyHz: peak.frequencyHz,
            amplitude: chosen.peakAmplitude, rms: chosen.rmsAmplitude,
            amplitudeMm: millimetresPerUnit.map { chosen.peakAmplitude * $0 },
            rmsMm: millimetresPerUnit.map { chosen.rmsAmplitude * $0 },
            regularity: chosen.spectralConcentration, bandPower: chosen.bandPowerTrapezoid,
            bandPowerFraction: total > 0 ? min(1, chosen.bandPowerTrapezoid / total) : 0,
            spectralEntropy: chosen.spectralEntropy,
            harmonicRatio: harmonicFits ? chosen.secondHarmonicRatio : nil,
            tremorTimeFraction: noiseFloor.flatMap {
                Self.tremorTime(spectrum.segmentBandPower, above: configuration.tremorThreshold * $0)
            },
            axis: spectrum.axis, subharmonicGuardApplied: guardApplied))
    }

    /// The harmonic guard (ALGORITHMS.md §3 item 8): the bin of a local maximum within two bins
    /// of `f_k/2`, inside the band, whose power is at least `ratio × P(f_k)`; `nil` when there is none.
    func subharmonicPeak(of k: Int, in spectrum: LandmarkSpectrum, ratio: Double) -> Int? {
        let f = spectrum.frequencies, p = spectrum.power
        let target = f[k] / 2
        guard target >= configuration.bandHz.lowerBound - TremorSpectrum.edgeTolerance, f.count > 2 else { return nil }
        let binWidth = f[1] - f[0]
        let centre = Int((target / binWidth).rounded())
        var best: Int?
        for j in max(1, centre - 2)...min(f.count - 2, centre + 2)
        where f[j] >= configuration.bandHz.lowerBound - TremorSpectrum.edgeTolerance
            && p[j] >= p[j - 1] && p[j] >= p[j + 1] && p[j] >= ratio * p[k] {
            if best.map({ p[j] > p[$0] }) ?? true { best = j }
        }
        return best
    }
}
