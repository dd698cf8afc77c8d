import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseDSP
import HandPoseIO
import HandPoseMetrics
import HandPoseQuality

/// The analysis a backend service calls: a recording and a protocol in, a ``ClinicalAnalysis`` out.
///
/// ```swift
/// let analyzer = try Analyzer(protocol: ProtocolLibrary.bundled.resolve("parkinsons-tremor-assessment"))
/// let analysis = try analyzer.analyze(contentsOf: "recording.csv")
/// let json = try analysis.jsonData()          // the same document as `handpose analyze --format json`
/// ```
///
/// The path: quality gate → optional filter → per hand, over the whole recording: tremor,
/// smoothness, range of motion, confidence → per protocol movement: tremor and smoothness →
/// asymmetry → summary. Every stage that cannot do its job says why under `notComputable`.
///
/// With a filter, every tremor is also measured on the unfiltered recording, and the estimate
/// says how much of the amplitude the filter kept (``TremorEstimate/filterAmplitudeRatio``, with a
/// note when it is outside ``FilterAmplitudeCheck/tolerance``).
///
/// `Analyzer` is an immutable value: share one across any number of concurrent tasks.
public struct Analyzer: Sendable {
    /// The protocol whose movements structure the analysis.
    public let clinicalProtocol: ClinicalProtocol
    /// Band, filter and quality settings.
    public let options: AnalysisOptions

    /// An analyzer for `clinicalProtocol` (default: `free-recording`, the whole file as one movement).
    public init(protocol clinicalProtocol: ClinicalProtocol = ProtocolLibrary.bundled.defaultProtocol, options: AnalysisOptions = .init()) {
        self.clinicalProtocol = clinicalProtocol
        self.options = options
    }

    /// Reads and analyses the recording at `path`.
    ///
    /// - Throws: ``AnalysisError`` with code `unreadableRecording` wrapping the reader's
    ///   `path:line:column: error:` message, or `invalidOption` naming `path` as its file.
    public func analyze(contentsOf path: String, ingest: IngestOptions = .init()) throws(AnalysisError) -> ClinicalAnalysis {
        let recording = try Self.read(path, ingest: ingest)
        do { return try analyze(recording) } catch { throw error.naming(path) }
    }

    /// Reads the recording at `path`, turning a reader error into ``AnalysisError``
    /// `unreadableRecording` with the reader's path, line, column and code.
    static func read(_ path: String, ingest: IngestOptions) throws(AnalysisError) -> Recording {
        do {
            return try RecordingReader.read(contentsOf: path, options: ingest)
        } catch {
            var failure = AnalysisError(.unreadableRecording, path: error.path, error.message)
            failure.line = error.line
            failure.column = error.column
            failure.ingestCode = error.code.rawValue
            throw failure
        }
    }

    /// Analyses `recording`.
    ///
    /// - Throws: ``AnalysisError`` `invalidOption` when the band or `options.filter` cannot apply to
    ///   this recording (e.g. a band above Nyquist is not an error but a not-computable tremor; a
    ///   filter cut-off above Nyquist is an error). A protocol movement's own filter that cannot
    ///   apply is not an error: that movement is analysed without it, with the reason.
    public func analyze(_ recording: Recording) throws(AnalysisError) -> ClinicalAnalysis {
        try analyzeKeepingSignals(recording).analysis
    }

