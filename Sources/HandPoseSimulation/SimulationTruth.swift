import HandPoseCore

/// The ground truth of a simulated recording (`truth.json`): every generating parameter and the
/// values that metrics computed from the recording should recover.
///
/// Hands, fingers and joints are keyed by name (`left`, `thumb`, `mcp`) so the JSON is easy to read
/// from any language. Encode with ``jsonData()`` for sorted keys and stable output.
public struct SimulationTruth: Sendable, Codable, Equatable {
    /// The version of this document's layout.
    public static let currentSchemaVersion = 1

    /// ``currentSchemaVersion`` when written.
    public var schemaVersion: Int
    /// The generator and its model version, e.g. `handpose-simulate model 1`.
    public var generator: String
    /// The seed (also inside ``configuration``).
    public var seed: UInt64
    /// Every generating parameter.
    public var configuration: SimulationConfiguration
    /// The space of the recording's coordinates.
    public var coordinateSpace: CoordinateSpace
    /// Millimetres per coordinate unit for world units (1000 for metres, 1 for mm); `nil` for
    /// normalized coordinates, which need ``millimetresPerPixel`` and ``imageSize``.
    public var millimetresPerUnit: Double?
    /// The virtual camera's image size.
    public var imageSize: ImageSize
    /// Pixels per millimetre of the virtual camera at the hands.
    public var pixelsPerMillimetre: Double
    /// Millimetres per (isotropic) pixel: mm = (x·W, y·H, z·W) · millimetresPerPixel.
    public var millimetresPerPixel: Double
    /// Frames before drops, `round(duration · fps)`.
    public var nominalFrameCount: Int
    /// Frames in the recording.
    public var frameCount: Int
    /// Frames dropped (no row for either hand).
    public var droppedFrames: Int
    /// Where each gap was placed.
    public var gapIntervals: [GapInterval]
    /// Per hand (`left`, `right`): what metrics should recover.
    public var hands: [String: HandTruth]
    /// The voluntary-movement schedule.
    public var movement: MovementTruth
    /// Definitions of the values above, in plain words.
    public var notes: [String]

    /// The truth of `side`, if that hand was simulated.
    public func hand(_ side: HandSide) -> HandTruth? { hands[side.rawValue] }
}

/// An interval in which one hand is absent, in the recording's time (seconds).
public struct GapInterval: Sendable, Codable, Equatable {
    /// The hand that is absent.
    public var hand: HandSide
    /// Start, inclusive.
    public var start: Double
    /// End, exclusive: `start + length`.
    public var end: Double
    /// Recording frames inside `[start, end)`, in which the hand is absent.
    public var absentFrames: Int
}

/// The ground truth of one hand.
public struct HandTruth: Sendable, Codable, Equatable {
    /// The hand.
    public var side: HandSide
    /// The tremor, or `nil` when the hand has none.
    public var tremor: TremorTruth?
    /// Range of each joint's flexion angle, `finger → joint → range`, in degrees: fingers `thumb`,
    /// `index`, `middle`, `ring`, `pinky`; joints `mcp`, `pip`, `dip` (thumb `mcp`, `ip`).
    /// Computed with the ALGORITHMS.md §4 definition from the noise-free, tremor-free skeleton over
    /// every frame of the recording in which this hand is present.
    public var jointAngles: [String: [String: AngleRange]]
    /// Segment lengths in mm, `finger → segment`: digits `metacarpal` (wrist→MCP), `proximal`,
    /// `middle`, `distal`; thumb `metacarpal` (CMC→MCP), `proximal`, `distal`, `wristToCMC`.
    public var boneLengthsMm: [String: [String: Double]]
    /// Wrist → middle-finger MCP in mm.
    public var handLengthMm: Double
    /// Wrist rest position in the camera frame (x right, y down, z away), mm.
    public var homeWristMm: SIMD3<Double>
    /// The per-hand origin subtracted from camera-frame mm for world units: the centroid of the
    /// 21 landmarks of the rest pose at the home position. Constant over time.
    public var worldOriginMm: SIMD3<Double>
    /// Frames of the recording in which this hand is present.
    public var presentFrames: Int
}

/// The true tremor of one hand: `A·sin(2πft + φ)·direction`, whole-hand translation.
public struct TremorTruth: Sendable, Codable, Equatable {
    /// Frequency f, Hz.
    public var frequencyHz: Double
    /// Zero-to-peak amplitude A, mm.
    public var amplitudeMm: Double
    /// 2A, mm.
    public var peakToPeakMm: Double
    /// A/√2, mm.
    public var rmsMm: Double
    /// Unit direction in the camera frame (x right, y down, z away).
    public var direction: SIMD3<Double>
    /// φ in radians.
    public var phaseRadians: Double
}

/// Minimum, maximum and range of an angle, degrees.
public struct AngleRange: Sendable, Codable, Equatable {
    /// Smallest angle, degrees.
    public var minDeg: Double
    /// Largest angle, degrees.
    public var maxDeg: Double
    /// maxDeg − minDeg.
    public var rangeDeg: Double
}

/// The voluntary-movement schedule (see the simulator documentation).
public struct MovementTruth: Sendable, Codable, Equatable {
    /// Whether fingers and wrist moved at all.
    public var voluntary: Bool
    /// Commanded extension and flexion angles, `finger → joint → [extension, flexion]`, degrees.
    public var commandedDegrees: [String: [String: [Double]]]
    /// Digit cycle phases, seconds before the per-digit scale: hold extended, flex, hold flexed, extend.
    public var digitCycleSeconds: [Double]
    /// Per hand and finger, the seeded scale (0.85…1.15) of the cycle durations.
    public var digitTimeScale: [String: [String: Double]]
    /// Per hand and finger, the seeded phase offset of the cycle, seconds.
    public var digitPhaseSeconds: [String: [String: Double]]
    /// Wrist hold duration at each target, seconds.
    public var wristHoldSeconds: Double
    /// Wrist move duration between targets, seconds.
    public var wristMoveSeconds: Double
    /// Per hand, the wrist targets as offsets from home, camera-frame mm.
    public var wristTargetsMm: [String: [SIMD3<Double>]]
}
