#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseDSP

/// Tremor of one hand, per landmark, from its landmark positions (issue 4, ALGORITHMS.md §3).
///
/// For every landmark, from the recording's real timestamps:
/// 1. **Uniform grid.** The hand's frame clock `t ≈ phase + n/fs` is fitted to the timestamps of
///    the frames in which it is present (median interval, then least squares; see
///    ``frameClock(_:)``). The frames in which the hand is present and the landmark's analysed
///    coordinates are finite form stretches, split where consecutive samples are more than
///    `maximumGapSeconds` (0.25 s) apart; each stretch is linearly interpolated
///    (``UniformResampler``) onto the points of that clock, `phase + k/fs`. Stretches shorter than one Welch segment (4 s) are skipped; every
///    longer one is analysed and their segments averaged together.
/// 2. **Coordinates.** x and y, plus z in metric world spaces (MediaPipe's image z is a relative
///    depth on another scale, ≈ 0 at the wrist). Normalized image x and y are scaled by different
///    image dimensions unless the image is square; the estimate then notes that the axis and the
///    amplitude are approximate. Note that MediaPipe *world* landmarks are centred on the hand, so
///    whole-hand translation is invisible in them.
/// 3. **Voluntary movement removed, principal axis.** The Welch cross-spectral matrix `S(f)` of the
///    coordinates (``TremorCrossSpectrum``: periodic Hann, `nperseg = round(4·fs)`, 50 % overlap,
///    `nfft = 2·nperseg`, linear detrend per segment) gives the covariance after an ideal band-pass
///    to the tremor band, `C = Σ_band S·Δf`; its principal axis `u` (LAPACK `dsyevd`) is the tremor
///    direction, untouched by the slower voluntary movement.
/// 4. **Spectrum** of the projection `uᵀx`: `P(f) = uᵀS(f)u`, exactly scipy's `welch` of the
///    projected displacement (golden.py's tremor features use the same PSD with a constant detrend).
/// 5. **Features** (``TremorSpectrum``, ``LandmarkTremor``) on the band's bins: the peak (harmonic
///    guard: a local peak near `f/2` with at least half the peak's power wins) refined by a parabola;
///    amplitude `√(2·P_peak)` with `P_peak = Σ P·Δf` within ±1 Hz of the peak bin inside the band
///    (a sinusoid of zero-to-peak `A` reports `A`); RMS `√(∫_band P df)` (trapezoid rule);
///    regularity; spectral entropy; second-harmonic ratio; band power ÷ total power.
/// 6. **Tremor time**: the share of Welch segments (4 s windows every 2 s) whose in-band RMS
///    `√(uᵀC_k u)` exceeds 1.5 × the noise floor. The floor is the quality gate's (passed in, mm)
///    or, when not given, estimated here like the gate's: `√(median over landmarks of the median
///    in-band PSD level × band width)`, the in-band RMS that white noise at that level would have.
///
/// The band-pass is applied in the frequency domain rather than with a Butterworth `sosfiltfilt`:
/// the result is the same principal axis without the filter's transients at the ends of every
/// stretch or its roll-off inside the band, and it costs one Welch pass over the coordinates
/// instead of three filters and a second spectrum.
///
/// The hand's summary is the landmark with the largest band power.
///
/// Not computable (``NotComputable`` with the reason): a hand never detected, too few frames to
/// know the rate, a Nyquist frequency at or below the band's top, a recording shorter than one
/// segment, no landmark with a long enough stretch.
///
/// Complexity: O(landmarks · coordinates · N · log nfft); a 10-minute 60 fps hand (3-D, 21
/// landmarks) takes about 60 ms on one core, most of it resampling and the segment transforms. `Sendable`: analyse many hands concurrently.
///
/// References: P. D. Welch (1967), doi:10.1109/TAU.1967.1161901; R. J. Elble and J. McNames,
/// *Tremor Other Hyperkinet Mov* 6:375 (2016), doi:10.7916/D8DR2VCC; F. Luft et al., *Sensors*
/// 19(19):4301 (2019), doi:10.3390/s19194301; M. U. Friedrich et al., *npj Digit Med* (2024),
/// doi:10.1038/s41746-024-01153-1.
public struct TremorAnalyzer: Sendable {
    /// The settings.
    public let configuration: TremorConfiguration

    /// An analyzer with `configuration`.
    ///
    /// - Throws: ``TremorConfigurationError`` when a setting is out of range.
    public init(configuration: TremorConfiguration) throws(TremorConfigurationError) {
        try configuration.validate()
        self.configuration = configuration
    }

