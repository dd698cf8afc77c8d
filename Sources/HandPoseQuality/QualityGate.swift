import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseNumerics

/// The quality gate: measures timing, presence, label stability and noise of a recording and turns
/// every problem into a named ``QualityFlag``.
///
/// Flags and thresholds (all in ``QualityConfiguration``):
///
/// | code | severity | raised when |
/// |---|---|---|
/// | `noHands` | critical | no hand detected in any frame |
/// | `tooFewFrames` | critical | fewer than 2 frames |
/// | `lowSampleRate` | critical | Nyquist = nominal/2 ≤ tremor band upper edge (12 Hz) |
/// | `variableFrameRate` | warning | jitter > 10 % of the median interval |
/// | `droppedFrames` | warning | dropped > 1 % of expected frames |
/// | `nominalRateMismatch` | warning | declared `nominal_fps` off by > 5 % from 1/median Δt |
/// | `assumedTimeBase` | warning | times derived from an assumed fps: every frequency scales with it |
/// | `shortRecording` | warning | duration < 10 s |
/// | `longGap` | warning | a hand's longest gap > 0.5 s |
/// | `lowHandPresence` | warning | a hand present in < 80 % of frames |
/// | `handednessFlips` | warning | ≥ 1 label swap |
/// | `handednessInconsistent` | warning | ≥ 80 % of decisive frames have the other hand's shape |
/// | `anisotropicCoordinates` | warning | normalized x/y of a non-square or unknown-size image |
/// | `highNoiseFloor` | warning | calibrated in-band noise RMS > 0.5 mm |
/// | `uncalibratedUnits` | info | no millimetre calibration |
public struct QualityGate: Sendable {
    public var configuration: QualityConfiguration

    public init(configuration: QualityConfiguration = .init()) {
        self.configuration = configuration
    }

    /// The summary and the quality report together, as printed by `handpose inspect`.
    ///
    /// `excludedFrames` are frames a clinician left out on purpose (artifact annotations; the
    /// recording has them blanked already): they are not tracking gaps, so hand presence counts only
    /// the other frames and a gap is measured only over frames that are missing without being excluded.
    public func inspect(_ recording: Recording, excludedFrames: [Int] = []) -> InspectionReport {
        let timing = FrameTiming(recording: recording, configuration: configuration)
        return InspectionReport(
            recording: RecordingSummary(recording, timing: timing),
            quality: assess(recording, timing: timing, excludedFrames: excludedFrames), parameters: configuration)
    }

    /// Measures `recording` and raises the flags. O(frames · channels) plus the noise-floor FFTs.
    public func assess(_ recording: Recording) -> QualityReport {
        assess(recording, timing: FrameTiming(recording: recording, configuration: configuration))
    }

