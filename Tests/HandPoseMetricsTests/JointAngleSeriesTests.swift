import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseMetrics

@Suite("JointAngleSeries")
struct JointAngleSeriesTests {
    static let simulated = RecordingSimulator.simulate(
        SimulationConfiguration(duration: 3, frameRate: 30, seed: 11, hands: [.right]))

    @Test("one angle per frame and joint, NaN where the hand or a landmark is missing")
    func missing() throws {
        var track = try #require(Self.simulated.recording.right)
        track.presence[3] = false
        for axis in Axis.allCases { track[Channel(.indexDIP, axis)][5] = .nan }
        let series = JointAngleSeries(track: track, space: JointAngleSpace(scale: SIMD3(1, 1, 1), note: ""))
        #expect(series.degrees.count == 14)
        #expect(series.degrees.allSatisfy { $0.count == track.frameCount })
        #expect(series.degrees.allSatisfy { $0[3].isNaN })
        #expect(series[JointAngle(.index, .pip)!][5].isNaN)
        #expect(series[JointAngle(.index, .dip)!][5].isNaN)
        #expect(series[JointAngle(.index, .mcp)!][5].isFinite)
        #expect(series[JointAngle(.middle, .dip)!][5].isFinite)
    }

    @Test("planar data: z absent or all zero")
    func planar() throws {
        var track = try #require(Self.simulated.recording.right)
        #expect(!JointAngleSeries.isPlanar(track))
        for landmark in Landmark.allCases { track[Channel(landmark, .z)] = Array(repeating: 0, count: track.frameCount) }
        #expect(JointAngleSeries.isPlanar(track))
        for landmark in Landmark.allCases { track[Channel(landmark, .z)] = Array(repeating: .nan, count: track.frameCount) }
        #expect(JointAngleSeries.isPlanar(track))
    }
}
