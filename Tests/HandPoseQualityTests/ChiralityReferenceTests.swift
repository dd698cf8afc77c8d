import HandPoseCore
import HandPoseNumerics
import HandPoseSimulation
import Testing
@testable import HandPoseQuality

/// The chirality check against its first implementation (kept here as the reference): LAPACK SVD of
/// the centred 6 × 3 palm matrix per frame, and a per-frame scan of the landmarks for completeness.
@Suite("Quality gate: chirality check against the SVD reference")
struct ChiralityReferenceTests {
    @Test("simulated recordings give the same counts and mean score", arguments: SimulatedUnits.allCases)
    func simulated(units: SimulatedUnits) {
        for seed in UInt64(1)...3 {
            // 20 s at 30 fps: more complete frames than the 300 checked, so the subsample matters.
            let configuration = SimulationConfiguration(
                duration: 20, frameRate: 30, seed: seed, noiseMillimetres: 0.5, dropRate: 0.05,
                gaps: [GapSpec(hand: .left, start: 4, length: 2)], units: units)
            for var track in RecordingSimulator.simulate(configuration).recording.hands {
                expectSame(track, "\(units) seed \(seed) \(track.side)")
                // Landmarks missing from detected frames: those frames are not complete.
                for frame in stride(from: Int(seed), to: track.frameCount, by: 7) {
                    track.channels[Channel(.ringTip, .z).index][frame] = .nan
                }
                expectSame(track, "\(units) seed \(seed) \(track.side), ring tip z missing")
            }
        }
    }

    @Test("flat, mirrored, 2-D and incomplete hands give the same verdicts")
    func edgeCases() {
        var synthetic = SyntheticRecording(fps: 30, seconds: 12)
        synthetic.addBothHands(noise: 0.5)
        synthetic.hands[.left] = .init(shape: .right, origin: SIMD3(240, 240, 0), noise: 0.2)
        let recording = synthetic.build()
        for track in recording.hands { expectSame(track, "synthetic \(track.side)") }

        synthetic.twoDimensional = true
        for track in synthetic.build().hands { expectSame(track, "2-D \(track.side)") }

        var incomplete = recording.hands[0]
        incomplete.channels[Channel(.thumbTip, .x).index] = [Double](repeating: .nan, count: incomplete.frameCount)
        expectSame(incomplete, "thumb tip never seen")
        expectSame(.absent(side: .left, timestamps: recording.timestamps), "absent")
    }

    private func expectSame(_ track: HandTrack, _ label: String) {
        let configuration = QualityConfiguration()
        let check = ChiralityCheck(track: track, configuration: configuration)
        let reference = ReferenceChirality(track: track, configuration: configuration)
        #expect(check.framesChecked == reference.framesChecked, "\(label)")
        #expect(check.framesAgreeing == reference.framesAgreeing, "\(label)")
        #expect(check.framesDisagreeing == reference.framesDisagreeing, "\(label)")
        #expect(check.reason == reference.reason, "\(label)")
        #expect((check.meanScore == nil) == (reference.meanScore == nil), "\(label)")
        if let score = check.meanScore, let expected = reference.meanScore {
            #expect(abs(score - expected) <= 1e-12 * abs(expected), "\(label): \(score) vs \(expected)")
        }
    }
}

/// The first implementation of ``ChiralityCheck``'s counts (test-only reference).
private struct ReferenceChirality {
    var framesChecked = 0, framesAgreeing = 0, framesDisagreeing = 0
    var meanScore: Double?
    var reason: String?

    init(track: HandTrack, configuration: QualityConfiguration) {
        let present = track.presence.indices.filter { track.presence[$0] }
        guard !present.isEmpty else {
            reason = "the hand is never detected"
            return
        }
        let hasDepth = Landmark.allCases.contains { landmark in
            let channel = track.samples(landmark, .z)
            return present.contains { channel[$0].isFinite }
        }
        guard hasDepth else {
            reason = "2-D landmarks (no z): the thumb side cannot be told from a projection"
            return
        }
        let complete = present.filter { frame in
            Landmark.allCases.allSatisfy { track.position($0, frame: frame).isFinite }
        }
        guard !complete.isEmpty else {
            reason = "no frame has all 21 landmarks in 3-D"
            return
        }
        let expectedSign: Double = track.side == .right ? -1 : 1
        var scoreSum = 0.0
        for frame in HandGeometry.subsample(complete, limit: configuration.chiralityMaximumFrames) {
            guard let s = Self.score(track, frame: frame) else { continue }
            framesChecked += 1
            scoreSum += s
            if abs(s) < configuration.chiralityScoreThreshold { continue }
            if s * expectedSign > 0 { framesAgreeing += 1 } else { framesDisagreeing += 1 }
        }
        meanScore = framesChecked > 0 ? scoreSum / Double(framesChecked) : nil
        if framesChecked == 0 { reason = "the palm is degenerate in every checked frame" }
    }

    static func score(_ track: HandTrack, frame: Int) -> Double? {
        let position = { (landmark: Landmark) in track.position(landmark, frame: frame) }
        let wrist = position(.wrist), middle = position(.middleMCP)
        let handLength = (middle - wrist).length
        let radial = position(.indexMCP) - position(.pinkyMCP)
        guard handLength > 0, radial.length > 0 else { return nil }
        let n = ((middle - wrist) / handLength).cross(radial / radial.length)
        guard n.length > 1e-6 else { return nil }

        let points = ChiralityCheck.palm.map(position)
        let centroid = points.reduce(SIMD3<Double>(), +) / Double(points.count)
        let centred = Matrix(points.map { p in let d = p - centroid; return [d.x, d.y, d.z] })
        guard let svd = try? LinearAlgebra.singularValueDecomposition(centred), svd.vt.rows == 3 else { return nil }
        var normal = SIMD3(svd.vt[2, 0], svd.vt[2, 1], svd.vt[2, 2])
        if normal.dot(n) < 0 { normal = -normal }
        let offsets = ChiralityCheck.distal.map { (position($0) - centroid).dot(normal) }
        return offsets.reduce(0, +) / Double(offsets.count) / handLength
    }
}
