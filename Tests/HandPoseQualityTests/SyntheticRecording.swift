import Foundation
import HandPoseCore

/// SplitMix64: deterministic, seedable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal deviate (Box-Muller).
    mutating func gaussian() -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

/// A hand of known shape in hand-local coordinates (a distal, b radial, c dorsal for a right hand),
/// hand length 1 (wrist → middle MCP); fingers and thumb flexed towards the palm (c < 0).
enum SyntheticHand {
    static func local(_ landmark: Landmark) -> SIMD3<Double> {
        switch landmark {
        case .wrist: return SIMD3(0, 0, 0)
        case .thumbCMC: return SIMD3(0.2, 0.3, 0)
        case .thumbMCP: return SIMD3(0.4, 0.55, -0.1)
        case .thumbIP: return SIMD3(0.55, 0.7, -0.2)
        case .thumbTip: return SIMD3(0.7, 0.8, -0.3)
        default:
            let finger = landmark.finger!, joint = landmark.jointIndex!
            let mcp: SIMD3<Double> = switch finger {
            case .index: SIMD3(0.95, 0.3, 0)
            case .middle: SIMD3(1, 0, 0)
            case .ring: SIMD3(0.95, -0.25, 0)
            default: SIMD3(0.85, -0.5, 0)
            }
            let offsets: [SIMD3<Double>] = [SIMD3(0, 0, 0), SIMD3(0.4, 0, -0.1), SIMD3(0.6, 0, -0.25), SIMD3(0.7, 0, -0.4)]
            return mcp + offsets[joint]
        }
    }

    /// World position for a hand of anatomical `shape` facing the camera palm-first, fingers up
    /// (x right, y down, z away from the camera), wrist at `origin`, hand length `scale`.
    static func position(_ landmark: Landmark, shape: HandSide, origin: SIMD3<Double>, scale: Double) -> SIMD3<Double> {
        let p = local(landmark)
        let distal = SIMD3<Double>(0, -1, 0)
        let radial = SIMD3<Double>(shape == .right ? 1 : -1, 0, 0)
        // A mirror image: only the radial direction changes; the back of either hand faces away (+z).
        let dorsal = SIMD3<Double>(0, 0, 1)
        return origin + scale * (p.x * distal + p.y * radial + p.z * dorsal)
    }
}

/// Builder for recordings with known timing, presence, geometry and noise.
struct SyntheticRecording {
    struct Hand {
        var shape: HandSide
        var origin: SIMD3<Double>
        var present: (Int) -> Bool = { _ in true }
        /// Standard deviation of white Gaussian noise added to every coordinate (native units).
        var noise: Double = 0
        /// Optional extra displacement per (frame time, landmark, axis).
        var extra: ((Double, Landmark, Axis) -> Double)?
    }

    var timestamps: [Double]
    var space: CoordinateSpace = .worldMillimetres
    var imageSize: ImageSize?
    var scale = 80.0
    var hands: [HandSide: Hand] = [:]
    var twoDimensional = false
    var metadata: [String: String] = [:]
    var timeBase = TimeBase(source: .seconds, provenance: .declared, column: "t_s")
    var seed: UInt64 = 1

    init(fps: Double, seconds: Double) {
        timestamps = (0..<Int((fps * seconds).rounded()) + 1).map { Double($0) / fps }
    }

    init(timestamps: [Double]) { self.timestamps = timestamps }

    /// Both hands, correctly shaped, side by side.
    mutating func addBothHands(noise: Double = 0) {
        hands[.left] = Hand(shape: .left, origin: SIMD3(-1.5 * scale, 0, 0), noise: noise)
        hands[.right] = Hand(shape: .right, origin: SIMD3(1.5 * scale, 0, 0), noise: noise)
    }

    func build() -> Recording {
        var generator = SeededGenerator(seed: seed)
        func track(_ side: HandSide) -> HandTrack? {
            guard let hand = hands[side] else { return nil }
            var channels = Array(repeating: [Double](repeating: .nan, count: timestamps.count), count: Channel.count)
            var presence = [Bool](repeating: false, count: timestamps.count)
            for frame in timestamps.indices where hand.present(frame) {
                presence[frame] = true
                for landmark in Landmark.allCases {
                    let p = SyntheticHand.position(landmark, shape: hand.shape, origin: hand.origin, scale: scale)
                    for axis in Axis.allCases {
                        var value = p[axis.rawValue]
                        if twoDimensional && axis == .z { continue }
                        if hand.noise > 0 { value += hand.noise * generator.gaussian() }
                        if let extra = hand.extra { value += extra(timestamps[frame], landmark, axis) }
                        channels[Channel(landmark, axis).index][frame] = value
                    }
                }
            }
            return HandTrack(side: side, timestamps: timestamps, channels: channels, presence: presence)
        }
        return Recording(
            timestamps: timestamps, left: track(.left), right: track(.right), layout: .long, timeBase: timeBase,
            spatial: SpatialReference(space: space, provenance: .declared, reason: "test", imageSize: imageSize),
            metadata: metadata)
    }
}
