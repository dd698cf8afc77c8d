import HandPoseCore

/// The joint flexion angles of ALGORITHMS.md §4, used for the ground truth.
///
/// Flexion at joint B between proximal A and distal C: θ = arccos((B−A)·(C−B)/(|B−A||C−B|)),
/// 0° = straight. Digits: MCP = θ(wrist, MCP, PIP), PIP = θ(MCP, PIP, DIP), DIP = θ(PIP, DIP, TIP);
/// thumb: MCP = θ(CMC, MCP, IP), IP = θ(MCP, IP, TIP).
enum JointAngles {
    /// A joint: its JSON name and the landmarks A, B, C.
    struct Joint: Sendable {
        let finger: Finger
        let name: String
        let proximal: Landmark
        let joint: Landmark
        let distal: Landmark
    }

    /// Every joint, thumb first; keys `mcp`, `pip`, `dip` (thumb `mcp`, `ip`).
    static let all: [Joint] = Finger.allCases.flatMap { finger -> [Joint] in
        let p = { (index: Int) in Landmark.of(finger, joint: index) }
        if finger == .thumb {
            return [
                Joint(finger: finger, name: "mcp", proximal: p(0), joint: p(1), distal: p(2)),
                Joint(finger: finger, name: "ip", proximal: p(1), joint: p(2), distal: p(3)),
            ]
        }
        return [
            Joint(finger: finger, name: "mcp", proximal: .wrist, joint: p(0), distal: p(1)),
            Joint(finger: finger, name: "pip", proximal: p(0), joint: p(1), distal: p(2)),
            Joint(finger: finger, name: "dip", proximal: p(1), joint: p(2), distal: p(3)),
        ]
    }

    /// θ in degrees for points A, B, C (NaN when a segment has zero length or a point is NaN).
    static func flexionDegrees(_ a: SIMD3<Double>, _ b: SIMD3<Double>, _ c: SIMD3<Double>) -> Double {
        let proximal = b - a
        let distal = c - b
        let cosine = proximal.dot(distal) / (proximal.length * distal.length)
        return DeterministicMath.acos(cosine) * 180 / DeterministicMath.pi
    }
}
