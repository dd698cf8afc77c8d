import HandPoseCore

/// Simulates a two-hand landmark recording with known ground truth.
///
/// For every kept frame at its (jittered) capture time t and every simulated hand:
/// 1. joint angles from the minimum-jerk flexion-extension cycles (``MovementPlan``) pose the adult
///    skeleton (``HandSkeleton``) in anatomical coordinates;
/// 2. the hand is placed in the camera frame (``HandPlacement``: x right, y down, z away, mm) at
///    home + minimum-jerk wrist offset + tremor `A·sin(2πft + φ)·direction`;
/// 3. i.i.d. Gaussian noise of `noiseMillimetres` is added to every coordinate;
/// 4. coordinates are converted to the chosen units: world mm or m relative to the hand's fixed
///    origin (``HandTruth/worldOriginMm``, so whole-hand translation and tremor are kept), or
///    normalized image coordinates through ``VirtualCamera``.
/// Frames inside a gap of a hand are absent (presence false, NaN) for that hand. Dropped frames do
/// not appear at all. The recording's timestamps are the true capture times.
///
/// The output depends only on the configuration: the same seed gives bit-identical recordings on
/// every machine (``SeededGenerator``, ``DeterministicMath``).
public enum RecordingSimulator {
    /// Version of the simulation model, bumped whenever the same configuration would produce
    /// different numbers.
    public static let modelVersion = 1

    /// Simulates the recording described by `configuration`.
    ///
    /// - Precondition: `configuration.validate()` does not throw (call it first to report errors).
    /// - Complexity: O(frames × hands × 21).
    public static func simulate(_ configuration: SimulationConfiguration) -> (recording: Recording, truth: SimulationTruth) {
        do { try configuration.validate() } catch { preconditionFailure("invalid simulation configuration: \(error)") }
        let seed = configuration.seed
        var timing = SeededGenerator(seed: seed, stream: RandomStream.timing)
        var drops = SeededGenerator(seed: seed, stream: RandomStream.drops)
        let timeline = FrameTimeline(configuration: configuration, timing: &timing, drops: &drops)
        var gapGenerator = SeededGenerator(seed: seed, stream: RandomStream.gaps)
        let gaps = placeGaps(configuration, timeline: timeline, generator: &gapGenerator)
        var phaseGenerator = SeededGenerator(seed: seed, stream: RandomStream.tremorPhase)
        let phases = Dictionary(uniqueKeysWithValues: HandSide.allCases.map {
            ($0, phaseGenerator.nextUniform() * 2 * DeterministicMath.pi)
        })
        let camera = VirtualCamera(imageSize: configuration.imageSize)

        var tracks: [HandSide: HandTrack] = [:]
        var handTruths: [String: HandTruth] = [:]
        var plans: [HandSide: MovementPlan] = [:]
        for side in configuration.hands {
            var movementGenerator = SeededGenerator(seed: seed, stream: RandomStream.movement(side))
            let plan = MovementPlan(
                isVoluntary: configuration.voluntaryMovement, duration: configuration.duration,
                generator: &movementGenerator)
            plans[side] = plan
            let synthesizer = HandSynthesizer(
                side: side, configuration: configuration, plan: plan, tremorPhase: phases[side]!, camera: camera,
                absent: gaps.filter { $0.hand == side })
            let result = synthesizer.synthesize(timeline: timeline)
            tracks[side] = result.track
            handTruths[side.rawValue] = result.truth
        }

        let spatial = SpatialReference(
            space: configuration.units.coordinateSpace, provenance: .declared,
            reason: "simulated recording (handpose-simulate, seed \(seed))",
            imageSize: configuration.units == .normalized ? configuration.imageSize : nil)
        var metadata = [
            "source": "handpose-simulate",
            "simulation_model": "\(modelVersion)",
            "seed": "\(seed)",
            "nominal_fps": "\(configuration.frameRate)",
        ]
        if configuration.units == .normalized {
            metadata["mm_per_pixel"] = "\(camera.millimetresPerPixel)"
        }
        let recording = Recording(
            timestamps: timeline.timestamps, left: tracks[.left], right: tracks[.right],
            frameNumbers: timeline.frameNumbers, layout: .long,
            timeBase: TimeBase(source: .seconds, provenance: .declared, column: "t_s"),
            spatial: spatial, metadata: metadata)
        let truth = SimulationTruth(
            schemaVersion: SimulationTruth.currentSchemaVersion,
            generator: "handpose-simulate model \(modelVersion)",
            seed: seed, configuration: configuration,
            coordinateSpace: configuration.units.coordinateSpace,
            millimetresPerUnit: configuration.units.coordinateSpace.intrinsicMillimetresPerUnit,
            imageSize: configuration.imageSize,
            pixelsPerMillimetre: camera.pixelsPerMillimetre, millimetresPerPixel: camera.millimetresPerPixel,
            nominalFrameCount: configuration.nominalFrameCount, frameCount: timeline.timestamps.count,
            droppedFrames: timeline.droppedCount, gapIntervals: gaps, hands: handTruths,
            movement: movementTruth(plans), notes: notes)
        return (recording, truth)
    }

