#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseCore

/// One finger-joint flexion angle of ALGORITHMS.md §4: the joint, and the three landmarks that
/// define it.
///
/// Flexion at joint B between the proximal landmark A and the distal landmark C is the angle
/// between the proximal segment B−A and the distal segment C−B:
///
///     θ = arccos( (B−A)·(C−B) / (|B−A| |C−B|) )        (degrees, 0° = straight, unsigned)
///
/// i.e. 180° minus the interior angle at B. The fourteen joints, thumb first:
///
/// | finger | joint | A | B | C |
/// |---|---|---|---|---|
/// | index, middle, ring, pinky (MCP landmark m = 5, 9, 13, 17) | `mcp` | 0 wrist | m | m+1 |
/// | | `pip` | m | m+1 | m+2 |
/// | | `dip` | m+1 | m+2 | m+3 |
/// | thumb | `mcp` | 1 CMC | 2 MCP | 3 IP |
/// | | `ip` | 2 MCP | 3 IP | 4 tip |
///
/// The digit MCP uses the wrist→MCP vector as a proxy for the metacarpal. The angle is unsigned:
/// a hyperextension of −20° reads +20° (a sign needs the palm normal; see ALGORITHMS.md §4).
///
/// Method as in published landmark goniometry (Amprimo et al.'s validation of hand tracking; the
/// DIGITS web platform, *J Hand Surg Glob Online* 2023, doi:10.1016/j.jhsg.2023.01.016, which
/// reports 2-3° inter-device differences in extension and 3-8° in flexion).
public struct JointAngle: Hashable, Sendable, CustomStringConvertible {
    /// The joint of a digit whose flexion is measured.
    public enum Joint: String, Sendable, Codable, CaseIterable {
        /// Metacarpophalangeal joint (digits and thumb).
        case mcp
        /// Proximal interphalangeal joint (digits 2-5).
        case pip
        /// Distal interphalangeal joint (digits 2-5).
        case dip
        /// Interphalangeal joint of the thumb.
        case ip
    }

    /// The digit.
    public let finger: Finger
    /// The joint.
    public let joint: Joint
    /// A, the proximal landmark.
    public let proximal: Landmark
    /// B, the landmark at the joint.
    public let vertex: Landmark
    /// C, the distal landmark.
    public let distal: Landmark
    /// Position in ``all`` (0 ..< 14).
    public let index: Int

    /// The joints of `finger` in proximal-to-distal order: thumb `mcp`, `ip`; digits `mcp`, `pip`, `dip`.
    public static func joints(of finger: Finger) -> [Joint] {
        finger == .thumb ? [.mcp, .ip] : [.mcp, .pip, .dip]
    }

    /// All fourteen joints, thumb first, then index, middle, ring, pinky, each proximal to distal.
    public static let all: [JointAngle] = {
        var result: [JointAngle] = []
        for finger in Finger.allCases {
            let p = { (position: Int) in Landmark.of(finger, joint: position) }
            for joint in joints(of: finger) {
                let (a, b, c): (Landmark, Landmark, Landmark)
                switch (finger, joint) {
                case (.thumb, .mcp): (a, b, c) = (p(0), p(1), p(2))
                case (.thumb, _): (a, b, c) = (p(1), p(2), p(3))
                case (_, .mcp): (a, b, c) = (.wrist, p(0), p(1))
                case (_, .pip): (a, b, c) = (p(0), p(1), p(2))
                default: (a, b, c) = (p(1), p(2), p(3))
                }
                result.append(JointAngle(finger: finger, joint: joint, proximal: a, vertex: b, distal: c, index: result.count))
            }
        }
        return result
    }()

    private init(finger: Finger, joint: Joint, proximal: Landmark, vertex: Landmark, distal: Landmark, index: Int) {
        self.finger = finger
        self.joint = joint
        self.proximal = proximal
        self.vertex = vertex
        self.distal = distal
        self.index = index
    }

    /// The joint `joint` of `finger`; `nil` for a combination the hand does not have (thumb `pip`
    /// or `dip`, digit `ip`).
    public init?(_ finger: Finger, _ joint: Joint) {
        guard let found = Self.all.first(where: { $0.finger == finger && $0.joint == joint }) else { return nil }
        self = found
    }

    /// The output key, `<finger>.<joint>` (e.g. `index.mcp`, `thumb.ip`).
    public var key: String { "\(finger.name).\(joint.rawValue)" }

    public var description: String { key }

    /// θ(A, B, C) in degrees, 0° for collinear segments pointing the same way, 180° for a full fold.
    ///
    /// Evaluated as `atan2(|u × v|, u · v)` with u = B − A, v = C − B, which equals the arccos form
    /// exactly in real arithmetic and keeps full precision near 0° and 180°, where arccos loses
    /// about half the digits (a cosine of 1 − 1e−16 already reads 8.5e−7°).
    ///
    /// Returns NaN when any component is NaN or a segment has zero length. O(1).
    @inlinable
    public static func flexionDegrees(_ a: SIMD3<Double>, _ b: SIMD3<Double>, _ c: SIMD3<Double>) -> Double {
        let u = b - a
        let v = c - b
        let uu = (u * u).sum()
        let vv = (v * v).sum()
        guard uu > 0, vv > 0 else { return .nan }  // also false for NaN
        let cross = u.cross(v)
        let sine = (cross * cross).sum().squareRoot()
        let cosine = (u * v).sum()
        return atan2(sine, cosine) * (180 / Double.pi)
    }
}