    /// Analyses `recording` like ``analyze(_:)`` and also returns the whole-recording signals the
    /// metrics were computed from: the recording after `options.excludedRanges` and
    /// `options.filter`, or the recording itself when neither is set. A store keeps them beside the
    /// analysis.
    public func analyzeKeepingSignals(
        _ recording: Recording
    ) throws(AnalysisError) -> (analysis: ClinicalAnalysis, conditioned: Recording) {
        let (recording, excluded, excludedFrames) = try excluding(options.excludedRanges, from: recording)
        let band = options.tremorBandHz ?? clinicalProtocol.movements.first?.tremorBand.range ?? 3...12
        var qualityConfiguration = options.quality
        qualityConfiguration.tremorBandHz = band
        let inspection = QualityGate(configuration: qualityConfiguration).inspect(recording, excludedFrames: excludedFrames)
        let timing = FrameTiming(recording: recording, configuration: qualityConfiguration)
        let scale = recording.spatial.millimetresPerUnit ?? TypicalHand.millimetresPerUnit(recording)

        var conditioned = recording
        var algorithms: [String: String] = [:]
        if let preset = options.filter {
            let filter = try makeFilter(preset, sampleRate: timing.nominalRateHz, millimetresPerUnit: scale)
            conditioned = RecordingFiltering.apply(filter, to: recording).0
            algorithms["filter"] = filter.algorithmID
        }

        var notComputable: [NotComputable] = []
        let tremorConfiguration = TremorConfiguration(bandHz: band)
        let unfiltered = options.filter == nil ? nil : recording
        let overall = analyzeHands(
            conditioned, unfiltered: unfiltered, quality: inspection.quality, tremor: tremorConfiguration, rangeOfMotion: true,
            timing: timing, notComputable: &notComputable, scope: "")
        let handedness = handednessProblem(inspection.quality)
        let asymmetry = Self.asymmetry(overall, handednessProblem: handedness)
        notComputable += asymmetry.notComputable

        let segmentation = ProtocolSegmenter.segment(clinicalProtocol, recording: recording)
        var segments: [SegmentAnalysis] = []
        if clinicalProtocol.movements.count > 1 || clinicalProtocol.movements.first?.kind != .free {
            for segment in segmentation.segments {
                segments.append(analyzeSegment(
                    segment, of: conditioned, unfiltered: unfiltered, quality: inspection.quality, timing: timing, scale: scale,
                    handednessProblem: handedness, notComputable: &notComputable, algorithms: &algorithms))
            }
        }

        algorithms["tremor"] = "tremor-welch-principal-axis/1"
        algorithms["smoothness"] = "smoothness-submovement-median/1"
        algorithms["rangeOfMotion"] = RangeOfMotionParameters.algorithmID
        algorithms["asymmetry"] = "bounded-index/1"
        algorithms["quality"] = "quality-gate/1"

        var analysis = ClinicalAnalysis(
            schemaVersion: ClinicalAnalysis.currentSchemaVersion,
            software: .init(name: "handpose", version: HandPoseVersion.current),
            recording: inspection.recording, quality: inspection.quality,
            clinicalProtocol: .init(
                id: clinicalProtocol.id, name: clinicalProtocol.name, version: clinicalProtocol.version,
                notes: segmentation.notes),
            hands: overall, segments: segments, asymmetry: asymmetry,
            parameters: AnalysisParameters(
                tremorBandHz: [band.lowerBound, band.upperBound], filter: options.filter, tremor: tremorConfiguration,
                quality: qualityConfiguration,
                timeBase: "metrics use the recording's own timestamps; spectra resample each hand onto a uniform grid at the nominal rate",
                excludedRanges: excluded),
            algorithms: algorithms, notComputable: notComputable, summary: [])
        analysis.summary = ClinicalSummary.statements(for: analysis)
        return (analysis, conditioned)
    }

    // MARK: - Stages

    /// `recording` with the frames of `ranges` marked missing for both hands, and the ranges with
    /// their frame counts (nil when there are none).
    private func excluding(
        _ ranges: [ExcludedRange], from recording: Recording
    ) throws(AnalysisError) -> (Recording, [ExcludedRange]?, [Int]) {
        guard !ranges.isEmpty else { return (recording, nil, []) }
        var bounds: [ClosedRange<Double>] = []
        for (index, range) in ranges.enumerated() { bounds.append(try range.validated(index: index)) }
        let reported = zip(ranges, bounds).map { range, bound in
            var counted = range
            counted.frames = recording.excludedFrames([bound]).count
            return counted
        }
        return (recording.excluding(bounds), reported, recording.excludedFrames(bounds))
    }