    func assess(_ recording: Recording, timing: FrameTiming, excludedFrames: [Int] = []) -> QualityReport {
        var excluded = [Bool](repeating: false, count: recording.frameCount)
        for frame in excludedFrames where excluded.indices.contains(frame) { excluded[frame] = true }
        let band = configuration.tremorBandHz
        var flags: [QualityFlag] = []
        let nominal = timing.nominalRateHz
        let nominalInterval = nominal.map { 1 / $0 } ?? 0
        let nyquist = nominal.map { $0 / 2 }
        let covers = (nyquist ?? 0) > band.upperBound

        // Recording-wide checks.
        if recording.frameCount < 2 {
            flags.append(.init(.tooFewFrames, .critical, "\(recording.frameCount) frame(s): no sample rate can be measured"))
        }
        if !recording.hands.contains(where: { $0.presentFrameCount > 0 }) {
            flags.append(.init(.noHands, .critical, "no hand is detected in any frame"))
        }
        if let nominal, let nyquist, !covers {
            flags.append(.init(
                .lowSampleRate, .critical,
                "\(f(nominal)) fps gives a Nyquist frequency of \(f(nyquist)) Hz, not above the tremor band's upper edge "
                    + "\(f(band.upperBound)) Hz: tremor above \(f(nyquist)) Hz cannot be measured and aliases into lower frequencies"))
        }
        if let median = timing.medianInterval, let jitter = timing.jitterMs,
            jitter > configuration.variableFrameRateJitterFraction * median * 1000
        {
            flags.append(.init(
                .variableFrameRate, .warning,
                "frame-interval jitter \(f(jitter)) ms exceeds \(f(configuration.variableFrameRateJitterFraction * 100)) % "
                    + "of the median interval \(f(median * 1000)) ms; spectral analysis resamples to a uniform grid"))
        }
        let expected = recording.frameCount + timing.droppedFrames
        if expected > 0, Double(timing.droppedFrames) > configuration.droppedFrameFraction * Double(expected) {
            flags.append(.init(
                .droppedFrames, .warning,
                "\(timing.droppedFrames) of \(expected) expected frames (\(f(100 * Double(timing.droppedFrames) / Double(expected))) %) "
                    + "are missing from the timeline"))
        }
        if let declared = timing.rejectedMetadataRateHz, let measured = timing.measuredRateHz {
            flags.append(.init(
                .nominalRateMismatch, .warning,
                "the file declares \(f(declared)) fps but the median frame interval gives \(f(measured)) fps; using the measured rate"))
        }
        if recording.timeBase.isAssumed {
            let rate = recording.timeBase.assumedFrameRate.map { "\(f($0)) fps" } ?? "a frame rate"
            flags.append(.init(
                .assumedTimeBase, .warning,
                "times are frame indices at an assumed \(rate), not measured: every frequency scales with that assumption"))
        }
        if recording.duration < configuration.minimumDurationSeconds {
            flags.append(.init(
                .shortRecording, .warning,
                "duration \(f(recording.duration)) s is below \(f(configuration.minimumDurationSeconds)) s: "
                    + "few \(f(configuration.noiseSegmentSeconds)) s tremor windows fit"))
        }
        if !recording.spatial.isIsotropic {
            flags.append(.init(
                .anisotropicCoordinates, .warning,
                "normalized image coordinates without a square or known image size: x and y are on different scales; "
                    + "give --image-size to make distances and amplitudes meaningful"))
        }
        if recording.spatial.millimetresPerUnit == nil {
            flags.append(.init(
                .uncalibratedUnits, .info,
                "amplitudes are in the native unit (\(recording.spatial.space.unitName)) only; give --hand-length-mm to report millimetres"))
        }

        // Per-hand checks.
        let flips = HandednessFlips(recording: recording, configuration: configuration)
        let minutes = recording.duration / 60
        if !flips.frames.isEmpty {
            let times = flips.frames.prefix(5).map { "\(f(recording.timestamps[$0])) s" }.joined(separator: ", ")
            flags.append(.init(
                .handednessFlips, .warning,
                "hand labels swap \(flips.frames.count) time(s) (at \(times)\(flips.frames.count > 5 ? ", …" : "")); "
                    + "per-hand results mix both hands around these frames"))
        }
        if let reason = flips.notAssessable {
            flags.append(.init(.labelSwapsNotAssessable, .info, reason))
        }
        var longestGap: [String: Double] = [:], presence: [String: Double] = [:]
        var handedness: [String: HandednessAssessment] = [:], noise: [String: NoiseFloorEstimate] = [:]
        let estimator = nominal.flatMap { rate -> NoiseFloorEstimator? in
            guard rate / 2 > band.lowerBound else { return nil }
            return NoiseFloorEstimator(sampleRate: rate, band: band, configuration: configuration)
        }
        // The two costly per-hand measurements, the hands side by side on the cores.
        let hands = recording.hands
        let measured = ConcurrentResults<(chirality: ChiralityCheck, noise: NoiseFloorEstimate)>(count: hands.count)
        DispatchQueue.concurrentPerform(iterations: hands.count) { index in
            let track = hands[index]
            measured[index] = (
                ChiralityCheck(track: track, configuration: configuration),
                noiseFloor(track, recording: recording, estimator: estimator, nyquist: nyquist))
        }
        for (index, track) in hands.enumerated() {
            let side = track.side, key = side.rawValue
            let (chirality, floor) = measured[index]!
            let present = HandPresence(
                track: track, nominalInterval: nominalInterval, excluded: excludedFrames.isEmpty ? nil : excluded)
            longestGap[key] = present.longestGapSeconds
            presence[key] = present.fraction
            if present.longestGapSeconds > configuration.longGapSeconds {
                flags.append(.init(
                    .longGap, .warning, hand: side,
                    "the \(key) hand is missing for up to \(f(present.longestGapSeconds)) s (limit \(f(configuration.longGapSeconds)) s); "
                        + "analysis windows must not span the gap"))
            }
            if present.fraction < configuration.minimumHandPresence {
                flags.append(.init(
                    .lowHandPresence, .warning, hand: side,
                    "the \(key) hand is detected in \(f(100 * present.fraction)) % of frames (minimum \(f(100 * configuration.minimumHandPresence)) %)"))
            }
            let check = chirality.assessment(labelFlips: flips.perHand[side] ?? 0, configuration: configuration)
            handedness[key] = check
            if check.geometricCheck == .inconsistent {
                flags.append(.init(
                    .handednessInconsistent, .warning, hand: side,
                    "the hand labelled \(key) has the shape of a \(side.opposite.rawValue) hand in "
                        + "\(f(100 * (1 - (check.agreement ?? 0)))) % of decisive frames; if the video was mirrored, read it with --mirrored"))
            }
            noise[key] = floor
            if let mm = floor.rmsMillimetres, mm > configuration.highNoiseFloorMillimetres {
                flags.append(.init(
                    .highNoiseFloor, .warning, hand: side,
                    "the \(key) hand's landmark jitter in \(f(floor.bandHz?[0] ?? band.lowerBound))-\(f(floor.bandHz?[1] ?? band.upperBound)) Hz "
                        + "is \(f(mm)) mm RMS (limit \(f(configuration.highNoiseFloorMillimetres)) mm): tremor smaller than this cannot be told from noise"))
            }
        }

        let ordered = flags.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        // Reported values are quantised (rates to 1 µHz, times to 1 ns) so that floating-point dust from
        // timestamp differences (30.000000000000107 Hz) does not reach reports and snapshots.
        return QualityReport(
            nominalSampleRateHz: nominal.map { quantise($0, 1e-6) }, nominalSampleRateSource: timing.nominalSource,
            effectiveSampleRateHz: timing.effectiveRateHz.map { quantise($0, 1e-6) },
            medianFrameIntervalMs: timing.medianInterval.map { quantise($0 * 1000, 1e-6) },
            jitterMs: timing.jitterMs.map { quantise($0, 1e-6) }, jitterP95Ms: timing.jitterP95Ms.map { quantise($0, 1e-6) },
            droppedFrames: timing.droppedFrames, nyquistHz: nyquist.map { quantise($0, 1e-6) },
            tremorBandHz: [band.lowerBound, band.upperBound], coversTremorBand: covers,
            longestGapSeconds: longestGap.mapValues { quantise($0, 1e-9) }, handPresence: presence, handednessFlips: flips.frames.count,
            handednessFlipsPerMinute: minutes > 0 ? Double(flips.frames.count) / minutes : nil,
            handedness: handedness, noiseFloor: noise, flags: ordered)
    }

