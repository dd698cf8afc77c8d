import HandPoseAnalysis
import HandPoseCore
import HandPoseQuality
import HandPoseSimulation

/// Where one benchmark cell's numbers come from, copied into each of its rows.
public struct BenchmarkCell: Sendable, Hashable {
    /// 1-based position of the cell in the benchmark (the grid order).
    public var index: Int
    /// `simulated`, or the path of the recording.
    public var source: String
    /// The nominal frame rate, fps: the simulated rate, or the recording's nominal rate.
    public var frameRateHz: Double
    /// The simulated duration, s, or the recording's first-to-last-frame time.
    public var durationSeconds: Double
    /// The simulated landmark noise (standard deviation per coordinate, mm); `nil` without truth.
    public var noiseMm: Double?
    /// The simulation seed; `nil` without truth.
    public var seed: UInt64?

    public init(index: Int, source: String, frameRateHz: Double, durationSeconds: Double, noiseMm: Double?, seed: UInt64?) {
        self.index = index
        self.source = source
        self.frameRateHz = frameRateHz
        self.durationSeconds = durationSeconds
        self.noiseMm = noiseMm
        self.seed = seed
    }
}

/// One benchmark cell: the recording every method filters and, when the truth is known, the true
/// clean signal (the same simulation without its landmark noise) and the truth document.
///
/// Both recordings are put in one coordinate space: normalized image coordinates become isotropic
/// pixels (`x·W, y·H, z·W`, as the reader does when the image size is known), and with a truth an
/// uncalibrated pixel recording takes the virtual camera's millimetres per pixel. Errors are then
/// reported in mm with ``millimetresPerUnit``, and the Kalman-family noise parameters (given in mm)
/// are converted with it.
public struct BenchmarkCase: Sendable {
    /// What every method filters.
    public var recording: Recording
    /// The true clean signal on the same frames, in the same space; `nil` without truth.
    public var clean: Recording?
    /// The simulation truth; `nil` without truth.
    public var truth: SimulationTruth?
    /// Where the numbers come from.
    public var cell: BenchmarkCell
    /// The rate every filter is designed for (the recording's nominal rate, as `handpose filter`).
    public var sampleRate: Double
    /// The hands benchmarked, left first.
    public var hands: [HandSide]
    /// Millimetres per coordinate unit, for errors and noise parameters.
    public var millimetresPerUnit: Double
    /// How ``millimetresPerUnit`` was obtained (`intrinsic`, `simulation truth: 0.625 mm per pixel`,
    /// `typical 88 mm hand length`).
    public var scaleSource: String

    /// A simulated cell: the recording of `configuration`, its truth and its clean signal.
    ///
    /// - Throws: ``BenchmarkError`` (``BenchmarkError/Code/invalidGrid``) when the configuration is
    ///   invalid (for example a tremor above Nyquist at this frame rate).
    public static func simulated(_ configuration: SimulationConfiguration, index: Int = 1) throws(BenchmarkError) -> BenchmarkCase {
        do {
            try configuration.validate()
        } catch {
            throw BenchmarkError(.invalidGrid, "cell \(index): \(error)")
        }
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        return try prepared(
            recording: recording, truth: truth, clean: RecordingSimulator.cleanRecording(for: configuration), source: "simulated",
            hands: nil, index: index)
    }

