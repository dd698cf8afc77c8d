import HandPoseTestSupport
import Foundation
import HandPoseCore
import Testing
@testable import HandPoseMetrics

@Suite("JointAngle")
struct JointAngleTests {
    /// golden.json `joint_angles`: a digit (wrist, MCP, PIP, DIP, tip) posed at known angles.
    @Test("matches golden.json joint_angles to 1e-9°")
    func golden() {
        let cases = Golden.document["joint_angles"] as! [[String: Any]]
        #expect(cases.count == 4)
        for (number, item) in cases.enumerated() {
            let points = Golden.rows(item["points_wrist_mcp_pip_dip_tip"]).map { SIMD3($0[0], $0[1], $0[2]) }
            let expected = Golden.doubles(item["flexion_deg_mcp_pip_dip"])
            let actual = (0..<3).map { JointAngle.flexionDegrees(points[$0], points[$0 + 1], points[$0 + 2]) }
            expectClose(actual, expected, relative: 0, absolute: 1e-9, "case \(number)")
        }
    }

    @Test("fourteen joints, thumb first, with the landmarks of ALGORITHMS.md §4")
    func definitions() {
        #expect(JointAngle.all.count == 14)
        #expect(JointAngle.all.map(\.key) == [
            "thumb.mcp", "thumb.ip", "index.mcp", "index.pip", "index.dip", "middle.mcp", "middle.pip", "middle.dip",
            "ring.mcp", "ring.pip", "ring.dip", "pinky.mcp", "pinky.pip", "pinky.dip",
        ])
        let raw = { (joint: JointAngle) in [joint.proximal.rawValue, joint.vertex.rawValue, joint.distal.rawValue] }
        #expect(raw(JointAngle(.thumb, .mcp)!) == [1, 2, 3])
        #expect(raw(JointAngle(.thumb, .ip)!) == [2, 3, 4])
        for (finger, m) in [(Finger.index, 5), (.middle, 9), (.ring, 13), (.pinky, 17)] {
            #expect(raw(JointAngle(finger, .mcp)!) == [0, m, m + 1])
            #expect(raw(JointAngle(finger, .pip)!) == [m, m + 1, m + 2])
            #expect(raw(JointAngle(finger, .dip)!) == [m + 1, m + 2, m + 3])
        }
        #expect(JointAngle.all.enumerated().allSatisfy { $0.offset == $0.element.index })
        #expect(JointAngle(.thumb, .pip) == nil)
        #expect(JointAngle(.index, .ip) == nil)
    }

    @Test("straight is 0°, a full fold 180°, and precise near 0°", arguments: [0.0, 1e-6, 0.5, 30, 90, 135, 179.9])
    func knownAngles(degrees: Double) {
        let radians = degrees * .pi / 180
        let a = SIMD3<Double>(-1, 0, 0), b = SIMD3<Double>(0, 0, 0)
        let c = SIMD3<Double>(cos(radians), sin(radians), 0) * 2.5
        #expect(abs(JointAngle.flexionDegrees(a, b, c) - degrees) < 1e-10)
    }

    @Test("invariant to uniform scale, rotation and translation")
    func invariance() {
        let a = SIMD3<Double>(0.1, 0.2, 0.3), b = SIMD3<Double>(0.5, 0.1, 0.2), c = SIMD3<Double>(0.7, 0.6, 0.1)
        let reference = JointAngle.flexionDegrees(a, b, c)
        let rotate = { (p: SIMD3<Double>) in SIMD3(p.y, -p.x, p.z) * 37 + SIMD3(5, -2, 9) }
        #expect(abs(JointAngle.flexionDegrees(rotate(a), rotate(b), rotate(c)) - reference) < 1e-10)
    }

    @Test("NaN for a missing point or a zero-length segment")
    func degenerate() {
        let p = SIMD3<Double>(1, 2, 3)
        #expect(JointAngle.flexionDegrees(p, p, SIMD3(2, 2, 3)).isNaN)
        #expect(JointAngle.flexionDegrees(SIMD3(0, 0, 0), p, SIMD3(.nan, 2, 3)).isNaN)
    }
}
