import Foundation
import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseMetrics

@Suite("SmoothnessAnalyzer")
struct SmoothnessAnalyzerTests {
    /// 20 s of one hand whose wrist holds 0.8 s, then makes a 1.2 s minimum-jerk reach, ten times.
    static func simulate(
        frameRate: Double, noise: Double = 0, duration: Double = 20, dropRate: Double = 0.02, jitter: Double = 2,
        gaps: [GapSpec] = [], voluntary: Bool = true, units: SimulatedUnits = .millimetres
    ) -> (recording: Recording, truth: SimulationTruth) {
        RecordingSimulator.simulate(SimulationConfiguration(
            duration: duration, frameRate: frameRate, seed: 11, noiseMillimetres: noise, dropRate: dropRate, gaps: gaps,
            jitterMilliseconds: jitter, units: units, hands: [.left], voluntaryMovement: voluntary))
    }

    /// SPARC of a sampled 1 s minimum-jerk speed (golden `mjt_1s_fs30` / `fs60`).
    static let minimumJerkSPARC = -1.4004

    @Test("simulated minimum-jerk reaches: ten submovements, SPARC, LDLJ-V, LDLJ-A and NJ near the minimum-jerk values", arguments: [30.0, 60.0])
    func truth(frameRate: Double) throws {
        let (recording, truth) = Self.simulate(frameRate: frameRate)
        let summary = SmoothnessAnalyzer().summarize(try #require(recording.left), spatial: recording.spatial)
        let period = truth.movement.wristHoldSeconds + truth.movement.wristMoveSeconds
        #expect(summary.submovementCount == Int(20 / period))
        #expect(summary.notComputable.isEmpty, "\(summary.notComputable)")
        let sparc = try #require(summary.sparc)
        #expect(abs(sparc - Self.minimumJerkSPARC) < 0.01, "SPARC \(sparc)")
        // LDLJ and NJ depend on the duration, so on where rest-to-rest segmentation puts the ends on the
        // low-passed speed (a few samples of the filter's tails): looser than SPARC.
        #expect(abs(try #require(summary.ldljV) - (-5.322)) < 0.3)
        #expect(abs(try #require(summary.ldljA) - (-3.073)) < 0.3)
        #expect(abs(try #require(summary.normalizedJerk) - 18.974) / 18.974 < 0.25)
        // Each submovement lies on one commanded reach.
        for (index, movement) in summary.submovements.enumerated() {
            let reachStart = Double(index) * period + truth.movement.wristHoldSeconds
            #expect(movement.startSeconds > reachStart - 0.3 && movement.startSeconds < reachStart + 0.2, "\(movement.startSeconds) vs \(reachStart)")
            #expect(movement.endSeconds > reachStart + truth.movement.wristMoveSeconds - 0.2 && movement.endSeconds < reachStart + truth.movement.wristMoveSeconds + 0.3)
            #expect(movement.parameters == nil)
            #expect((movement.peakSpeedMmPerS ?? 0) > 5)
        }
    }

    @Test("SPARC stays within 0.02 of the minimum-jerk value with 0.2 mm landmark noise", arguments: [30.0, 60.0])
    func noisy(frameRate: Double) throws {
        let (recording, _) = Self.simulate(frameRate: frameRate, noise: 0.2)
        let summary = SmoothnessAnalyzer().summarize(try #require(recording.left), spatial: recording.spatial)
        #expect(summary.submovementCount == 10)
        #expect(abs(try #require(summary.sparc) - Self.minimumJerkSPARC) < 0.02)
        // LDLJ is far more noise-sensitive (Balasubramanian et al. 2015): it only has to be less smooth.
        #expect(try #require(summary.ldljV) < -5.3)
    }

    @Test("one known reach scored as a single movement")
    func singleMovement() throws {
        let (recording, truth) = Self.simulate(frameRate: 60, dropRate: 0, jitter: 0)
        let start = 2 + truth.movement.wristHoldSeconds - 0.1, end = 2 + truth.movement.wristHoldSeconds + truth.movement.wristMoveSeconds + 0.1
        let estimate = SmoothnessAnalyzer().estimate(try #require(recording.left), spatial: recording.spatial, from: start, to: end)
        #expect(abs(try #require(estimate.sparc) - Self.minimumJerkSPARC) < 0.01)
        #expect(abs(estimate.durationSeconds - 1.4) < 0.02)
        #expect(abs((estimate.parameters?.sampleRateHz ?? 0) - 60) < 0.01)
        #expect(estimate.parameters?.dimensions == 3)
        #expect(try #require(estimate.sparcCutoffHz) < 10)
    }

    @Test("a still hand has no smoothness, with the reason")
    func stillHand() throws {
        let (recording, _) = Self.simulate(frameRate: 30, noise: 0.2, duration: 10, voluntary: false)
        let summary = SmoothnessAnalyzer().summarize(try #require(recording.left), spatial: recording.spatial)
        #expect(summary.sparc == nil && summary.ldljV == nil && summary.ldljA == nil && summary.normalizedJerk == nil)
        #expect(summary.notComputable.first?.reason.contains("still") == true, "\(summary.notComputable)")
    }

    @Test("normalized x/y without an image size are refused; pixels after calibration are fine")
    func anisotropic() throws {
        let (recording, _) = Self.simulate(frameRate: 30, duration: 6, units: .normalized)
        let track = try #require(recording.left)
        let normalized = SpatialReference(space: .imageNormalized, provenance: .inferred, reason: "test")
        let summary = SmoothnessAnalyzer().summarize(track, spatial: normalized)
        #expect(summary.sparc == nil)
        #expect(summary.notComputable.first?.reason.contains("image size") == true)
        // Square images are isotropic; the scores are scale-free, only mm/s needs a calibration.
        let square = SpatialReference(space: .imageNormalized, provenance: .inferred, reason: "test", imageSize: ImageSize(width: 500, height: 500))
        let estimate = SmoothnessAnalyzer().summarize(track, spatial: square)
        #expect(estimate.sparc != nil)
        #expect(estimate.submovements.allSatisfy { $0.peakSpeedMmPerS == nil && $0.speedUnit == "normalized/s" })
        #expect(estimate.submovements.first?.notComputable.contains { $0.metric == "smoothness.peakSpeedMmPerS" } == true)
    }

    @Test("15 fps: SPARC's 10 Hz cut-off is out of reach, LDLJ still computed")
    func lowFrameRate() throws {
        let (recording, _) = Self.simulate(frameRate: 15, duration: 8)
        let summary = SmoothnessAnalyzer().summarize(try #require(recording.left), spatial: recording.spatial)
        #expect(summary.sparc == nil)
        #expect(summary.ldljV != nil)
        #expect(summary.notComputable.contains { $0.metric == "smoothness.sparc" && $0.reason.contains("20 Hz") }, "\(summary.notComputable)")
    }

    @Test("10 fps is below the position low-pass's Nyquist limit")
    func tooSlow() throws {
        let (recording, _) = Self.simulate(frameRate: 10, duration: 8)
        let summary = SmoothnessAnalyzer().summarize(try #require(recording.left), spatial: recording.spatial)
        #expect(summary.parameters == nil)
        #expect(summary.notComputable.first?.reason.contains("12 Hz") == true, "\(summary.notComputable)")
    }

    @Test("a range shorter than the minimum or broken by a long gap is refused")
    func shortAndGapped() throws {
        let (recording, _) = Self.simulate(frameRate: 30, duration: 6, gaps: [GapSpec(hand: .left, start: 3.2, length: 0.5)])
        let track = try #require(recording.left)
        let analyzer = SmoothnessAnalyzer()
        let short = analyzer.estimate(track, spatial: recording.spatial, from: 1.0, to: 1.2)
        #expect(short.sparc == nil)
        #expect(short.notComputable.first?.reason.contains("shorter") == true, "\(short.notComputable)")
        let gapped = analyzer.estimate(track, spatial: recording.spatial, from: 2.7, to: 4.1)
        #expect(gapped.sparc == nil)
        #expect(gapped.notComputable.first?.reason.contains("without gaps") == true, "\(gapped.notComputable)")
        let empty = analyzer.estimate(track, spatial: recording.spatial, from: 50, to: 60)
        #expect(empty.notComputable.first?.reason.contains("no samples") == true)
    }

    @Test("continuous motion longer than the maximum is not scored as one movement")
    func continuous() throws {
        let (recording, _) = Self.simulate(frameRate: 30, duration: 20, dropRate: 0)
        let configuration = try SmoothnessConfiguration(maximumMovementSeconds: 5)
        let estimate = SmoothnessAnalyzer(configuration: configuration).estimate(try #require(recording.left), spatial: recording.spatial)
        #expect(estimate.sparc == nil)
        #expect(estimate.notComputable.first?.reason.contains("rhythmic") == true)
    }

    @Test("JSON: every score key present, null with a reason when not computable")
    func json() throws {
        let (recording, _) = Self.simulate(frameRate: 15, duration: 6)
        let summary = SmoothnessAnalyzer().summarize(try #require(recording.left), spatial: recording.spatial)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(summary)) as? [String: Any])
        for key in ["sparc", "ldljV", "ldljA", "normalizedJerk", "submovementCount", "submovements", "method", "parameters", "notComputable"] {
            #expect(object.keys.contains(key), "\(key)")
        }
        #expect(object["sparc"] is NSNull)
        let first = try #require((object["submovements"] as? [[String: Any]])?.first)
        #expect(first["sparc"] is NSNull)
        #expect(first["parameters"] == nil)
        let decoded = try JSONDecoder().decode(SmoothnessSummary.self, from: encoder.encode(summary))
        #expect(decoded == summary)
    }

    @Test("configuration is validated")
    func configuration() {
        #expect(throws: SmoothnessConfigurationError.self) { try SmoothnessConfiguration(lowpassCutoffHz: 0) }
        #expect(throws: SmoothnessConfigurationError.self) { try SmoothnessConfiguration(lowpassOrder: 9) }
        #expect(throws: SmoothnessConfigurationError.self) { try SmoothnessConfiguration(minimumCoverage: 0) }
        #expect(throws: SmoothnessConfigurationError.self) { try SmoothnessConfiguration(minimumDurationSeconds: 3, maximumMovementSeconds: 2) }
        #expect(throws: SmoothnessConfigurationError.self) { try SmoothnessConfiguration(sampleRate: -1) }
    }
}