    private func noiseFloor(
        _ track: HandTrack, recording: Recording, estimator: NoiseFloorEstimator?, nyquist: Double?
    ) -> NoiseFloorEstimate {
        let band = configuration.tremorBandHz
        let unit = recording.spatial.space.unitName
        let method = NoiseFloorEstimator.methodDescription
        guard let estimator, let nyquist else {
            let reason = nyquist.map { "Nyquist \(f($0)) Hz is below the band's lower edge \(f(band.lowerBound)) Hz" }
                ?? "no sample rate"
            return NoiseFloorEstimate(
                rmsNative: nil, rmsMillimetres: nil, unit: unit, bandHz: nil, bandLimitedByNyquist: false,
                resolutionHz: nil, channels: 0, segments: 0, method: method, notComputable: reason)
        }
        let upper = min(band.upperBound, nyquist)
        let limited = upper < band.upperBound
        let axes: [Axis] = recording.spatial.space.intrinsicMillimetresPerUnit != nil ? [.x, .y, .z] : [.x, .y]
        var rms: [Double] = []
        var segments = 0
        let workspace = estimator.makeWorkspace()
        for landmark in Landmark.allCases {
            for axis in axes {
                if let workspace,
                    let result = estimator.channelRMS(
                        values: track.samples(landmark, axis), timestamps: track.timestamps, workspace: workspace)
                {
                    rms.append(result.rms)
                    segments += result.segments
                }
            }
        }
        let floor = Statistics.median(rms)
        return NoiseFloorEstimate(
            rmsNative: floor, rmsMillimetres: floor.flatMap { v in recording.spatial.millimetresPerUnit.map { v * $0 } },
            unit: unit, bandHz: [band.lowerBound, quantise(upper, 1e-6)], bandLimitedByNyquist: limited,
            resolutionHz: quantise(estimator.sampleRate / Double(estimator.segmentLength), 1e-9), channels: rms.count, segments: segments,
            method: limited ? method + "; band clipped to Nyquist \(f(nyquist)) Hz" : method,
            notComputable: floor == nil
                ? "no run of continuous detection lasts \(f(configuration.noiseSegmentSeconds)) s" : nil)
    }
}

/// A number for a message: up to 3 significant decimals, no trailing zeros.
private func f(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    let text = String(cFormat: abs(value) >= 100 ? "%.1f" : (abs(value) >= 1 ? "%.2f" : "%.3g"), value)
    guard text.contains("."), !text.contains("e") else { return text }
    var trimmed = text
    while trimmed.hasSuffix("0") { trimmed.removeLast() }
    if trimmed.hasSuffix(".") { trimmed.removeLast() }
    return trimmed
}

/// `value` rounded to a multiple of `quantum`.
/// (Multiplies by the exact integer `1/quantum` and divides back, so 30.000000000000107 becomes exactly 30.)
func quantise(_ value: Double, _ quantum: Double) -> Double {
    let scale = (1 / quantum).rounded()
    return (value * scale).rounded() / scale
}
