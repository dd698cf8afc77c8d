import Foundation
import HandPoseCore
import Testing
@testable import HandPoseQuality

private func codes(_ report: QualityReport) -> Set<String> { Set(report.flags.map(\.code.rawValue)) }

@Suite("Quality gate: timing")
struct QualityTimingTests {
    @Test("a clean 60 fps recording has no flags and exact rates")
    func clean() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 0.05)
        let report = QualityGate().assess(synthetic.build())
        #expect(report.flags.isEmpty, "\(report.flags)")
        #expect(report.verdict == .good)
        #expect(abs(report.nominalSampleRateHz! - 60) < 1e-9)
        #expect(abs(report.effectiveSampleRateHz! - 60) < 1e-9)
        #expect(report.droppedFrames == 0)
        #expect(report.jitterMs! < 1e-6)
        #expect(abs(report.nyquistHz! - 30) < 1e-9 && report.coversTremorBand)
        #expect(report.handPresence == ["left": 1, "right": 1])
        #expect(report.longestGapSeconds["left"]! < 1e-9)
        #expect(report.handednessFlips == 0)
        #expect(report.handedness["left"]?.geometricCheck == .consistent)
        #expect(report.handedness["right"]?.geometricCheck == .consistent)
    }

    @Test("20 fps cannot cover a 12 Hz band")
    func lowSampleRate() {
        var synthetic = SyntheticRecording(fps: 20, seconds: 20)
        synthetic.addBothHands(noise: 0.05)
        let report = QualityGate().assess(synthetic.build())
        #expect(!report.coversTremorBand)
        #expect(abs(report.nyquistHz! - 10) < 1e-9)
        #expect(report.flags.first?.code == .lowSampleRate && report.flags.first?.severity == .critical)
        #expect(report.verdict == .poor)
        let floor = report.noiseFloor["left"]!
        #expect(floor.bandLimitedByNyquist && floor.bandHz![0] == 3 && abs(floor.bandHz![1] - 10) < 1e-9)
    }

    @Test("jitter is measured within 10 % and flagged")
    func jitter() {
        var generator = SeededGenerator(seed: 11)
        var t = [0.0]
        let a = 0.004  // intervals uniform in T ± a: standard deviation a/√3 = 2.31 ms
        for _ in 0..<1800 { t.append(t[t.count - 1] + 1.0 / 60 + Double.random(in: -a...a, using: &generator)) }
        var synthetic = SyntheticRecording(timestamps: t)
        synthetic.addBothHands(noise: 0.05)
        let report = QualityGate().assess(synthetic.build())
        let truth = a / 3.0.squareRoot() * 1000
        #expect(abs(report.jitterMs! - truth) / truth < 0.1, "jitter \(report.jitterMs!) ms vs \(truth) ms")
        #expect(codes(report).contains("variableFrameRate"))
        #expect(report.droppedFrames == 0)
    }

    @Test("dropped frames are counted exactly")
    func droppedFrames() {
        let all = (0...1200).map { Double($0) / 60 }
        // Every 50th frame (23 frames, index 50…1150) and a run of 3 (601-603).
        let removed = Set(stride(from: 50, through: 1150, by: 50)).union([601, 602, 603])
        let kept = all.indices.filter { !removed.contains($0) }.map { all[$0] }
        var synthetic = SyntheticRecording(timestamps: kept)
        synthetic.addBothHands(noise: 0.05)
        let report = QualityGate().assess(synthetic.build())
        #expect(report.droppedFrames == removed.count)
        #expect(codes(report).contains("droppedFrames"))
        #expect(abs(report.nominalSampleRateHz! - 60) < 1e-6)
        #expect(abs(report.effectiveSampleRateHz! - Double(kept.count - 1) / 20) < 1e-9)
    }

    @Test("a declared nominal_fps is used when consistent and rejected otherwise")
    func declaredRate() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 12)
        synthetic.addBothHands(noise: 0.05)
        synthetic.metadata = ["nominal_fps": "59.94"]
        let consistent = QualityGate().assess(synthetic.build())
        #expect(consistent.nominalSampleRateHz == 59.94 && consistent.nominalSampleRateSource == "metadata")
        synthetic.metadata = ["nominal_fps": "30"]
        let mismatched = QualityGate().assess(synthetic.build())
        #expect(abs(mismatched.nominalSampleRateHz! - 60) < 1e-9)
        #expect(codes(mismatched).contains("nominalRateMismatch"))
    }

    @Test("assumed time base, uncalibrated and anisotropic coordinates, short recording")
    func provenanceFlags() {
        var synthetic = SyntheticRecording(fps: 30, seconds: 5)
        synthetic.space = .imageNormalized
        synthetic.scale = 0.1
        synthetic.addBothHands(noise: 0.0005)
        synthetic.timeBase = TimeBase(source: .frameIndex, provenance: .assumed, column: nil, assumedFrameRate: 30)
        let report = QualityGate().assess(synthetic.build())
        #expect(codes(report).isSuperset(of: ["assumedTimeBase", "uncalibratedUnits", "anisotropicCoordinates", "shortRecording"]))
        #expect(report.flags.first { $0.code == .uncalibratedUnits }?.severity == .info)
        #expect(report.nominalSampleRateSource == "assumed")
        #expect(report.verdict == .usable)
    }

    @Test("no detected hand is critical")
    func noHands() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 12)
        synthetic.hands[.left] = .init(shape: .left, origin: .zero, present: { _ in false })
        let report = QualityGate().assess(synthetic.build())
        #expect(codes(report).contains("noHands"))
        #expect(report.verdict == .poor)
        #expect(report.noiseFloor["left"]?.rmsNative == nil && report.noiseFloor["left"]?.notComputable != nil)
    }
}

