#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// Detects frames at which the two hand labels swap identity.
///
/// Each frame with at least one hand is compared with the previous frame with at least one hand
/// (when no more than ``QualityConfiguration/flipMaximumGapSeconds`` earlier), using wrist positions
/// in the image plane and the median hand length `L` (wrist → middle MCP) as the scale:
/// - *same-label* distances `|Lₜ − Lₜ₋₁|`, `|Rₜ − Rₜ₋₁|` and *cross-label* distances
///   `|Lₜ − Rₜ₋₁|`, `|Rₜ − Lₜ₋₁|`, over the labels present in both frames;
/// - when only cross-label pairs exist (one hand visible, label changed), it is a flip if the wrist
///   moved less than `0.5·L`;
/// - when both kinds exist, it is a flip if the mean cross-label distance is below `0.5·L` and below
///   `0.25 ×` the mean same-label distance (the left wrist is now where the right one was, and vice versa).
///
/// A flip involves both labels, so each event counts once for the recording and once for each
/// track that is present at the event.
struct HandednessFlips: Sendable {
    /// Why swaps cannot be detected in this recording, when they cannot (``init`` leaves
    /// ``frames`` empty then).
    var notAssessable: String?
    /// Frame indices at which a flip was detected.
    var frames: [Int]
    /// Flip events in which each side's track takes part.
    var perHand: [HandSide: Int]

    init(recording: Recording, configuration: QualityConfiguration) {
        frames = []
        perHand = [:]
        guard let left = recording.left, let right = recording.right else { return }
        let lengths = [HandGeometry.medianHandLength(left), HandGeometry.medianHandLength(right)].compactMap { $0 }
        guard !lengths.isEmpty else { return }
        let handLength = lengths.reduce(0, +) / Double(lengths.count)
        // Wrist continuity needs both hands in one frame of reference. MediaPipe world landmarks
        // (and the simulator's world output) centre each hand on itself, so the two hands overlap:
        // there the distance between hands says nothing about their labels.
        if let separation = Self.medianWristSeparation(left, right), separation < configuration.flipWristDistanceHandLengths * handLength {
            notAssessable = "the two hands share one place (median wrist separation \(Self.format(separation / handLength)) hand lengths): each hand is in its own hand-centred frame, as in world landmarks, so label swaps cannot be detected from wrist positions"
            return
        }
        let t = recording.timestamps
        var previous: (frame: Int, left: SIMD2<Double>?, right: SIMD2<Double>?)?
        for frame in 0..<recording.frameCount {
            let l = HandGeometry.wrist(left, frame: frame), r = HandGeometry.wrist(right, frame: frame)
            guard l != nil || r != nil else { continue }
            defer { previous = (frame, l, r) }
            guard let prior = previous, t[frame] - t[prior.frame] <= configuration.flipMaximumGapSeconds else { continue }
            var same: [Double] = [], cross: [Double] = []
            if let l, let pl = prior.left { same.append((l - pl).length) }
            if let r, let pr = prior.right { same.append((r - pr).length) }
            if let l, let pr = prior.right { cross.append((l - pr).length) }
            if let r, let pl = prior.left { cross.append((r - pl).length) }
            guard !cross.isEmpty else { continue }
            let crossMean = cross.reduce(0, +) / Double(cross.count)
            guard crossMean < configuration.flipWristDistanceHandLengths * handLength else { continue }
            if !same.isEmpty {
                let sameMean = same.reduce(0, +) / Double(same.count)
                guard crossMean < configuration.flipSwapRatio * sameMean else { continue }
            }
            frames.append(frame)
            if l != nil || prior.left != nil { perHand[.left, default: 0] += 1 }
            if r != nil || prior.right != nil { perHand[.right, default: 0] += 1 }
        }
    }

    /// Median distance between the two wrists (x, y) over frames where both are present.
    static func medianWristSeparation(_ left: HandTrack, _ right: HandTrack) -> Double? {
        var distances: [Double] = []
        for frame in 0..<min(left.frameCount, right.frameCount) {
            if let l = HandGeometry.wrist(left, frame: frame), let r = HandGeometry.wrist(right, frame: frame) {
                distances.append((l - r).length)
            }
        }
        return Statistics.median(distances)
    }

    static func format(_ value: Double) -> String { String(cFormat: "%.2f", value) }
}