    /// An analyzer with the default settings (3–12 Hz).
    public init() {
        configuration = .standard
    }

    /// The tremor of `track`.
    ///
    /// - Parameters:
    ///   - spatial: the recording's coordinate space and millimetre calibration.
    ///   - noiseFloorMm: the quality gate's in-band noise floor of this hand in mm (RMS of one
    ///     coordinate); `nil` (or a recording without millimetres) estimates it from the spectra.
    /// - Returns: the estimate, or why tremor cannot be measured for this hand.
    public func analyze(
        _ track: HandTrack, spatial: SpatialReference, noiseFloorMm: Double? = nil
    ) -> Result<TremorEstimate, NotComputable> {
        let hand = track.side.rawValue
        let band = configuration.bandHz
        guard track.presentFrameCount > 0 else {
            return .failure(NotComputable("tremor", "the \(hand) hand is not detected in any frame"))
        }
        guard let clock = Self.frameClock(track) else {
            return .failure(NotComputable("tremor", "the \(hand) hand is never detected in two consecutive frames, so its frame rate is unknown"))
        }
        let sampleRate = 1 / clock.period
        guard sampleRate / 2 > band.upperBound else {
            return .failure(NotComputable(
                "tremor",
                "the \(hand) hand is sampled at \(Self.number(sampleRate)) fps, so the highest measurable frequency (Nyquist) is \(Self.number(sampleRate / 2)) Hz, "
                    + "not above the tremor band's top \(Self.number(band.upperBound)) Hz; record at more than \(Self.number(2 * band.upperBound)) fps or lower the band"))
        }
        let plan: Plan
        do {
            plan = try makePlan(sampleRate: sampleRate, phase: clock.phase)
        } catch {
            return .failure(NotComputable("tremor", "the uniform grid cannot be set up: \(error)"))
        }
        let duration = (track.timestamps.last ?? 0) - (track.timestamps.first ?? 0) + 1 / sampleRate
        guard duration >= Double(plan.segmentLength) / sampleRate - 1e-9 else {
            return .failure(NotComputable(
                "tremor", "the recording is \(Self.seconds(duration)) long; tremor needs at least one \(Self.seconds(configuration.segmentSeconds)) window"))
        }

        let depth = Self.usesDepth(track, spatial: spatial)
        let axes: [Axis] = depth ? [.x, .y, .z] : [.x, .y]
        var notes: [String] = []
        var notComputable: [NotComputable] = []
        if spatial.space.intrinsicMillimetresPerUnit != nil && !depth {
            notes.append("z is missing in some samples, so tremor is measured in x and y only")
        }
        if !spatial.isIsotropic {
            notes.append("normalized x and y are scaled by the image width and height, which differ, so the tremor axis and amplitude are approximate; give the image size")
        }

        let workspace = TremorCrossSpectrum(
            dimensions: axes.count, sampleRate: sampleRate, segmentLength: plan.segmentLength, overlap: plan.overlap,
            fftLength: plan.fftLength, band: band)
        var spectra: [LandmarkSpectrum] = []
        for landmark in Landmark.allCases {
            switch landmarkSpectrum(landmark, in: track, axes: axes, plan: plan, workspace: workspace) {
            case .success(let spectrum): spectra.append(spectrum)
            case .failure(let reason): notComputable.append(reason)
            }
        }
        guard !spectra.isEmpty else {
            let reasons = notComputable.map(\.reason)
            let common = reasons.allSatisfy { $0 == reasons.first } ? reasons.first ?? "" : reasons.joined(separator: "; ")
            return .failure(NotComputable("tremor", "no landmark of the \(hand) hand can be analysed: \(common)"))
        }

        let scale = spatial.millimetresPerUnit
        var floor: Double?
        var floorSource: String?
        if let noiseFloorMm, let scale, noiseFloorMm.isFinite, noiseFloorMm >= 0 {
            floor = noiseFloorMm / scale
            floorSource = "given"
        } else {
            if noiseFloorMm != nil { notes.append("the given noise floor in mm cannot be used without a millimetre calibration; it was estimated from the spectra") }
            floor = estimatedNoiseFloor(spectra)
            floorSource = floor == nil ? nil : "estimated"
        }

        var rows: [(LandmarkTremor, LandmarkSpectrum)] = []
        for spectrum in spectra {
            switch landmarkTremor(spectrum, plan: plan, millimetresPerUnit: scale, noiseFloor: floor) {
            case .success(let row): rows.append((row, spectrum))
            case .failure(let reason): notComputable.append(reason)
            }
        }
        guard let (summary, summarySpectrum) = rows.max(by: { $0.0.bandPower < $1.0.bandPower }) else {
            return .failure(NotComputable("tremor", "no landmark of the \(hand) hand has power in the band \(Self.band(band))"))
        }

        let unit = spatial.space.unitName
        if scale == nil {
            let why = "the coordinates are in \(unit) units without a millimetre calibration (give the hand length in mm or use world landmarks); the value is reported in \(unit) units"
            notComputable.append(NotComputable("tremor.amplitudeMm", why))
            notComputable.append(NotComputable("tremor.rmsMm", why))
        }
        if summary.harmonicRatio == nil {
            notComputable.append(NotComputable(
                "tremor.harmonicRatio",
                "the second harmonic \(Self.number(2 * summary.frequencyHz)) Hz lies above the Nyquist frequency \(Self.number(plan.nyquist)) Hz"))
        }
        if summary.tremorTimeFraction == nil {
            notComputable.append(NotComputable("tremor.tremorTimeFraction", "no noise floor could be established"))
        }
        let squared = scale.map { $0 * $0 } ?? 1
        let spectrum = TremorEstimate.Spectrum(
            frequenciesHz: summarySpectrum.frequencies, power: summarySpectrum.power.map { $0 * squared },
            unit: scale == nil ? "\(unit)²/Hz" : "mm²/Hz")
        let sampling = TremorEstimate.Sampling(
            sampleRateHz: sampleRate,
            method: "each landmark's \(axes.map(\.name).joined(separator: ", ")) linearly interpolated onto a uniform \(Self.number(sampleRate)) Hz grid "
                + "(aligned to the frame clock fitted to the timestamps) over stretches without gaps longer than \(Self.seconds(configuration.maximumGapSeconds)); "
                + "stretches shorter than one \(Self.seconds(configuration.segmentSeconds)) segment are skipped",
            coordinates: axes.map(\.name), stretches: summarySpectrum.stretches, analysedSeconds: summarySpectrum.seconds,
            segments: summarySpectrum.segments, resolutionHz: sampleRate / Double(plan.segmentLength),
            noiseFloor: floor, noiseFloorMm: floor.flatMap { f in scale.map { f * $0 } }, noiseFloorSource: floorSource)
        return .success(TremorEstimate(
            hand: track.side, summary: summary, unit: unit, perLandmark: rows.map(\.0), spectrum: spectrum,
            sampling: sampling, configuration: configuration, notComputable: notComputable, notes: notes))
    }

