import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseIO
import HandPoseSimulation
import Testing

/// The analysis as a backend service uses it: public API only (no `@testable`).
@Suite("Analyzer")
struct AnalyzerTests {
    private func simulated(
        duration: Double = 30, fps: Double = 60, seed: UInt64 = 3, hands: [HandSide] = [.left, .right],
        tremor: [HandSide: TremorSpec] = [.left: TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: 1.5), .right: TremorSpec(frequencyHz: 5.8, amplitudeMillimetres: 3)]
    ) -> (Recording, SimulationTruth) {
        RecordingSimulator.simulate(SimulationConfiguration(
            duration: duration, frameRate: fps, seed: seed, tremor: tremor.filter { hands.contains($0.key) },
            noiseMillimetres: 0.3, dropRate: 0.02, jitterMilliseconds: 1.5, hands: hands))
    }

    @Test("ingest, analyse and encode a file through the public API; the truth is recovered", arguments: [30.0, 60.0])
    func endToEnd(fps: Double) throws {
        let (recording, truth) = simulated(fps: fps)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-analyzer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("rec.csv").path
        try RecordingWriter.write(recording, layout: .long, to: path)

        let analysis = try Analyzer().analyze(contentsOf: path)
        for side in HandSide.allCases {
            let expected = try #require(truth.hand(side)?.tremor)
            let tremor = try #require(analysis.hands[side.rawValue]?.tremor)
            #expect(abs(tremor.frequencyHz - expected.frequencyHz) < 0.1, "\(side) \(tremor.frequencyHz) Hz")
            let amplitude = try #require(tremor.amplitudeMm)
            #expect(abs(amplitude / expected.amplitudeMm - 1) < 0.15, "\(side) \(amplitude) mm vs \(expected.amplitudeMm)")
            #expect(analysis.hands[side.rawValue]?.rangeOfMotion != nil)
            #expect((analysis.hands[side.rawValue]?.confidence?.value ?? 0) > 0.5)
        }
        #expect(try #require(analysis.asymmetry["tremorAmplitude"]?.index) > 0)

        let json = try JSONSerialization.jsonObject(with: analysis.jsonData()) as? [String: Any]
        let document = try #require(json)
        #expect(document["schemaVersion"] as? Int == 1)
        for key in ["recording", "quality", "protocol", "hands", "segments", "asymmetry", "parameters", "algorithms", "notComputable", "summary"] {
            #expect(document[key] != nil, "missing \(key)")
        }
        let hands = try #require(document["hands"] as? [String: Any])
        let right = try #require(hands["right"] as? [String: Any])
        let tremor = try #require(right["tremor"] as? [String: Any])
        for key in ["frequencyHz", "amplitudeMm", "rmsMm", "regularity", "bandPowerFraction", "landmark"] {
            #expect(tremor[key] != nil, "hands.right.tremor.\(key)")
        }
        let smoothness = try #require(right["smoothness"] as? [String: Any])
        for key in ["sparc", "ldljV", "ldljA", "normalizedJerk"] { #expect(smoothness.keys.contains(key), "smoothness.\(key)") }
        let range = try #require(right["rangeOfMotion"] as? [String: Any])
        let index = try #require(range["index"] as? [String: Any])
        let mcp = try #require(index["mcp"] as? [String: Any])
        for key in ["minDeg", "maxDeg", "rangeDeg"] { #expect(mcp[key] != nil, "rangeOfMotion.index.mcp.\(key)") }
    }

    @Test("one analyzer serves many concurrent tasks with identical results")
    func concurrent() async throws {
        let (recording, _) = simulated(duration: 12, fps: 30)
        let analyzer = Analyzer()
        let reference = try analyzer.analyze(recording).hands["right"]?.tremor?.frequencyHz
        try await withThrowingTaskGroup(of: Double?.self) { group in
            for _ in 0..<8 { group.addTask { try analyzer.analyze(recording).hands["right"]?.tremor?.frequencyHz } }
            for try await frequency in group { #expect(frequency == reference) }
        }
    }

    @Test("a protocol drives per-movement analysis")
    func protocolSegments() throws {
        let (recording, _) = simulated(duration: 125, fps: 30, seed: 5)
        let pd = try ProtocolLibrary.bundled.resolve("parkinsons-tremor-assessment")
        let analysis = try Analyzer(protocol: pd).analyze(recording)
        #expect(analysis.clinicalProtocol.id == "parkinsons-tremor-assessment")
        #expect(analysis.segments.map(\.segment.name) == pd.movements.map(\.name))
        for segment in analysis.segments {
            #expect(segment.segment.status == .complete, "\(segment.segment.name): \(segment.segment.status)")
            #expect(abs((segment.hands["right"]?.tremor?.frequencyHz ?? 0) - 5.8) < 0.15, "\(segment.segment.name)")
        }
    }

    @Test("impossible analyses give clear reasons, not numbers", arguments: [
        ("one hand", 30.0, 30.0, [HandSide.right], "hands.left"),
        ("10 fps", 30.0, 10.0, [HandSide.left, .right], "Nyquist"),
        ("2 s", 2.0, 30.0, [HandSide.left, .right], "tremor"),
    ])
    func impossible(name: String, duration: Double, fps: Double, hands: [HandSide], mentions: String) throws {
        let slow: [HandSide: TremorSpec] = [.left: TremorSpec(frequencyHz: 3.5, amplitudeMillimetres: 1.5), .right: TremorSpec(frequencyHz: 4, amplitudeMillimetres: 3)]
        let (recording, _) = simulated(duration: duration, fps: fps, hands: hands, tremor: slow)
        let analysis = try Analyzer().analyze(recording)
        let reasons = analysis.notComputable.map(\.description).joined(separator: "\n")
        #expect(reasons.contains(mentions), "\(name): \(reasons)")
        if name != "one hand" {
            #expect(analysis.hands["right"]?.tremor == nil, "\(name) must not report a tremor")
        } else {
            #expect(analysis.asymmetry["tremorAmplitude"]?.index == nil)
        }
    }

    @Test("a protocol movement's filter that cannot apply at the recording's rate leaves that movement unfiltered, with the reason")
    func protocolFilterAboveNyquist() throws {
        // 15 fps: the kinetic movement's 12 Hz low-pass is above Nyquist; the 1 Hz high-passes are fine.
        let (recording, _) = simulated(duration: 125, fps: 15, seed: 4)
        let pd = try ProtocolLibrary.bundled.resolve("parkinsons-tremor-assessment")
        let analysis = try Analyzer(protocol: pd).analyze(recording)
        let reason = try #require(analysis.notComputable.first { $0.metric == "segments.kinetic-finger-to-nose.filter" })
        #expect(reason.reason.contains("cutoff 12 Hz must be below the Nyquist frequency 7.5 Hz of a 15 Hz recording"), "\(reason.reason)")
        #expect(analysis.skippedFilterReason(movement: "kinetic-finger-to-nose") == reason.reason)
        #expect(analysis.skippedFilterReason(movement: "rest-tremor") == nil)
        #expect(analysis.algorithms["segmentFilter.kinetic-finger-to-nose"] == nil)
        #expect(analysis.algorithms["segmentFilter.rest-tremor"] != nil)
        let kinetic = try #require(analysis.segments.first { $0.segment.name == "kinetic-finger-to-nose" })
        #expect(kinetic.hands["right"]?.smoothness != nil, "the movement is still analysed")
        // The caller's own filter at an impossible cut-off stays an error (next test).
    }

    @Test("a filter whose cut-off is above Nyquist is an invalid option")
    func invalidFilter() throws {
        let (recording, _) = simulated(duration: 6, fps: 20)
        let preset = ProtocolFilterPreset(method: .butterworth, parameters: .init(cutoff: 15))
        #expect(throws: AnalysisError.self) { try Analyzer(options: AnalysisOptions(filter: preset)).analyze(recording) }
    }

    @Test("an option that cannot apply to a file's recording is reported against that file")
    func invalidOptionNamesTheFile() throws {
        let (recording, _) = simulated(duration: 6, fps: 20)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-analyzer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("slow.csv").path
        try RecordingWriter.write(recording, layout: .long, to: path)
        let preset = ProtocolFilterPreset(method: .butterworth, parameters: .init(cutoff: 15))
        do {
            _ = try Analyzer(options: AnalysisOptions(filter: preset)).analyze(contentsOf: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidOption)
            #expect(error.path == path)
            #expect(error.description.hasPrefix("\(path): error: filter.cutoff: cutoff 15 Hz must be below the Nyquist frequency 10 Hz"), "\(error)")
        }
    }

    @Test("an unreadable file is an AnalysisError naming the place")
    func unreadable() {
        do {
            _ = try Analyzer().analyze(contentsOf: "/nonexistent/rec.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .unreadableRecording)
            #expect(error.ingestCode == "fileNotFound")
            #expect(error.description.hasPrefix("/nonexistent/rec.csv"))
        }
    }

    @Test("a hand without tremor but with voluntary movement has no distinct peak, and the summary says so")
    func noTremorPeak() throws {
        let (recording, _) = simulated(duration: 30, fps: 30, seed: 9, tremor: [.right: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 2)])
        let analysis = try Analyzer().analyze(recording)
        let left = try #require(analysis.hands["left"]?.tremor), right = try #require(analysis.hands["right"]?.tremor)
        #expect(left.peakAtBandEdge, "left peak at \(left.frequencyHz) Hz")
        #expect(!right.peakAtBandEdge)
        #expect(analysis.summary.contains { $0.hasPrefix("Left hand: no distinct tremor peak") })
    }
}
