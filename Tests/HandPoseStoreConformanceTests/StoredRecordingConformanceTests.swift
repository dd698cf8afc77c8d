import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseIO
import HandPoseSimulation
import HandPoseStore
import Testing

/// Stored sessions read back as recordings and analysed again, on every backend.
@Suite("Stored recordings on every backend")
struct StoredRecordingConformanceTests {
    /// Recordings that exercise what the rebuild restores.
    enum Case: String, CaseIterable, CustomTestStringConvertible {
        /// Two hands in world millimetres, long layout, dropped frames and timestamp jitter.
        case millimetres
        /// Normalized image coordinates with a given image size and a hand-length calibration,
        /// wide layout, analysed with the Parkinson's protocol (per-movement segments).
        case calibratedNormalized

        var testDescription: String { rawValue }

        func request(seed: UInt64) throws -> (AnalysisSaveRequest, Analyzer) {
            switch self {
            case .millimetres:
                return try StoredRecordings.request(
                    SimulationConfiguration(
                        duration: 30, frameRate: 30, seed: seed,
                        tremor: [.left: TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: 1.5),
                                 .right: TremorSpec(frequencyHz: 5.4, amplitudeMillimetres: 2.5)],
                        noiseMillimetres: 0.4, dropRate: 0.02, jitterMilliseconds: 2),
                    name: "mm-\(seed).csv", layout: .long)
            case .calibratedNormalized:
                var ingest = IngestOptions()
                ingest.imageSize = ImageSize(width: 1280, height: 720)
                ingest.handLengthMillimetres = 185
                return try StoredRecordings.request(
                    SimulationConfiguration(
                        duration: 40, frameRate: 30, seed: seed,
                        tremor: [.right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3)], noiseMillimetres: 0.3,
                        units: .normalized, hands: [.right]),
                    name: "normalized-\(seed).csv", layout: .wideIndexed, ingest: ingest,
                    protocol: try ProtocolLibrary.bundled.resolve("parkinsons-tremor-assessment"))
            }
        }
    }

    @Test("a stored session rebuilt from its samples analyses exactly like its file (tremor to 1e-9)",
          arguments: StoreBackend.available, Case.allCases)
    func rebuildAnalysesLikeTheFile(backend: StoreBackend, recordingCase: Case) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let (request, analyzer) = try recordingCase.request(seed: 7)
        guard case .saved(let saved) = try await store.save(request) else {
            Issue.record("expected a save")
            return
        }
        let stored = try await store.storedRecording(sessionID: saved.sessionID)
        #expect(stored.analysis.id == saved.analysisID)
        #expect(stored.processingResult.id == saved.processingResultID)
        #expect(stored.clinicalProtocol == analyzer.clinicalProtocol)
        #expect(stored.excludedRanges.isEmpty)
        #expect(stored.recording.spatial == request.recording.spatial)
        #expect(stored.recording.layout == request.recording.layout)
        #expect(stored.recording.left?.presence == request.recording.left?.presence)
        #expect(stored.recording.right?.presence == request.recording.right?.presence)

        let again = try stored.analyzer().analyze(stored.recording)
        let original = request.analysis
        #expect(again.hands.keys.sorted() == original.hands.keys.sorted())
        for (side, hand) in original.hands {
            let a = try #require(hand.tremor), b = try #require(again.hands[side]?.tremor)
            for (name, x, y) in [
                ("frequencyHz", a.frequencyHz, b.frequencyHz), ("amplitude", a.amplitude, b.amplitude),
                ("amplitudeMm", a.amplitudeMm ?? .nan, b.amplitudeMm ?? .nan), ("rms", a.rms, b.rms),
                ("regularity", a.regularity, b.regularity),
            ] {
                #expect(abs(x - y) <= 1e-9 * max(1, abs(x)), "\(side) \(name): file \(x), stored \(y)")
            }
        }
        #expect(again.segments.count == original.segments.count)
        #expect(try jsonEqual(again, original), "the whole document is the same")
    }

    @Test("an artifact annotation is left out of the next analysis of the session", arguments: StoreBackend.available)
    func artifactLeftOut(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let (request, _) = try StoredRecordings.request(
            SimulationConfiguration(
                duration: 60, frameRate: 30, seed: 21, tremor: [.right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3)],
                noiseMillimetres: 0.5, hands: [.right], voluntaryMovement: false),
            name: "burst.csv", layout: .long, burst: 20...25)
        guard case .saved(let saved) = try await store.save(request) else {
            Issue.record("expected a save")
            return
        }
        let inflated = try #require(request.analysis.hands["right"]?.tremor?.amplitudeMm)
        #expect(inflated > 9)
        #expect(try await store.session(contentHash: request.contentHash)?.id == saved.sessionID)
        #expect(try await store.session(contentHash: String(repeating: "0", count: 64)) == nil)

        let artifact = try await store.addAnnotation(
            AnnotationRecord(recordingSessionID: saved.sessionID, startSeconds: 20, endSeconds: 25, type: "artifact", text: "waved"))
        try await store.addAnnotation(
            AnnotationRecord(recordingSessionID: saved.sessionID, startSeconds: 40, endSeconds: 41, type: "event", text: "hold still"))
        let stored = try await store.storedRecording(sessionID: saved.sessionID)
        #expect(stored.annotations.count == 2)
        #expect(stored.excludedRanges == [ExcludedRange(startSeconds: 20, endSeconds: 25, reason: "artifact annotation \(artifact.id): waved")])

        let analysis = try stored.analyzer().analyze(stored.recording)
        let amplitude = try #require(analysis.hands["right"]?.tremor?.amplitudeMm)
        #expect(abs(amplitude - 3) < 0.3, "amplitude \(amplitude) mm after leaving out the burst (\(inflated) mm with it)")
        #expect(analysis.parameters.excludedRanges?.map(\.frames) == [stored.recording.excludedFrames([20...25]).count])
        // Options the caller gives are kept, the session's ranges added.
        let band = stored.analyzer(options: AnalysisOptions(tremorBandHz: 4...8)).options
        #expect(band.tremorBandHz == 4...8 && band.excludedRanges.count == 1)
    }

    @Test("unknown, deleted and mismatched sessions are clear errors", arguments: StoreBackend.available)
    func errors(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let unknown = await #expect(throws: StoreError.self) { try await store.storedRecording(sessionID: StoreID.make()) }
        #expect(unknown?.code == .notFound)
        let notAnID = await #expect(throws: StoreError.self) { try await store.storedRecording(sessionID: "not-an-id") }
        #expect(notAnID?.code == .notFound)

        let (request, _) = try Case.millimetres.request(seed: 8)
        guard case .saved(let saved) = try await store.save(request) else {
            Issue.record("expected a save")
            return
        }
        var summary = request.analysis.recording
        summary.frames += 1
        let mismatch = #expect(throws: StoreError.self) {
            try request.recording.samplesOnly.recording(summary: summary)
        }
        #expect(mismatch?.code == .invalidArgument)
        summary = request.analysis.recording
        summary.hands = ["right"]
        #expect(throws: StoreError.self) { try request.recording.samplesOnly.recording(summary: summary) }

        try await store.deleteSession(id: saved.sessionID)
        let deleted = await #expect(throws: StoreError.self) { try await store.storedRecording(sessionID: saved.sessionID) }
        #expect(deleted?.code == .notFound)
        #expect(try await store.session(contentHash: request.contentHash) == nil)
    }
}