    private func makeFilter(_ preset: ProtocolFilterPreset, sampleRate: Double?, millimetresPerUnit: Double) throws(AnalysisError) -> any ChannelFilter {
        guard let sampleRate else {
            throw AnalysisError(.invalidOption, "the recording has too few frames to design a \(preset.method.rawValue) filter for")
        }
        do {
            return try preset.makeFilter(sampleRate: sampleRate, millimetresPerUnit: millimetresPerUnit)
        } catch {
            throw AnalysisError(.invalidOption, field: "filter.\(error.parameter)", error.message)
        }
    }

    /// Tremor, smoothness, (range of motion) and confidence of every hand of `recording`; the two
    /// hands are analysed in parallel, their reasons merged left first. `unfiltered` is the same
    /// stretch before `options.filter`, when one was applied.
    private func analyzeHands(
        _ recording: Recording, unfiltered: Recording?, quality: QualityReport, tremor configuration: TremorConfiguration, rangeOfMotion: Bool,
        timing: FrameTiming, notComputable: inout [NotComputable], scope: String
    ) -> [String: HandAnalysis] {
        let tremorAnalyzer = (try? TremorAnalyzer(configuration: configuration)) ?? TremorAnalyzer()
        let sides = HandSide.allCases
        let results = ConcurrentResults<(HandAnalysis?, [NotComputable])>(count: sides.count)
        DispatchQueue.concurrentPerform(iterations: sides.count) { index in
            results[index] = analyzeHand(
                sides[index], of: recording, unfiltered: unfiltered, quality: quality, tremorAnalyzer: tremorAnalyzer,
                rangeOfMotion: rangeOfMotion, timing: timing, scope: scope)
        }
        var hands: [String: HandAnalysis] = [:]
        for (index, side) in sides.enumerated() {
            guard let (hand, reasons) = results[index] else { continue }
            hands[side.rawValue] = hand
            notComputable += reasons
        }
        return hands
    }

    /// One hand's results and the reasons for what could not be computed.
    private func analyzeHand(
        _ side: HandSide, of recording: Recording, unfiltered: Recording?, quality: QualityReport, tremorAnalyzer: TremorAnalyzer,
        rangeOfMotion: Bool, timing: FrameTiming, scope: String
    ) -> (HandAnalysis?, [NotComputable]) {
        let name = side.rawValue, prefix = "\(scope)hands.\(name)."
        guard let track = recording[side], track.presentFrameCount > 0 else {
            return (nil, [NotComputable("\(scope)hands.\(name)", "the \(name) hand is not in the recording")])
        }
        var notComputable: [NotComputable] = []
        var hand = HandAnalysis()
        let noiseFloorMm = quality.noiseFloor[name]?.rmsMillimetres
        switch tremorAnalyzer.analyze(track, spatial: recording.spatial, noiseFloorMm: noiseFloorMm) {
        case .success(var estimate):
            if let note = Self.bandEdgeNote(estimate, band: tremorAnalyzer.configuration.bandHz) { estimate.notes.append(note) }
            if let unfiltered, let method = options.filter?.method, let rawTrack = unfiltered[side],
                case .success(let raw) = tremorAnalyzer.analyze(rawTrack, spatial: unfiltered.spatial, noiseFloorMm: noiseFloorMm)
            {
                FilterAmplitudeCheck.apply(
                    to: &estimate, unfiltered: raw, method: method,
                    unfilteredHasPeak: Self.bandEdgeNote(raw, band: tremorAnalyzer.configuration.bandHz) == nil)
            }
            hand.tremor = estimate
            notComputable += estimate.notComputable.map { prefixed($0, prefix) }
        case .failure(let reason):
            notComputable.append(prefixed(reason, prefix))
        }
        let smoothness = SmoothnessAnalyzer().summarize(track, spatial: recording.spatial)
        hand.smoothness = smoothness
        notComputable += smoothness.notComputable.map { prefixed($0, prefix) }
        if rangeOfMotion {
            let range = RangeOfMotion.measure(track, spatial: recording.spatial)
            hand.rangeOfMotion = range
            notComputable += range.notComputable.map { prefixed($0, prefix) }
        }
        hand.confidence = AnalysisConfidence(
            confidenceInput(side, quality: quality, tremor: hand.tremor, band: tremorAnalyzer.configuration.bandHz, timing: timing))
        return (hand, notComputable)
    }

