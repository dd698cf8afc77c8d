import HandPoseCore
import HandPoseQuality

extension SampleMatrix {
    /// The recording these samples were taken from, rebuilt with the description its analysis
    /// stored (`ClinicalAnalysis.recording`), so that analysing it again gives the numbers
    /// analysing the file gave.
    ///
    /// Restored from `summary`: layout, time base (unit, provenance, column, assumed frame rate),
    /// coordinate space with its provenance, reason, image size and millimetre calibration,
    /// mirror correction, source path, `# key: value` metadata and ingest warnings. Restored from
    /// the samples: timestamps, every hand's 63 channels, and presence (a frame has the hand when
    /// any landmark has a finite x or y, the reader's own rule).
    ///
    /// Not stored, so not restored: the file's frame numbers, the detector's per-frame hand score,
    /// and the time base's offset (the value subtracted from the file's first timestamp). No
    /// metric uses them. A frame in which the detector reported a hand whose every landmark was
    /// missing comes back as a frame without the hand; the reader already reads such frames that way.
    ///
    /// - Throws: ``StoreError`` `invalidArgument` when `summary` does not describe these samples
    ///   (another frame count or other hands) or names a layout, space or time unit this version
    ///   does not know.
    /// - Complexity: O(frames · 63) to find presence and copy the channels.
    public func recording(summary: RecordingSummary) throws(StoreError) -> Recording {
        func invalid(_ reason: String) -> StoreError {
            StoreError(.invalidArgument, "the stored samples and their analysis do not match: \(reason)")
        }
        guard summary.frames == timestamps.count else {
            throw invalid("the analysis describes \(summary.frames) frames, the samples hold \(timestamps.count)")
        }
        let sides = hands.map(\.side.rawValue)
        guard summary.hands == sides else {
            throw invalid("the analysis describes hands [\(summary.hands.joined(separator: ", "))], the samples hold [\(sides.joined(separator: ", "))]")
        }
        guard let layout = SourceLayout(rawValue: summary.layout) else { throw invalid("unknown layout \(summary.layout)") }
        guard let space = CoordinateSpace(rawValue: summary.coordinateSpace),
              let spaceProvenance = Provenance(rawValue: summary.coordinateSpaceProvenance)
        else { throw invalid("unknown coordinate space \(summary.coordinateSpace) (\(summary.coordinateSpaceProvenance))") }
        guard let timeSource = TimeBase.Source(rawValue: summary.timeBase.source),
              let timeProvenance = Provenance(rawValue: summary.timeBase.provenance)
        else { throw invalid("unknown time base \(summary.timeBase.source) (\(summary.timeBase.provenance))") }
        let imageSize = try summary.imageSize.map { text throws(StoreError) -> ImageSize in
            let parts = text.split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw invalid("image size \(text) is not WIDTHxHEIGHT") }
            return ImageSize(width: parts[0], height: parts[1])
        }
        let spatial = SpatialReference(
            space: space, provenance: spaceProvenance, reason: summary.coordinateSpaceReason, imageSize: imageSize,
            millimetresPerUnit: summary.calibration?.millimetresPerUnit, calibration: summary.calibration?.description)
        let timeBase = TimeBase(
            source: timeSource, provenance: timeProvenance, column: summary.timeBase.column,
            assumedFrameRate: summary.timeBase.assumedFrameRateHz)

        var tracks: [HandSide: HandTrack] = [:]
        for hand in hands {
            tracks[hand.side] = HandTrack(
                side: hand.side, timestamps: timestamps, channels: hand.channels, presence: Self.presence(hand.channels))
        }
        return Recording(
            timestamps: timestamps, left: tracks[.left], right: tracks[.right], layout: layout, timeBase: timeBase,
            spatial: spatial, mirroredInputCorrected: summary.mirroredInputCorrected, sourcePath: summary.sourcePath,
            metadata: summary.metadata, warnings: summary.warnings)
    }

    /// Per frame, whether any landmark has a finite x or y.
    static func presence(_ channels: [[Double]]) -> [Bool] {
        let frames = channels.first?.count ?? 0
        var present = [Bool](repeating: false, count: frames)
        for landmark in 0..<(channels.count / 3) {
            let x = channels[landmark * 3], y = channels[landmark * 3 + 1]
            for frame in 0..<frames where !present[frame] && (x[frame].isFinite || y[frame].isFinite) {
                present[frame] = true
            }
        }
        return present
    }
}

extension ProcessingResultRecord {
    /// The recording as read, rebuilt from ``rawLandmarks`` and the `recording` summary of the
    /// analysis made from it (see ``SampleMatrix/recording(summary:)``).
    ///
    /// ```swift
    /// let record = try await store.analysis(id: analysisID)!
    /// let result = try await store.processingResults(sessionID: record.recordingSessionID)
    ///     .first { $0.id == record.signalProcessingResultID }!
    /// let recording = try result.recording(summary: record.decodedAnalysis().recording)
    /// let again = try Analyzer().analyze(recording)      // the same numbers as the file gave
    /// ```
    public func recording(summary: RecordingSummary) throws(StoreError) -> Recording {
        try rawLandmarks.recording(summary: summary)
    }
}