    /// Resolves each gap's hand and start (seeded where not given) and counts its absent frames.
    /// Every gap draws two numbers whether or not it needs them, so later gaps do not move.
    static func placeGaps(
        _ configuration: SimulationConfiguration, timeline: FrameTimeline, generator: inout SeededGenerator
    ) -> [GapInterval] {
        configuration.gaps.map { gap in
            let handDraw = generator.nextUniform()
            let startDraw = generator.nextUniform()
            let hands = configuration.hands
            let hand = gap.hand ?? hands[min(hands.count - 1, Int(handDraw * Double(hands.count)))]
            let start = gap.start ?? startDraw * (configuration.duration - gap.length)
            let end = start + gap.length
            let count = timeline.timestamps.reduce(0) { $0 + ($1 >= start && $1 < end ? 1 : 0) }
            return GapInterval(hand: hand, start: start, end: end, absentFrames: count)
        }
    }

    private static func movementTruth(_ plans: [HandSide: MovementPlan]) -> MovementTruth {
        func byFinger<T>(_ values: (Finger) -> T) -> [String: T] {
            Dictionary(uniqueKeysWithValues: Finger.allCases.map { ($0.name, values($0)) })
        }
        let jointNames = { (finger: Finger) in finger == .thumb ? ["mcp", "ip"] : ["mcp", "pip", "dip"] }
        let commanded = byFinger { finger in
            Dictionary(uniqueKeysWithValues: jointNames(finger).enumerated().map { index, name in
                (name, [MovementPlan.extensionDegrees[finger.rawValue][index], MovementPlan.flexionDegrees[finger.rawValue][index]])
            })
        }
        let voluntary = plans.values.first?.isVoluntary ?? false
        return MovementTruth(
            voluntary: voluntary, commandedDegrees: commanded,
            digitCycleSeconds: [
                MovementPlan.holdExtended, MovementPlan.flexDuration, MovementPlan.holdFlexed, MovementPlan.extendDuration,
            ],
            digitTimeScale: Dictionary(uniqueKeysWithValues: plans.map { side, plan in
                (side.rawValue, byFinger { plan.digitTimeScale[$0.rawValue] })
            }),
            digitPhaseSeconds: Dictionary(uniqueKeysWithValues: plans.map { side, plan in
                (side.rawValue, byFinger { plan.digitPhase[$0.rawValue] })
            }),
            wristHoldSeconds: MovementPlan.wristHold, wristMoveSeconds: MovementPlan.wristMove,
            wristTargetsMm: Dictionary(uniqueKeysWithValues: plans.map { ($0.key.rawValue, $0.value.wristTargets) }))
    }

    private static let notes = [
        "Camera frame: x right, y down, z away from the camera, millimetres; the subject faces the camera, right hand on the image left, palms toward the camera, fingers up.",
        "World units (mm, m) are relative to each hand's fixed worldOriginMm, so whole-hand translation and tremor are preserved.",
        "Normalized: x = px/W, y = py/H, z = (z - z_wrist)·pixelsPerMillimetre/W; mm = isotropic pixels (x·W, y·H, z·W) · millimetresPerPixel.",
        "Tremor: whole-hand translation A·sin(2πft + φ)·direction; amplitudeMm is zero-to-peak A.",
        "Joint angles: θ = arccos((B−A)·(C−B)/(|B−A||C−B|)), 0° straight, from the noise-free, tremor-free skeleton over the frames where the hand is present.",
        "Timestamps are the true capture times (k/fps + jitter, µs resolution); frame numbers are the nominal frame indices k, so drops show as missing k.",
    ]
}