    /// `unfiltered`: the whole recording before `options.filter`, when one was applied. A movement's
    /// own `filterPreset` (applied only without `options.filter`) is part of its protocol, whose
    /// notes state its effect on tremor, so its amplitude is not checked here. The protocol chose
    /// that filter, not the caller: when it cannot be designed for this recording (a 12 Hz low-pass
    /// at 15 fps), the movement is analysed without it and `segments.NAME.filter` says why, instead
    /// of the whole analysis failing.
    private func analyzeSegment(
        _ segment: MovementSegment, of recording: Recording, unfiltered: Recording?, quality: QualityReport, timing: FrameTiming, scale: Double,
        handednessProblem: String?, notComputable: inout [NotComputable], algorithms: inout [String: String]
    ) -> SegmentAnalysis {
        let scope = "segments.\(segment.name)."
        guard let start = segment.startSeconds, let end = segment.endSeconds, segment.status != .missing else {
            notComputable.append(NotComputable(scope.dropLast().description, segment.reason ?? "the movement is not in the recording"))
            return SegmentAnalysis(segment: segment, hands: [:], asymmetry: nil)
        }
        var part = recording.slice(fromSeconds: start, toSeconds: end)
        if let preset = segment.filterPreset, options.filter == nil {
            do {
                let filter = try makeFilter(preset, sampleRate: timing.nominalRateHz, millimetresPerUnit: scale)
                part = RecordingFiltering.apply(filter, to: part).0
                algorithms["segmentFilter.\(segment.name)"] = filter.algorithmID
            } catch {
                notComputable.append(NotComputable(
                    ClinicalAnalysis.segmentFilterMetric(segment.name),
                    "the protocol's \(preset.method.rawValue) filter for this movement cannot be applied to this recording "
                        + "(\(error.message)); the movement is analysed without it"))
            }
        }
        let band = options.tremorBandHz ?? segment.tremorBandHz.range
        let hands = analyzeHands(
            part, unfiltered: unfiltered?.slice(fromSeconds: start, toSeconds: end), quality: quality,
            tremor: TremorConfiguration(bandHz: band), rangeOfMotion: false, timing: timing,
            notComputable: &notComputable, scope: scope)
        let asymmetry = Self.asymmetry(hands, handednessProblem: handednessProblem)
        notComputable += asymmetry.notComputable.map { prefixed($0, scope) }
        return SegmentAnalysis(segment: segment, hands: hands, asymmetry: asymmetry)
    }

    /// The note added when the dominant in-band frequency sits at an edge of the band: the power
    /// there leaks in from outside it (voluntary movement below 3 Hz, typically), so there is no
    /// distinct tremor peak. The numbers stay, the summary says so.
    public static let bandEdgePrefix = "no distinct tremor peak inside the band"

    static func bandEdgeNote(_ estimate: TremorEstimate, band: ClosedRange<Double>) -> String? {
        let margin = 2 * estimate.sampling.resolutionHz
        guard estimate.frequencyHz - band.lowerBound < margin || band.upperBound - estimate.frequencyHz < margin else { return nil }
        return "\(bandEdgePrefix): the largest in-band power lies at the band's edge (\(ClinicalSummary.format(estimate.frequencyHz, 2)) Hz), where movement outside the band leaks in"
    }

