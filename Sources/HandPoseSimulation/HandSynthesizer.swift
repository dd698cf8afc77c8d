import HandPoseCore

/// Generates one hand's track and its ground truth over a frame timeline.
struct HandSynthesizer {
    let side: HandSide
    let configuration: SimulationConfiguration
    let plan: MovementPlan
    let tremorPhase: Double
    let camera: VirtualCamera
    let absent: [GapInterval]
    let skeleton = HandSkeleton.adult
    let placement: HandPlacement

    init(
        side: HandSide, configuration: SimulationConfiguration, plan: MovementPlan, tremorPhase: Double,
        camera: VirtualCamera, absent: [GapInterval]
    ) {
        self.side = side
        self.configuration = configuration
        self.plan = plan
        self.tremorPhase = tremorPhase
        self.camera = camera
        self.absent = absent
        placement = HandPlacement(side: side)
    }

    /// The fixed origin of world units: centroid of the rest pose at the home position.
    var worldOrigin: SIMD3<Double> {
        let rest = MovementPlan.extensionDegrees.map { $0.map { $0 * DeterministicMath.pi / 180 } }
        let local = skeleton.landmarks(angles: rest)
        let sum = local.reduce(SIMD3<Double>.zero) { $0 + placement.toCamera($1, wrist: placement.homeWrist) }
        return sum / Double(local.count)
    }

    /// Whole-hand tremor displacement at `t`, camera-frame mm.
    func tremor(at t: Double) -> SIMD3<Double> {
        guard let spec = configuration.tremor[side], spec.amplitudeMillimetres > 0 else { return .zero }
        let cycles = spec.frequencyHz * t
        let fraction = cycles - cycles.rounded(.down)
        let phase = 2 * DeterministicMath.pi * fraction + tremorPhase
        return spec.amplitudeMillimetres * DeterministicMath.sin(phase) * spec.unitDirection
    }

    func synthesize(timeline: FrameTimeline) -> (track: HandTrack, truth: HandTruth) {
        let times = timeline.timestamps
        let frameCount = times.count
        var channels = [[Double]](repeating: [Double](repeating: .nan, count: frameCount), count: Channel.count)
        var presence = [Bool](repeating: false, count: frameCount)
        var noise = SeededGenerator(seed: configuration.seed, stream: RandomStream.noise(side))
        let noiseStd = configuration.noiseMillimetres
        let origin = worldOrigin
        var minimum = [Double](repeating: .infinity, count: JointAngles.all.count)
        var maximum = [Double](repeating: -.infinity, count: JointAngles.all.count)
        var points = [SIMD3<Double>](repeating: .zero, count: Landmark.count)

        for (frame, t) in times.enumerated() {
            let local = skeleton.landmarks(angles: plan.jointAngles(at: t))
            let wrist = placement.homeWrist + plan.wristOffset(at: t) + tremor(at: t)
            for index in 0..<Landmark.count {
                // Noise is drawn for every frame, present or not, so gaps do not shift it.
                let jitter = SIMD3(noise.nextGaussian(), noise.nextGaussian(), noise.nextGaussian()) * noiseStd
                points[index] = placement.toCamera(local[index], wrist: wrist) + jitter
            }
            guard !absent.contains(where: { t >= $0.start && t < $0.end }) else { continue }
            presence[frame] = true
            for (index, joint) in JointAngles.all.enumerated() {
                let angle = JointAngles.flexionDegrees(
                    local[joint.proximal.rawValue], local[joint.joint.rawValue], local[joint.distal.rawValue])
                minimum[index] = min(minimum[index], angle)
                maximum[index] = max(maximum[index], angle)
            }
            let wristDepth = points[Landmark.wrist.rawValue].z
            for index in 0..<Landmark.count {
                let value: SIMD3<Double>
                switch configuration.units {
                case .millimetres: value = points[index] - origin
                case .metres: value = (points[index] - origin) / 1000
                case .normalized: value = camera.normalized(points[index], wristDepth: wristDepth)
                }
                channels[3 * index][frame] = value.x
                channels[3 * index + 1][frame] = value.y
                channels[3 * index + 2][frame] = value.z
            }
        }

        let track = HandTrack(side: side, timestamps: times, channels: channels, presence: presence)
        let truth = HandTruth(
            side: side, tremor: tremorTruth, jointAngles: angleRanges(minimum: minimum, maximum: maximum),
            boneLengthsMm: boneLengths, handLengthMm: skeleton.handLength, homeWristMm: placement.homeWrist,
            worldOriginMm: origin, presentFrames: track.presentFrameCount)
        return (track, truth)
    }

    private var tremorTruth: TremorTruth? {
        guard let spec = configuration.tremor[side] else { return nil }
        let amplitude = spec.amplitudeMillimetres
        return TremorTruth(
            frequencyHz: spec.frequencyHz, amplitudeMm: amplitude, peakToPeakMm: 2 * amplitude,
            rmsMm: amplitude / 2.0.squareRoot(), direction: spec.unitDirection, phaseRadians: tremorPhase)
    }

    private func angleRanges(minimum: [Double], maximum: [Double]) -> [String: [String: AngleRange]] {
        var result: [String: [String: AngleRange]] = [:]
        for (index, joint) in JointAngles.all.enumerated() where minimum[index].isFinite {
            result[joint.finger.name, default: [:]][joint.name] = AngleRange(
                minDeg: minimum[index], maxDeg: maximum[index], rangeDeg: maximum[index] - minimum[index])
        }
        return result
    }

    private var boneLengths: [String: [String: Double]] {
        var result: [String: [String: Double]] = [:]
        for finger in Finger.allCases {
            let lengths = skeleton.segmentLengths[finger.rawValue]
            let base = skeleton.bases[finger.rawValue].length
            if finger == .thumb {
                result[finger.name] = [
                    "wristToCMC": base, "metacarpal": lengths[0], "proximal": lengths[1], "distal": lengths[2],
                ]
            } else {
                result[finger.name] = [
                    "metacarpal": base, "proximal": lengths[0], "middle": lengths[1], "distal": lengths[2],
                ]
            }
        }
        return result
    }
}