    /// The resampler and segment sizes for a hand sampled at `sampleRate` Hz.
    func makePlan(sampleRate: Double, phase: Double) throws -> Plan {
        let segment = max(2, Int((configuration.segmentSeconds * sampleRate).rounded()))
        return Plan(
            sampleRate: sampleRate, phase: phase,
            resampler: try UniformResampler(sampleRate: sampleRate, maximumGap: .infinity),
            segmentLength: segment,
            overlap: min(segment - 1, Int(configuration.segmentOverlap * Double(segment))),
            fftLength: configuration.fftLengthFactor * segment)
    }

    /// `√(median_landmarks(median_{f ∈ band} P(f)) · (f_hi − f_lo))`, native unit; `nil` when no
    /// landmark has a band bin.
    func estimatedNoiseFloor(_ spectra: [LandmarkSpectrum]) -> Double? {
        let band = configuration.bandHz
        var levels: [Double] = []
        for spectrum in spectra {
            let tolerance = TremorSpectrum.edgeTolerance
            let inBand = spectrum.frequencies.indices.filter {
                spectrum.frequencies[$0] >= band.lowerBound - tolerance && spectrum.frequencies[$0] <= band.upperBound + tolerance
            }
            if let level = Self.median(inBand.map { spectrum.power[$0] }) { levels.append(level) }
        }
        return Self.median(levels).map { ($0 * (band.upperBound - band.lowerBound)).squareRoot() }
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var values = values
        return OrderStatistics.median(of: &values)
    }

    /// `12`, `7.5`, `29.97`: up to two decimals, trailing zeros dropped.
    static func number(_ value: Double) -> String { String(trimmedDecimal: value, places: 2) }

    static func seconds(_ value: Double) -> String { String(cFormat: "%.1f s", value) }

    static func band(_ band: ClosedRange<Double>) -> String { "\(number(band.lowerBound))–\(number(band.upperBound)) Hz" }
}
