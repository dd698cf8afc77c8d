import HandPoseCore
import HandPoseIO
import Testing
@testable import HandPoseSimulation

@Suite("RecordingSimulator")
struct RecordingSimulatorTests {
    typealias Support = SimulationTestSupport

    @Test("same seed gives identical output; different seeds differ")
    func determinism() {
        let configuration = Support.configuration(
            duration: 3, tremor: [.left: TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: 1.5)], noise: 0.5,
            dropRate: 0.05, gaps: [GapSpec(length: 0.5)], jitter: 2)
        let first = RecordingSimulator.simulate(configuration)
        let second = RecordingSimulator.simulate(configuration)
        // NaN (gaps) is never equal to itself, so compare the bit patterns of every sample.
        let bits = { (recording: Recording) in recording.hands.flatMap { $0.channels.flatMap { $0.map(\.bitPattern) } } }
        #expect(bits(first.recording) == bits(second.recording))
        #expect(first.recording.timestamps == second.recording.timestamps)
        #expect(first.truth == second.truth)
        var other = configuration
        other.seed = 43
        let third = RecordingSimulator.simulate(other)
        #expect(bits(first.recording) != bits(third.recording))
        let text = RecordingWriter.csv(first.recording, layout: .long)
        #expect(text == RecordingWriter.csv(second.recording, layout: .long))
        #expect(text != RecordingWriter.csv(third.recording, layout: .long))
    }

    @Test("the CSV bytes are fixed across machines (golden hash)")
    func goldenHash() {
        let configuration = Support.configuration(
            duration: 1, frameRate: 30, seed: 2024,
            tremor: [.right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3)], noise: 0.3, dropRate: 0.1,
            jitter: 1.5)
        let text = RecordingWriter.csv(RecordingSimulator.simulate(configuration).recording, layout: .long)
        // Recorded from this implementation on Linux x86_64; only IEEE-exact operations feed it.
        #expect(Support.fnv1a(text) == Self.goldenCSVHash, "hash \(Support.fnv1a(text))")
    }

    static let goldenCSVHash: UInt64 = 6_608_132_377_003_338_277

    @Test("frame count is about duration · fps · (1 − drop rate); frame 0 is kept at t = 0",
          arguments: [(30.0, 0.0), (60.0, 0.1), (120.0, 0.3)])
    func frameCount(fps: Double, dropRate: Double) {
        let configuration = Support.configuration(duration: 20, frameRate: fps, dropRate: dropRate)
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        let nominal = 20 * fps
        let expected = nominal * (1 - dropRate)
        let tolerance = 4 * (nominal * dropRate * (1 - dropRate)).squareRoot() + 1
        #expect(abs(Double(recording.frameCount) - expected) <= tolerance)
        #expect(truth.frameCount == recording.frameCount)
        #expect(truth.droppedFrames + truth.frameCount == truth.nominalFrameCount)
        #expect(recording.timestamps.first == 0 && recording.frameNumbers?.first == 0)
        #expect(zip(recording.timestamps, recording.timestamps.dropFirst()).allSatisfy { $0 < $1 })
        // Dropped frames are missing for both hands: both tracks share the timeline and are present.
        #expect(recording.left?.presentFrameCount == recording.frameCount)
        #expect(recording.right?.presentFrameCount == recording.frameCount)
    }

    @Test("gaps hide one hand for their length")
    func gaps() throws {
        let configuration = Support.configuration(
            duration: 10, frameRate: 50, gaps: [GapSpec(hand: .right, start: 2, length: 1.5), GapSpec(length: 0.8)])
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        #expect(truth.gapIntervals.count == 2)
        let fixed = truth.gapIntervals[0]
        #expect(fixed == GapInterval(hand: .right, start: 2, end: 3.5, absentFrames: 75))
        let seeded = truth.gapIntervals[1]
        #expect(seeded.start >= 0 && seeded.end <= 10 && abs(seeded.end - seeded.start - 0.8) < 1e-12)
        for gap in truth.gapIntervals {
            let track = try #require(recording[gap.hand])
            var absentTime = 0.0
            for frame in 0..<recording.frameCount {
                let t = recording.timestamps[frame]
                let inside = t >= gap.start && t < gap.end
                if inside {
                    #expect(!track.presence[frame])
                    #expect(track.channels.allSatisfy { $0[frame].isNaN })
                    absentTime += 1 / 50
                }
            }
            #expect(abs(absentTime - (gap.end - gap.start)) <= 1.0 / 50 + 1e-9)
            let other = try #require(recording[gap.hand.opposite])
            if !truth.gapIntervals.contains(where: { $0.hand == other.side }) {
                #expect(other.presentFrameCount == recording.frameCount)
            }
        }
    }

    @Test("timing jitter: interval standard deviation ≈ J·√2", arguments: [1.0, 3.0])
    func jitter(milliseconds: Double) {
        let configuration = Support.configuration(duration: 60, frameRate: 60, jitter: milliseconds)
        let times = RecordingSimulator.simulate(configuration).recording.timestamps
        let intervals = zip(times, times.dropFirst()).map { ($1 - $0) * 1000 }
        let (mean, std) = Support.meanAndStandardDeviation(intervals)
        #expect(abs(mean - 1000.0 / 60) < 0.05)
        #expect(abs(std / (milliseconds * 2.0.squareRoot()) - 1) < 0.05, "std \(std) ms")
        // Microsecond resolution.
        #expect(times.allSatisfy { abs($0 * 1e6 - ($0 * 1e6).rounded()) < 1e-3 })
    }

    @Test("segments are rigid and the hand length is adult", arguments: [HandSide.left, .right])
    func rigidBones(side: HandSide) throws {
        let configuration = Support.configuration(
            tremor: [side: TremorSpec(frequencyHz: 6, amplitudeMillimetres: 2)], dropRate: 0.1, jitter: 2)
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        let track = try #require(recording[side])
        let handTruth = try #require(truth.hand(side))
        #expect((70...110).contains(handTruth.handLengthMm))
        let segments: [(Landmark, Landmark)] = [(.wrist, .middleMCP), (.wrist, .indexMCP), (.wrist, .thumbCMC)]
            + Finger.allCases.flatMap { finger in
                (0..<3).map { (Landmark.of(finger, joint: $0), Landmark.of(finger, joint: $0 + 1)) }
            }
        for (a, b) in segments {
            let lengths = (0..<recording.frameCount).map { (track.position(b, frame: $0) - track.position(a, frame: $0)).length }
            #expect(lengths.max()! - lengths.min()! < 1e-9, "\(a)→\(b)")
        }
        let measured = (track.position(.middleMCP, frame: 0) - track.position(.wrist, frame: 0)).length
        #expect(abs(measured - handTruth.handLengthMm) < 1e-9)
        #expect(handTruth.boneLengthsMm["index"]?["proximal"] == 40)
    }

    @Test("truth angle ranges equal the angles recomputed from the recording")
    func jointAngleTruth() throws {
        let configuration = Support.configuration(
            duration: 8, tremor: [.right: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 3)],
            gaps: [GapSpec(hand: .left, start: 1, length: 2)])
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        for side in HandSide.allCases {
            let track = try #require(recording[side])
            let handTruth = try #require(truth.hand(side))
            for joint in JointAngles.all {
                var low = Double.infinity
                var high = -Double.infinity
                for frame in 0..<track.frameCount where track.presence[frame] {
                    let angle = JointAngles.flexionDegrees(
                        track.position(joint.proximal, frame: frame), track.position(joint.joint, frame: frame),
                        track.position(joint.distal, frame: frame))
                    low = min(low, angle)
                    high = max(high, angle)
                }
                let range = try #require(handTruth.jointAngles[joint.finger.name]?[joint.name])
                #expect(abs(range.minDeg - low) < 1e-6 && abs(range.maxDeg - high) < 1e-6, "\(side) \(joint.finger) \(joint.name)")
                #expect(abs(range.rangeDeg - (range.maxDeg - range.minDeg)) < 1e-12)
                // 8 s covers full cycles: the commanded extremes are reached.
                let commanded = try #require(truth.movement.commandedDegrees[joint.finger.name]?[joint.name])
                #expect(abs(range.minDeg - commanded[0]) < 0.01 && abs(range.maxDeg - commanded[1]) < 0.01)
            }
        }
    }

    @Test("chirality: n = (middleMCP − wrist) × (indexMCP − pinkyMCP) is dorsal for the right hand, palmar for the left")
    func chirality() throws {
        let configuration = Support.configuration(duration: 8, jitter: 2)
        let recording = RecordingSimulator.simulate(configuration).recording
        for side in HandSide.allCases {
            let track = try #require(recording[side])
            // Right hand: tips on −n; left hand: tips on +n.
            let palmarSign: Double = side == .right ? -1 : 1
            for frame in 0..<track.frameCount {
                let wrist = track.position(.wrist, frame: frame)
                let u = (track.position(.middleMCP, frame: frame) - wrist).normalized
                let r = (track.position(.indexMCP, frame: frame) - track.position(.pinkyMCP, frame: frame)).normalized
                let n = u.cross(r)
                for finger in Finger.allCases {
                    let tip = track.position(Landmark.of(finger, joint: 3), frame: frame)
                    let height = (tip - wrist).dot(n) * palmarSign
                    #expect(height > 3, "\(side) \(finger) tip frame \(frame): \(height) mm")
                }
                // The thumb lies on the radial side: r points from the pinky toward the thumb.
                #expect((track.position(.thumbTip, frame: frame) - wrist).dot(r) > 20)
            }
        }
    }

    @Test("hands are placed as seen by a camera facing the subject")
    func arrangement() throws {
        let recording = RecordingSimulator.simulate(Support.configuration(units: .normalized)).recording
        let left = try #require(recording.left)
        let right = try #require(recording.right)
        for frame in 0..<recording.frameCount {
            // Subject's right hand on the image left; fingers above the wrist (y down).
            #expect(right.position(.wrist, frame: frame).x < 0.5 && left.position(.wrist, frame: frame).x > 0.5)
            #expect(right.position(.middleTip, frame: frame).y < right.position(.wrist, frame: frame).y)
        }
    }
}
