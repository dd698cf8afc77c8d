import Foundation
import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseMetrics

@Suite("RangeOfMotion")
struct RangeOfMotionTests {
    /// Worst absolute difference (degrees) over hands, joints and min/max/range between the measured
    /// range and the simulator's truth, with where it occurred.
    static func worstError(
        _ configuration: SimulationConfiguration, rom: RangeOfMotionConfiguration = .default
    ) -> (error: Double, at: String) {
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        var worst = (error: 0.0, at: "")
        for side in configuration.hands {
            let result = RangeOfMotion.measure(recording, side: side, configuration: rom)
            let handTruth = truth.hand(side)!
            for joint in JointAngle.all {
                let expected = handTruth.jointAngles[joint.finger.name]![joint.joint.rawValue]!
                let entry = result[joint]
                let pairs = [
                    ("min", entry.minDeg, expected.minDeg), ("max", entry.maxDeg, expected.maxDeg),
                    ("range", entry.rangeDeg, expected.rangeDeg),
                ]
                for (name, actual, wanted) in pairs {
                    let error = actual.map { abs($0 - wanted) } ?? .infinity
                    if error > worst.error || error.isNaN {
                        worst = (error, "\(side) \(joint.key) \(name): \(actual.map { "\($0)" } ?? "nil") vs truth \(wanted)")
                    }
                }
            }
        }
        return worst
    }

    @Test(
        "recovers the simulator's truth within 5° on clean data",
        arguments: [
            (SimulatedUnits.millimetres, 30.0), (.metres, 60), (.normalized, 30), (.millimetres, 120),
        ])
    func cleanTruth(units: SimulatedUnits, fps: Double) {
        let worst = Self.worstError(SimulationConfiguration(duration: 20, frameRate: fps, seed: 7, units: units))
        #expect(worst.error < 5, "worst \(worst.error)° at \(worst.at)")
        #expect(worst.error < 1.5, "clean data should be far inside the tolerance: \(worst.error)° at \(worst.at)")
    }