    /// The bounded index (R − L)/(R + L) of every per-hand metric both hands have.
    static func asymmetry(_ hands: [String: HandAnalysis], handednessProblem: String?) -> AsymmetryReport {
        let left = hands["left"], right = hands["right"]
        var measures: [String: AsymmetryMeasure] = [
            "tremorAmplitude": AsymmetryMeasure(left: left?.tremor?.amplitudeMm, right: right?.tremor?.amplitudeMm),
            "tremorFrequency": AsymmetryMeasure(left: left?.tremor?.frequencyHz, right: right?.tremor?.frequencyHz),
            "tremorRms": AsymmetryMeasure(left: left?.tremor?.rmsMm, right: right?.tremor?.rmsMm),
            "tremorRegularity": AsymmetryMeasure(left: left?.tremor?.regularity, right: right?.tremor?.regularity),
            "sparc": AsymmetryMeasure(left: left?.smoothness?.sparc, right: right?.smoothness?.sparc, scale: .negative),
            "ldljV": AsymmetryMeasure(left: left?.smoothness?.ldljV, right: right?.smoothness?.ldljV, scale: .negative),
        ]
        if let leftRange = left?.rangeOfMotion, let rightRange = right?.rangeOfMotion {
            for joint in JointAngle.all {
                measures["rangeOfMotion.\(joint.key)"] = AsymmetryMeasure(left: leftRange[joint].rangeDeg, right: rightRange[joint].rangeDeg)
            }
        }
        return AsymmetryReport(measures, handednessProblem: handednessProblem)
    }

    /// Why left and right cannot be compared, when the quality gate doubts the labels.
    private func handednessProblem(_ quality: QualityReport) -> String? {
        let problems = quality.flags.filter { $0.code == .handednessFlips || $0.code == .handednessInconsistent }
        guard !problems.isEmpty else { return nil }
        return "the hand labels are unreliable (" + problems.map(\.code.rawValue).joined(separator: ", ") + "), so left and right cannot be compared"
    }

    private func confidenceInput(
        _ side: HandSide, quality: QualityReport, tremor: TremorEstimate?, band: ClosedRange<Double>, timing: FrameTiming
    ) -> AnalysisConfidenceInput {
        let flags = quality.flags.filter { $0.hand == nil || $0.hand == side.rawValue }.map { flag in
            AnalysisConfidenceInput.Flag(flag.code.rawValue, AnalysisConfidenceInput.Severity(rawValue: flag.severity.rawValue) ?? .warning)
        }
        let noise = quality.noiseFloor[side.rawValue]?.rmsMillimetres
        let ratio: Double? = if let noise, let rms = tremor?.rmsMm, rms > 0 { noise / rms } else { nil }
        let interval = timing.medianInterval.map { $0 * 1000 }
        let jitter: Double? = if let jitterMs = timing.jitterMs, let interval, interval > 0 { jitterMs / interval } else { nil }
        return AnalysisConfidenceInput(
            flags: flags, handPresence: quality.handPresence[side.rawValue], noiseToTremorRatio: ratio,
            effectiveSampleRateHz: quality.effectiveSampleRateHz, tremorBandUpperHz: band.upperBound, jitterFraction: jitter,
            droppedFraction: droppedFraction(quality))
    }

    /// Dropped frames over the frames the nominal rate expects.
    private func droppedFraction(_ quality: QualityReport) -> Double? {
        guard let effective = quality.effectiveSampleRateHz, let nominal = quality.nominalSampleRateHz, nominal > 0 else { return nil }
        return max(0, 1 - effective / nominal)
    }

    private func prefixed(_ reason: NotComputable, _ prefix: String) -> NotComputable {
        NotComputable(reason.metric.hasPrefix(prefix) ? reason.metric : prefix + reason.metric, reason.reason)
    }
}

extension TremorEstimate {
    /// Whether the analysis found the dominant in-band frequency at an edge of the band, i.e. no
    /// distinct tremor peak (see ``Analyzer/bandEdgeNote(_:band:)``).
    public var peakAtBandEdge: Bool { notes.contains { $0.hasPrefix(Analyzer.bandEdgePrefix) } }
}