    /// A recorded cell: `recording` read from `source`, with the truth of the simulation that made
    /// it when there is one. The clean signal is rebuilt from the truth's configuration and seed.
    ///
    /// - Parameter hands: the hands to benchmark (default: every hand of the recording).
    /// - Throws: ``BenchmarkError``: ``BenchmarkError/Code/truthMismatch`` when the truth was made by
    ///   another simulator model or does not describe this recording (frames, hands, space, or
    ///   samples further from the clean signal than its noise allows);
    ///   ``BenchmarkError/Code/unusableRecording`` without a sample rate or a requested hand.
    public static func recorded(
        _ recording: Recording, truth: SimulationTruth?, source: String, hands: [HandSide]? = nil, index: Int = 1
    ) throws(BenchmarkError) -> BenchmarkCase {
        var clean: Recording?
        if let truth {
            let model = "handpose-simulate model \(RecordingSimulator.modelVersion)"
            guard truth.generator == model else {
                throw BenchmarkError(
                    .truthMismatch,
                    "the truth was made by \"\(truth.generator)\", this handpose simulates \"\(model)\"; the clean signal cannot be rebuilt")
            }
            do {
                try truth.configuration.validate()
            } catch {
                throw BenchmarkError(.truthMismatch, "the truth's configuration is invalid: \(error)")
            }
            clean = RecordingSimulator.cleanRecording(for: truth.configuration)
        }
        return try prepared(recording: recording, truth: truth, clean: clean, source: source, hands: hands, index: index)
    }

    private static func prepared(
        recording original: Recording, truth: SimulationTruth?, clean cleanInput: Recording?, source: String,
        hands requested: [HandSide]?, index: Int
    ) throws(BenchmarkError) -> BenchmarkCase {
        var recording = original
        var clean = cleanInput
        if let truth, var noiseFree = clean {
            toPixels(&recording, imageSize: recording.spatial.imageSize ?? truth.imageSize)
            toPixels(&noiseFree, imageSize: truth.imageSize)
            guard recording.spatial.space == noiseFree.spatial.space else {
                throw BenchmarkError(
                    .truthMismatch,
                    "the recording is in \(recording.spatial.space.rawValue), the truth's simulation in \(noiseFree.spatial.space.rawValue); "
                        + "is this the right truth file?")
            }
            if recording.spatial.space == .imagePixels, recording.spatial.millimetresPerUnit == nil {
                recording.spatial.millimetresPerUnit = truth.millimetresPerPixel
                recording.spatial.calibration = "simulation truth: \(truth.millimetresPerPixel) mm per pixel"
            }
            noiseFree.spatial = recording.spatial
            try checkFrames(recording, against: noiseFree)
            clean = noiseFree
        }
        let timing = FrameTiming(recording: recording)
        guard let sampleRate = timing.nominalRateHz, sampleRate.isFinite, sampleRate > 0 else {
            throw BenchmarkError(
                .unusableRecording, "the recording has \(recording.frameCount) frame(s): no sample rate to design the filters for")
        }
        let present = recording.hands.filter { $0.presentFrameCount > 0 }.map(\.side)
        let hands = requested ?? present
        if let missing = hands.first(where: { !present.contains($0) }) {
            throw BenchmarkError(.unusableRecording, "the recording has no \(missing) hand; hands present: \(present.map(\.rawValue).joined(separator: ", "))")
        }
        guard !hands.isEmpty else { throw BenchmarkError(.unusableRecording, "no hand is detected in any frame") }

        let scale: Double, scaleSource: String
        if let known = recording.spatial.millimetresPerUnit {
            scale = known
            scaleSource = recording.spatial.calibration ?? "intrinsic"
        } else {
            scale = TypicalHand.millimetresPerUnit(recording)
            scaleSource = "typical \(Int(TypicalHand.lengthMillimetres)) mm hand length (uncalibrated \(recording.spatial.space.unitName) units)"
        }
        if let truth, let clean {
            try checkNoise(recording, against: clean, hands: hands, scale: scale, noiseMm: truth.configuration.noiseMillimetres)
        }
        let cell = BenchmarkCell(
            index: index, source: source, frameRateHz: truth?.configuration.frameRate ?? sampleRate,
            durationSeconds: truth?.configuration.duration ?? recording.duration, noiseMm: truth?.configuration.noiseMillimetres,
            seed: truth?.seed)
        return BenchmarkCase(
            recording: recording, clean: clean, truth: truth, cell: cell, sampleRate: sampleRate, hands: hands.sorted(),
            millimetresPerUnit: scale, scaleSource: scaleSource)
    }