    @Test("recovers the truth within 5° with 0.3 mm noise, dropped frames, jitter and tremor")
    func noisyTruth() {
        let configuration = SimulationConfiguration(
            duration: 30, frameRate: 30, seed: 21, tremor: [.left: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 2)],
            noiseMillimetres: 0.3, dropRate: 0.05, gaps: [GapSpec(hand: .right, start: 10, length: 1.5)], jitterMilliseconds: 3)
        let worst = Self.worstError(configuration)
        #expect(worst.error < 5, "worst \(worst.error)° at \(worst.at)")
        #expect(worst.error < 2.5, "1.6° when written: \(worst.error)° at \(worst.at)")
    }

    @Test("smoothing narrows the error of noisy data compared with raw percentiles")
    func smoothingHelps() throws {
        let configuration = SimulationConfiguration(duration: 20, frameRate: 60, seed: 5, noiseMillimetres: 1, hands: [.right])
        let smoothed = Self.worstError(configuration)
        let raw = Self.worstError(configuration, rom: try RangeOfMotionConfiguration(smoothingCutoffHz: nil))
        #expect(smoothed.error < raw.error, "smoothed \(smoothed.error)° at \(smoothed.at), raw \(raw.error)° at \(raw.at)")
    }

    @Test("normalized coordinates without an image size: every joint null, with the reason")
    func anisotropic() {
        var (recording, _) = RecordingSimulator.simulate(
            SimulationConfiguration(duration: 2, frameRate: 30, seed: 3, units: .normalized, hands: [.left]))
        recording.spatial.imageSize = nil
        let result = RangeOfMotion.measure(recording, side: .left)
        #expect(result.joints.allSatisfy { $0.minDeg == nil && $0.maxDeg == nil && $0.rangeDeg == nil })
        #expect(result.joints.allSatisfy { $0.normalMaxDeg != nil })
        #expect(result.reason(for: JointAngle(.index, .pip)!)?.contains("--image-size") == true)
    }

    @Test("a missing hand, 2-D data and too few frames are not computable")
    func notComputable() throws {
        let (recording, _) = RecordingSimulator.simulate(
            SimulationConfiguration(duration: 2, frameRate: 30, seed: 3, hands: [.right]))
        let missing = RangeOfMotion.measure(recording, side: .left)
        #expect(missing.notComputable.first?.reason.contains("left hand is not detected") == true)
        #expect(missing.joints.allSatisfy { $0.minDeg == nil })

        var flat = try #require(recording.right)
        for landmark in Landmark.allCases { flat[Channel(landmark, .z)] = Array(repeating: .nan, count: flat.frameCount) }
        let planar = RangeOfMotion.measure(flat, spatial: recording.spatial)
        #expect(planar.notComputable.first?.reason.contains("no depth") == true)

        var sparse = try #require(recording.right)
        for frame in 5..<sparse.frameCount { for axis in Axis.allCases { sparse[Channel(.pinkyTip, axis)][frame] = .nan } }
        let partial = RangeOfMotion.measure(sparse, spatial: recording.spatial)
        #expect(partial[JointAngle(.pinky, .dip)!].minDeg == nil)
        #expect(partial[JointAngle(.pinky, .dip)!].framesUsed == 5)
        #expect(partial.reason(for: JointAngle(.pinky, .dip)!)?.contains("only 5 frame(s)") == true)
        #expect(partial[JointAngle(.pinky, .pip)!].minDeg != nil)
    }

    @Test("the wrist is reported as not computable with its normal ranges")
    func wrist() {
        let (recording, _) = RecordingSimulator.simulate(SimulationConfiguration(duration: 2, frameRate: 30, seed: 3, hands: [.right]))
        let result = RangeOfMotion.measure(recording, side: .right)
        #expect(result.wrist.keys.sorted() == NormalRangeTable.wristMotions.sorted())
        #expect(result.wrist["flexion"]?.normalMaxDeg == 80)
        #expect(result.wrist.values.allSatisfy { $0.minDeg == nil })
        #expect(result.notComputable.contains { $0.metric == "rangeOfMotion.wrist" && $0.reason.contains("forearm") })
    }

    @Test("too slow for the low-pass: smoothing is skipped and said so")
    func lowRate() {
        let (recording, _) = RecordingSimulator.simulate(SimulationConfiguration(duration: 10, frameRate: 3, seed: 3, hands: [.right]))
        let result = RangeOfMotion.measure(recording, side: .right)
        #expect(result.parameters.smoothing.hasPrefix("none:"))
        #expect(result.parameters.smoothingCutoffHz == nil)
        #expect(result.joints.allSatisfy { $0.rangeDeg != nil })
    }

    @Test("JSON follows the output contract and round-trips")
    func json() throws {
        let (recording, _) = RecordingSimulator.simulate(SimulationConfiguration(duration: 2, frameRate: 30, seed: 3, hands: [.right]))
        let result = RangeOfMotion.measure(recording, side: .right)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["thumb", "index", "middle", "ring", "pinky", "wrist", "parameters", "notComputable"])
        let thumb = try #require(object["thumb"] as? [String: Any])
        #expect(Set(thumb.keys) == ["mcp", "ip"])
        let pip = try #require((object["index"] as? [String: Any])?["pip"] as? [String: Any])
        #expect(Set(pip.keys) == ["minDeg", "maxDeg", "rangeDeg", "normalMinDeg", "normalMaxDeg", "framesUsed"])
        let flexion = try #require((object["wrist"] as? [String: Any])?["flexion"] as? [String: Any])
        #expect(flexion["minDeg"] is NSNull)
        let parameters = try #require(object["parameters"] as? [String: Any])
        #expect(parameters["algorithm"] as? String == "rom-flexion-percentile/1")
        #expect(parameters["percentileInterpolation"] as? String == "linear (numpy default, Hyndman-Fan type 7)")
        #expect(try JSONDecoder().decode(RangeOfMotion.self, from: data) == result)
    }
}
