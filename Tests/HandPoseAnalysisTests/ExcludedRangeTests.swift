import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseQuality
import HandPoseSimulation
import Testing

/// Time ranges left out of an analysis (artifacts a clinician annotated), through the public API.
@Suite("Excluded ranges")
struct ExcludedRangeTests {
    /// The true tremor of the simulated right hand.
    static let truthHz = 5.2, truthMm = 3.0

    /// 60 s at 30 fps, right hand at rest with a 5.2 Hz 3.0 mm tremor and 0.5 mm noise.
    static func clean(seed: UInt64 = 21) -> Recording {
        RecordingSimulator.simulate(SimulationConfiguration(
            duration: 60, frameRate: 30, seed: seed,
            tremor: [.right: TremorSpec(frequencyHz: truthHz, amplitudeMillimetres: truthMm)], noiseMillimetres: 0.5,
            hands: [.right], voluntaryMovement: false)).recording
    }

    /// `recording` with an artifact burst from `start` to `end` s: every landmark of every hand
    /// swings 40 mm at 6 Hz in x and y (the hand waved at the camera), inside the tremor band.
    static func withBurst(_ recording: Recording, from start: Double = 20, to end: Double = 25) -> Recording {
        var burst = recording
        for side in HandSide.allCases {
            guard var track = burst[side] else { continue }
            for (frame, time) in track.timestamps.enumerated() where time >= start && time <= end {
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

    @Test("a 5 s artifact burst inflates the tremor; excluding its range brings the amplitude back to the truth")
    func burstExcluded() throws {
        let clean = Self.clean(), burst = Self.withBurst(clean)
        let plain = try #require(try Analyzer().analyze(burst).hands["right"]?.tremor)
        let reference = try #require(try Analyzer().analyze(clean).hands["right"]?.tremor)
        let range = ExcludedRange(startSeconds: 20, endSeconds: 25, reason: "artifact annotation: waved at the camera")
        let analysis = try Analyzer(options: AnalysisOptions(excludedRanges: [range])).analyze(burst)
        let excluded = try #require(analysis.hands["right"]?.tremor)
        let amplitude = try #require(excluded.amplitudeMm), inflated = try #require(plain.amplitudeMm)
        print("burst: amplitude \(inflated) mm at \(plain.frequencyHz) Hz; excluded: \(amplitude) mm at \(excluded.frequencyHz) Hz; "
            + "clean: \(reference.amplitudeMm ?? .nan) mm; truth \(Self.truthMm) mm at \(Self.truthHz) Hz")

        #expect(inflated > 3 * Self.truthMm, "the burst dominates the unexcluded analysis")
        #expect(abs(plain.frequencyHz - 6) < 0.2)
        #expect(abs(amplitude - Self.truthMm) < 0.15 * Self.truthMm)
        #expect(abs(amplitude - (reference.amplitudeMm ?? 0)) < 0.05 * Self.truthMm, "close to the clean recording's own estimate")
        #expect(abs(excluded.frequencyHz - Self.truthHz) < 0.1)

        let reported = try #require(analysis.parameters.excludedRanges)
        #expect(reported.count == 1)
        #expect(reported.first?.startSeconds == 20 && reported.first?.endSeconds == 25)
        #expect(reported.first?.reason == range.reason)
        #expect(reported.first?.frames == burst.excludedFrames([20...25]).count)
        #expect((150...151).contains(reported.first?.frames ?? 0))
        #expect(analysis.summary.contains { $0.hasPrefix("Excluded from the analysis: 20.0-25.0 s (\(reported[0].frames!) frames)") })

        // Left out on purpose is not a tracking gap: no longGap, full presence, about the clean recording's
        // confidence (its spectral factors differ a little with 5 s less data).
        #expect(!analysis.quality.flags.contains { $0.code == .longGap })
        #expect(analysis.quality.handPresence["right"] == 1)
        let cleanConfidence = try Analyzer().analyze(clean).hands["right"]?.confidence?.value
        let confidence = try #require(analysis.hands["right"]?.confidence?.value)
        #expect(abs(confidence - (cleanConfidence ?? 0)) < 0.01, "\(confidence) vs the clean recording's \(cleanConfidence ?? .nan)")
    }

    @Test("parameters.excludedRanges is in the JSON only when something was excluded; it decodes back")
    func jsonContract() throws {
        let recording = Self.clean(seed: 3)
        let plain = try JSONSerialization.jsonObject(with: try Analyzer().analyze(recording).jsonData()) as? [String: Any]
        #expect((plain?["parameters"] as? [String: Any])?.keys.contains("excludedRanges") == false)

        let options = AnalysisOptions(excludedRanges: [ExcludedRange(startSeconds: 1, endSeconds: 2)])
        let analysis = try Analyzer(options: options).analyze(recording)
        let document = try JSONSerialization.jsonObject(with: try analysis.jsonData()) as? [String: Any]
        let ranges = (document?["parameters"] as? [String: Any])?["excludedRanges"] as? [[String: Any]]
        #expect(ranges?.first?.keys.sorted() == ["endSeconds", "frames", "reason", "startSeconds"])
        #expect(ranges?.first?["reason"] is NSNull)
        let decoded = try JSONDecoder().decode(ClinicalAnalysis.self, from: analysis.jsonData())
        #expect(decoded.parameters.excludedRanges == analysis.parameters.excludedRanges)

        let optionsJSON = try JSONEncoder().encode(AnalysisOptions())
        var object = try #require(try JSONSerialization.jsonObject(with: optionsJSON) as? [String: Any])
        object.removeValue(forKey: "excludedRanges")
        let older = try JSONDecoder().decode(AnalysisOptions.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(older.excludedRanges.isEmpty)
    }

    @Test("a range that is not finite, starts before 0 or ends before it starts is an invalid option",
          arguments: [(-1.0, 2.0), (3.0, 3.0), (4.0, 2.0), (Double.nan, 1.0), (0.0, Double.infinity)])
    func invalidRanges(start: Double, end: Double) {
        let options = AnalysisOptions(excludedRanges: [ExcludedRange(startSeconds: 0, endSeconds: 1), ExcludedRange(startSeconds: start, endSeconds: end)])
        let error = #expect(throws: AnalysisError.self) { try Analyzer(options: options).analyze(Self.clean(seed: 4)) }
        #expect(error?.code == .invalidOption)
        #expect(error?.field == "excludedRanges[1]")
    }

    @Test("windows skip the excluded range, and a comparison says what was left out of which recording")
    func comparisonNotes() throws {
        let burst = Self.withBurst(Self.clean(seed: 22))
        let analyzer = Analyzer(options: AnalysisOptions(excludedRanges: [ExcludedRange(startSeconds: 20, endSeconds: 25)]))
        let a = try Analyzer().analyzeWithWindows(Self.clean(seed: 21)), b = try analyzer.analyzeWithWindows(burst)
        let windowsA = try #require(a.tremorWindows["right"]?.windows.count), windowsB = try #require(b.tremorWindows["right"]?.windows.count)
        #expect(windowsB < windowsA)
        let comparison = RecordingComparison(a, b, labelA: "clean", labelB: "burst")
        #expect(comparison.notes.contains { $0.hasPrefix("Excluded from the analysis of B (treated as missing for both hands): 20.0-25.0 s") })
        #expect(!comparison.notes.contains { $0.contains("analysis of A") })
        let amplitude = try #require(comparison.metricDifferences.first { $0.hand == "right" && $0.metric == "tremor.amplitudeMm" })
        #expect(abs(amplitude.relativeChange ?? 1) < 0.05)
    }
}
