import HandPoseCore

/// The voluntary movement of one hand: flexion-extension cycles of every digit and wrist
/// translation between targets, all with minimum-jerk profiles.
///
/// Each digit repeats: hold extended, flex (minimum jerk), hold flexed, extend (minimum jerk). All
/// joints of a digit move together between their extension and flexion angles. Period and phase
/// differ per digit (seeded). The wrist holds, then moves by minimum jerk to the next seeded target
/// offset from its home position, and so on.
struct MovementPlan: Sendable {
    /// Commanded joint angles in degrees, `[digit][joint]`, extension and flexion.
    static let extensionDegrees: [[Double]] = [[10, 10], [15, 15, 10], [15, 15, 10], [15, 15, 10], [15, 15, 10]]
    static let flexionDegrees: [[Double]] = [[45, 60], [70, 90, 60], [70, 90, 60], [70, 90, 60], [70, 90, 60]]
    /// Digit cycle phases in seconds (before the per-digit period scale).
    static let holdExtended = 0.5
    static let flexDuration = 0.9
    static let holdFlexed = 0.4
    static let extendDuration = 0.9
    /// Wrist path: hold, then move, per target, in seconds.
    static let wristHold = 0.8
    static let wristMove = 1.2
    /// Half-ranges of the wrist target offsets in mm (x, y, z in the camera frame).
    static let wristRange = SIMD3<Double>(30, 20, 15)

    let isVoluntary: Bool
    /// Per digit: period scale (0.85…1.15) and phase offset in seconds.
    let digitTimeScale: [Double]
    let digitPhase: [Double]
    /// Wrist target offsets from home, camera frame mm; the first is zero.
    let wristTargets: [SIMD3<Double>]

    init(isVoluntary: Bool, duration: Double, generator: inout SeededGenerator) {
        self.isVoluntary = isVoluntary
        let period = Self.holdExtended + Self.flexDuration + Self.holdFlexed + Self.extendDuration
        var scales: [Double] = []
        var phases: [Double] = []
        for _ in Finger.allCases {
            let scale = generator.nextUniform(in: 0.85..<1.15)
            scales.append(scale)
            phases.append(generator.nextUniform() * period * scale)
        }
        digitTimeScale = scales
        digitPhase = phases
        let segments = Int((duration + 1) / (Self.wristHold + Self.wristMove)) + 2
        var targets: [SIMD3<Double>] = [.zero]
        for _ in 0..<segments {
            targets.append(
                SIMD3(
                    generator.nextUniform(in: -1..<1) * Self.wristRange.x,
                    generator.nextUniform(in: -1..<1) * Self.wristRange.y,
                    generator.nextUniform(in: -1..<1) * Self.wristRange.z))
        }
        wristTargets = targets
    }

    /// Flexion progress s ∈ [0, 1] of `digit` at time `t` (0 = extended, 1 = flexed).
    func flexionProgress(_ digit: Finger, at t: Double) -> Double {
        guard isVoluntary else { return 0 }
        let scale = digitTimeScale[digit.rawValue]
        let hold1 = Self.holdExtended * scale
        let flex = Self.flexDuration * scale
        let hold2 = Self.holdFlexed * scale
        let extend = Self.extendDuration * scale
        let period = hold1 + flex + hold2 + extend
        var local = (t + digitPhase[digit.rawValue]).truncatingRemainder(dividingBy: period)
        if local < 0 { local += period }
        if local < hold1 { return 0 }
        local -= hold1
        if local < flex { return MinimumJerk.profile(local / flex) }
        local -= flex
        if local < hold2 { return 1 }
        local -= hold2
        return 1 - MinimumJerk.profile(local / extend)
    }

    /// Joint flexion angles in radians, `[digit][joint]` (thumb: mcp, ip; digits: mcp, pip, dip).
    func jointAngles(at t: Double) -> [[Double]] {
        Finger.allCases.map { digit in
            let s = flexionProgress(digit, at: t)
            let f = digit.rawValue
            return zip(Self.extensionDegrees[f], Self.flexionDegrees[f]).map { low, high in
                (low + (high - low) * s) * DeterministicMath.pi / 180
            }
        }
    }

    /// Wrist offset from home in camera-frame mm at time `t`.
    func wristOffset(at t: Double) -> SIMD3<Double> {
        guard isVoluntary, t > 0 else { return .zero }
        let segment = Self.wristHold + Self.wristMove
        let index = min(Int(t / segment), wristTargets.count - 2)
        let local = t - Double(index) * segment
        let from = wristTargets[index]
        let to = wristTargets[index + 1]
        if local < Self.wristHold { return from }
        return from + (to - from) * MinimumJerk.profile((local - Self.wristHold) / Self.wristMove)
    }
}
