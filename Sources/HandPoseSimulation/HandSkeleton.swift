import HandPoseCore

/// An adult hand skeleton in anatomical coordinates, and its forward kinematics.
///
/// Local coordinates are millimetres along (distal, radial, dorsal), a right-handed frame with the
/// wrist at the origin and the middle-finger MCP on the distal axis. A right hand maps them to the
/// camera frame unchanged in handedness; a left hand is the mirror image (see ``HandPlacement``).
///
/// Digits 2-5 flex in the plane of their metacarpal proxy (wrist → MCP) and the palmar direction,
/// so the joint flexion angles θ(A, B, C) = arccos((B−A)·(C−B)/(|B−A||C−B|)) of ALGORITHMS.md §4
/// equal the commanded angles. The thumb metacarpal is fixed, pointing distally, radially and
/// palmarly from the CMC; the thumb flexes at MCP and IP toward the palm and the ulnar side.
struct HandSkeleton: Sendable {
    /// Proximal end of each digit's chain in local mm: the thumb CMC, or the MCP of digits 2-5.
    let bases: [SIMD3<Double>]
    /// Segment lengths per digit, proximal to distal: thumb (CMC→MCP, MCP→IP, IP→tip); digits 2-5
    /// (MCP→PIP, PIP→DIP, DIP→tip).
    let segmentLengths: [[Double]]
    /// Unit direction of each chain at zero flexion (thumb: metacarpal; digits: wrist → MCP).
    let straightDirections: [SIMD3<Double>]
    /// Unit direction, perpendicular to the straight direction, toward which the chain flexes.
    let flexionDirections: [SIMD3<Double>]

    /// Typical adult dimensions (mm), hand length wrist → middle MCP 88 mm.
    static let adult = HandSkeleton(
        bases: [
            SIMD3(24, 22, -8),  // thumb CMC
            SIMD3(82, 25, 0),  // index MCP
            SIMD3(88, 0, 0),  // middle MCP
            SIMD3(82, -18, -2),  // ring MCP
            SIMD3(72, -36, -5),  // pinky MCP
        ],
        segmentLengths: [
            [42, 32, 27],
            [40, 23, 19],
            [45, 27, 20],
            [42, 26, 20],
            [33, 19, 18],
        ],
        thumbDirection: SIMD3(0.55, 0.65, -0.5),
        thumbFlexionHint: SIMD3(0, -1, -1))

    init(bases: [SIMD3<Double>], segmentLengths: [[Double]], thumbDirection: SIMD3<Double>, thumbFlexionHint: SIMD3<Double>) {
        self.bases = bases
        self.segmentLengths = segmentLengths
        let palmar = SIMD3<Double>(0, 0, -1)
        var straight: [SIMD3<Double>] = []
        var flexion: [SIMD3<Double>] = []
        for finger in Finger.allCases {
            let e = finger == .thumb ? thumbDirection.normalized : bases[finger.rawValue].normalized
            let hint = finger == .thumb ? thumbFlexionHint : palmar
            straight.append(e)
            flexion.append((hint - hint.dot(e) * e).normalized)
        }
        straightDirections = straight
        flexionDirections = flexion
    }

    /// Distance wrist → middle-finger MCP in mm.
    var handLength: Double { bases[Finger.middle.rawValue].length }

    /// The 21 landmarks in local mm for the given flexion angles (radians) per digit: thumb
    /// `[mcp, ip]`, digits 2-5 `[mcp, pip, dip]`.
    func landmarks(angles: [[Double]]) -> [SIMD3<Double>] {
        var points = [SIMD3<Double>](repeating: .zero, count: Landmark.count)
        for finger in Finger.allCases {
            let f = finger.rawValue
            let e = straightDirections[f]
            let p = flexionDirections[f]
            let lengths = segmentLengths[f]
            var point = bases[f]
            points[1 + 4 * f] = point
            // Thumb: the metacarpal (first segment) is fixed; digits flex from the first segment.
            var cumulative = 0.0
            var jointAngles = angles[f]
            if finger == .thumb { jointAngles.insert(0, at: 0) }
            for segment in 0..<3 {
                cumulative += jointAngles[segment]
                let direction = DeterministicMath.cos(cumulative) * e + DeterministicMath.sin(cumulative) * p
                point += lengths[segment] * direction
                points[2 + 4 * f + segment] = point
            }
        }
        return points
    }
}
