import HandPoseCore
import HandPoseDSP

extension TremorAnalyzer {
    /// Everything fixed by the hand's sampling rate, designed once per hand and shared by its
    /// landmarks.
    struct Plan {
        let sampleRate: Double
        /// A time on the frame clock, s; grid points are `phase + k/fs`.
        let phase: Double
        let resampler: UniformResampler
        let filter: SOSFilter
        /// Welch segment `nperseg`, overlap `noverlap` and FFT length `nfft`, samples.
        let segmentLength: Int
        let overlap: Int
        let fftLength: Int
        /// Fewest grid points a stretch needs: one segment and more than the filter's padding.
        let minimumCount: Int
        let tremorTime: TremorTime
        var nyquist: Double { sampleRate / 2 }
    }

    /// One landmark's projected spectrum and tremor-time windows, before the noise floor is known.
    struct LandmarkSpectrum {
        let landmark: Landmark
        let axis: PrincipalAxis
        let frequencies: [Double]
        /// Welch density of the projected displacement, averaged over every segment of every stretch.
        let power: [Double]
        let segments: Int
        let stretches: Int
        let seconds: Double
        /// Mean square of each tremor-time window of the band-passed projection.
        let windowMeanSquares: [Double]
    }

    /// Resamples, band-passes and projects one landmark and estimates its spectrum:
    /// 1. stretches on the uniform grid (see ``stretches(of:in:axes:plan:)``);
    /// 2. the principal axis `u` of the covariance of the band-passed coordinates over all stretches;
    /// 3. the projection `p = Σ uᵢ xᵢ` of the measured coordinates, Welch PSD per stretch (periodic
    ///    Hann, linear detrend per segment), averaged over all segments of all stretches;
    /// 4. the band-passed projection `q = Σ uᵢ yᵢ` gives the tremor-time windows.
    ///
    /// The spectrum is of the measured projection, not the band-passed one, so that a peak near a
    /// band edge keeps its full power, a harmonic above the band stays measurable and the band
    /// power fraction compares like with like; the band-pass removes the voluntary movement from
    /// the axis and from the tremor time.
    ///
    /// - Returns: the spectrum, or the reason the landmark cannot be analysed.
    func landmarkSpectrum(
        _ landmark: Landmark, in track: HandTrack, axes: [Axis], plan: Plan
    ) -> Result<LandmarkSpectrum, NotComputable> {
        let key = "tremor.landmarks.\(landmark.snakeCaseName)"
        let (stretches, longest) = stretches(of: landmark, in: track, axes: axes, plan: plan)
        guard !stretches.isEmpty else {
            return .failure(NotComputable(key, longest > 0
                ? "its longest stretch without a gap over \(Self.seconds(configuration.maximumGapSeconds)) lasts \(Self.seconds(longest)); tremor needs \(Self.seconds(configuration.segmentSeconds))"
                : "it is never detected"))
        }
        var accumulator = PrincipalAxis.Accumulator(dimensions: axes.count)
        for stretch in stretches { accumulator.add(stretch.filtered) }
        guard let axis = accumulator.axis(), axis.variance > 0 else {
            return .failure(NotComputable(key, "it does not move in the tremor band"))
        }
        var sum: [Double] = []
        var frequencies: [Double] = []
        var segments = 0
        var windows: [Double] = []
        var seconds = 0.0
        var projection = [Double]()
        for stretch in stretches {
            project(stretch.raw, onto: axis.direction, into: &projection)
            guard let (f, p) = try? Welch.powerSpectralDensity(
                projection, sampleRate: plan.sampleRate, segmentLength: plan.segmentLength, overlap: plan.overlap,
                fftLength: plan.fftLength, detrend: .linear)
            else { continue }
            let count = (projection.count - plan.overlap) / (plan.segmentLength - plan.overlap)
            if sum.isEmpty {
                sum = [Double](repeating: 0, count: p.count)
                frequencies = f
            }
            for m in sum.indices { sum[m] += p[m] * Double(count) }
            segments += count
            seconds += Double(stretch.count) / plan.sampleRate
            project(stretch.filtered, onto: axis.direction, into: &projection)
            projection.withUnsafeBufferPointer { plan.tremorTime.appendWindows(of: $0, to: &windows) }
        }
        guard segments > 0 else { return .failure(NotComputable(key, "no Welch segment fits in its stretches")) }
        for m in sum.indices { sum[m] /= Double(segments) }
        return .success(LandmarkSpectrum(
            landmark: landmark, axis: axis, frequencies: frequencies, power: sum, segments: segments,
            stretches: stretches.count, seconds: seconds, windowMeanSquares: windows))
    }

    /// `output[t] = Σᵢ uᵢ · coordinates[i][t]`, reusing `output`'s storage.
    func project(_ coordinates: [[Double]], onto u: [Double], into output: inout [Double]) {
        let n = coordinates[0].count
        if output.count != n { output = [Double](repeating: 0, count: n) }
        output.withUnsafeMutableBufferPointer { out in
            for t in 0..<n { out[t] = 0 }
            for (i, coordinate) in coordinates.enumerated() {
                let weight = u[i]
                coordinate.withUnsafeBufferPointer { x in
                    for t in 0..<n { out[t] += weight * x[t] }
                }
            }
        }
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
                TremorTime.fraction(spectrum.windowMeanSquares, above: configuration.tremorThreshold * $0)
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