@Suite("Quality gate: presence and gaps")
struct QualityPresenceTests {
    @Test("a 2 s gap in one hand")
    func twoSecondGap() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 0.05)
        synthetic.hands[.left]!.present = { !(600..<720).contains($0) }
        let report = QualityGate().assess(synthetic.build())
        #expect(abs(report.longestGapSeconds["left"]! - 2) < 1e-9)
        #expect(report.longestGapSeconds["right"]! < 1e-9)
        #expect(report.flags.contains { $0.code == .longGap && $0.hand == "left" })
        #expect(!report.flags.contains { $0.code == .longGap && $0.hand == "right" })
        #expect(report.handPresence["left"] == Double(1201 - 120) / 1201)
    }

    @Test("frames excluded on purpose are neither missing nor a gap; a real gap beside them still counts")
    func excludedFrames() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 0.05)
        // Frames 600..<720 are blanked by an exclusion in both hands; the left hand also loses 60..<80.
        synthetic.hands[.left]!.present = { !(600..<720).contains($0) && !(60..<80).contains($0) }
        synthetic.hands[.right]!.present = { !(600..<720).contains($0) }
        let recording = synthetic.build()
        let report = QualityGate().inspect(recording, excludedFrames: Array(600..<720)).quality
        #expect(!report.flags.contains { $0.code == .longGap })
        #expect(report.handPresence["right"] == 1)
        #expect(report.handPresence["left"] == Double(1201 - 120 - 20) / Double(1201 - 120))
        #expect(abs(report.longestGapSeconds["left"]! - 20.0 / 60) < 1e-9)
        #expect(report.longestGapSeconds["right"]! < 1e-9)
        // Without telling the gate, the same frames are a 2 s gap.
        #expect(QualityGate().assess(recording).flags.contains { $0.code == .longGap && $0.hand == "right" })
    }

    @Test("presence fraction is exact and low presence is flagged")
    func presenceFraction() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 0.05)
        synthetic.hands[.right]!.present = { $0 % 4 != 0 }
        let report = QualityGate().assess(synthetic.build())
        #expect(report.handPresence["right"] == 900.0 / 1201)
        #expect(report.flags.contains { $0.code == .lowHandPresence && $0.hand == "right" })
        #expect(abs(report.longestGapSeconds["right"]! - 1.0 / 60) < 1e-9)
        #expect(report.handPresence["left"] == 1)
    }
}

@Suite("Quality gate: handedness")
struct QualityHandednessTests {
    @Test("labels swapped midway are one flip")
    func swapMidway() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 0.05)
        var recording = synthetic.build()
        var left = recording.left!, right = recording.right!
        for c in 0..<Channel.count {
            for frame in 600..<recording.frameCount {
                swap(&left.channels[c][frame], &right.channels[c][frame])
            }
        }
        recording.left = left
        recording.right = right
        let report = QualityGate().assess(recording)
        #expect(report.handednessFlips == 1)
        #expect(report.handedness["left"]?.labelFlips == 1 && report.handedness["right"]?.labelFlips == 1)
        #expect(codes(report).contains("handednessFlips"))
        #expect(abs(report.handednessFlipsPerMinute! - 3) < 1e-9)
        #expect(report.handedness["left"]?.geometricCheck == .indeterminate)
    }

    @Test("a single visible hand whose label changes is one flip")
    func singleHandRelabelled() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.hands[.left] = .init(shape: .left, origin: .zero, present: { $0 < 600 }, noise: 0.05)
        synthetic.hands[.right] = .init(shape: .left, origin: .zero, present: { $0 >= 600 }, noise: 0.05)
        let report = QualityGate().assess(synthetic.build())
        #expect(report.handednessFlips == 1)
    }

    @Test("hands crossing slowly are not flips")
    func noFalseFlips() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 0.5)
        let report = QualityGate().assess(synthetic.build())
        #expect(report.handednessFlips == 0)
    }

    @Test("a right-hand shape labelled left is inconsistent", arguments: [CoordinateSpace.worldMillimetres, .imageNormalized])
    func inconsistentLabel(space: CoordinateSpace) {
        var synthetic = SyntheticRecording(fps: 30, seconds: 12)
        synthetic.space = space
        synthetic.scale = space == .imageNormalized ? 0.1 : 80
        synthetic.hands[.left] = .init(shape: .right, origin: SIMD3(synthetic.scale * 3, synthetic.scale * 3, 0), noise: synthetic.scale * 0.002)
        let report = QualityGate().assess(synthetic.build())
        let check = report.handedness["left"]!
        #expect(check.geometricCheck == .inconsistent)
        #expect(check.agreement! < 0.2 && check.framesChecked == 300)
        #expect(check.meanScore! < 0)
        let flag = report.flags.first { $0.code == .handednessInconsistent }
        #expect(flag?.hand == "left" && flag!.message.contains("--mirrored"))
    }

    @Test("2-D landmarks make the check indeterminate")
    func twoDimensional() {
        var synthetic = SyntheticRecording(fps: 30, seconds: 12)
        synthetic.addBothHands(noise: 0.05)
        synthetic.twoDimensional = true
        let report = QualityGate().assess(synthetic.build())
        for side in ["left", "right"] {
            #expect(report.handedness[side]?.geometricCheck == .indeterminate)
            #expect(report.handedness[side]?.reason?.contains("2-D") == true)
        }
        #expect(!codes(report).contains("handednessInconsistent"))
    }
}