extension Recording {
    /// What a store keeps of this recording's samples.
    fileprivate var samplesOnly: SampleMatrix { SampleMatrix(self) }
}

/// Simulated recordings written as CSV, read back and analysed as `handpose analyze --save` does.
enum StoredRecordings {
    static func request(
        _ configuration: SimulationConfiguration, name: String, layout: SourceLayout, ingest: IngestOptions = .init(),
        protocol clinicalProtocol: ClinicalProtocol = ProtocolLibrary.bundled.defaultProtocol, burst: ClosedRange<Double>? = nil
    ) throws -> (AnalysisSaveRequest, Analyzer) {
        var recording = RecordingSimulator.simulate(configuration).recording
        if let burst { recording = withBurst(recording, burst) }
        let csv = Array(RecordingWriter.csv(recording, layout: layout).utf8)
        let parsed = try RecordingReader.read(bytes: csv, name: name, options: ingest)
        let analyzer = Analyzer(protocol: clinicalProtocol)
        let analysis = try analyzer.analyze(parsed)
        return (
            AnalysisSaveRequest(
                analysis: analysis, clinicalProtocol: clinicalProtocol, recording: parsed, contentHash: ContentHash.of(csv),
                csvPath: name),
            analyzer
        )
    }

    /// Every landmark swinging 40 mm at 6 Hz in x and y during `range` (an artifact inside the tremor band).
    static func withBurst(_ recording: Recording, _ range: ClosedRange<Double>) -> Recording {
        var burst = recording
        for side in HandSide.allCases {
            guard var track = burst[side] else { continue }
            for (frame, time) in track.timestamps.enumerated() where range.contains(time) {
                let swing = 40 * sin(2 * Double.pi * 6 * time)
                for landmark in Landmark.allCases {
                    track[Channel(landmark, .x)][frame] += swing
                    track[Channel(landmark, .y)][frame] += swing
                }
            }
            burst[side] = track
        }
        return burst
    }
}