    /// Normalized image coordinates → isotropic pixels `(x·W, y·H, z·W)`, as the reader does.
    private static func toPixels(_ recording: inout Recording, imageSize: ImageSize) {
        guard recording.spatial.space == .imageNormalized else { return }
        let factors = [Double(imageSize.width), Double(imageSize.height), Double(imageSize.width)]
        for side in HandSide.allCases {
            guard var track = recording[side] else { continue }
            for channel in 0..<Channel.count {
                let factor = factors[channel % 3]
                track.channels[channel] = track.channels[channel].map { $0 * factor }
            }
            recording[side] = track
        }
        recording.spatial = SpatialReference(
            space: .imagePixels, provenance: recording.spatial.provenance,
            reason: recording.spatial.reason + "; converted to pixels with the image size \(imageSize) (x·W, y·H, z·W)",
            imageSize: imageSize, millimetresPerUnit: recording.spatial.millimetresPerUnit, calibration: recording.spatial.calibration)
    }

    /// The recording and the truth's simulation must share frames, hands and presence.
    private static func checkFrames(_ recording: Recording, against clean: Recording) throws(BenchmarkError) {
        let hint = "the truth does not describe this recording; is this the right truth file?"
        guard recording.frameCount == clean.frameCount else {
            throw BenchmarkError(
                .truthMismatch, "the recording has \(recording.frameCount) frames, the truth's simulation \(clean.frameCount): \(hint)")
        }
        // The writer rounds times to whole microseconds.
        if let frame = recording.timestamps.indices.first(where: { abs(recording.timestamps[$0] - clean.timestamps[$0]) > 2e-6 }) {
            throw BenchmarkError(
                .truthMismatch,
                "frame \(frame) is at \(recording.timestamps[frame]) s in the recording and at \(clean.timestamps[frame]) s in the truth's simulation: \(hint)")
        }
        let sides = recording.hands.map(\.side), cleanSides = clean.hands.map(\.side)
        guard sides == cleanSides else {
            throw BenchmarkError(
                .truthMismatch,
                "the recording has the hands [\(sides.map(\.rawValue).joined(separator: ", "))], the truth's simulation "
                    + "[\(cleanSides.map(\.rawValue).joined(separator: ", "))]: \(hint)")
        }
        for side in sides where recording[side]?.presence != clean[side]?.presence {
            throw BenchmarkError(.truthMismatch, "the \(side) hand is present in other frames than in the truth's simulation: \(hint)")
        }
    }

    /// The recording must lie within its noise of the clean signal: a per-coordinate RMS difference
    /// above `3·noise + 0.1 mm` means another simulation.
    private static func checkNoise(
        _ recording: Recording, against clean: Recording, hands: [HandSide], scale: Double, noiseMm: Double
    ) throws(BenchmarkError) {
        var sum = 0.0, count = 0
        for side in hands {
            guard let track = recording[side], let truth = clean[side] else { continue }
            for channel in 0..<Channel.count {
                for (value, reference) in zip(track.channels[channel], truth.channels[channel]) where value.isFinite && reference.isFinite {
                    let difference = (value - reference) * scale
                    sum += difference * difference
                    count += 1
                }
            }
        }
        guard count > 0 else { return }
        let rms = (sum / Double(count)).squareRoot()
        let limit = 3 * noiseMm + 0.1
        guard rms <= limit else {
            throw BenchmarkError(
                .truthMismatch,
                "the recording differs from the truth's noise-free signal by \(BenchmarkFormat.number(rms, 3)) mm RMS, more than its "
                    + "\(BenchmarkFormat.number(noiseMm, 3)) mm noise allows (\(BenchmarkFormat.number(limit, 3)) mm); is this the right truth file?")
        }
    }
}
