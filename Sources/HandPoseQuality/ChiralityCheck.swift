import HandPoseCore
import HandPoseNumerics

/// Geometric check of a hand's label from its 3-D shape (which side the fingers curl to).
///
/// Convention (MediaPipe; the simulator follows it): right-handed coordinates, x right, y down,
/// z away from the camera. Per frame, with `u = unit(middleMCP − wrist)` (distal) and
/// `r = unit(indexMCP − pinkyMCP)` (radial, towards the thumb), `n = u × r` points dorsally for a
/// right hand and palmarly for a left hand. The palm plane is fitted to the wrist, thumb CMC and the
/// four MCPs by total least squares (the normal `ν` is the right singular vector of the smallest
/// singular value of the centred 6 × 3 point matrix, computed as the eigenvector of the smallest
/// eigenvalue of their 3 × 3 scatter matrix by ``SymmetricEigen3``), `ν` is oriented so that `ν · n > 0`, and
///
///     s = mean over q ∈ {PIP, DIP, TIP of the four fingers, thumb tip} of ((q − c) · ν) / |middleMCP − wrist|
///
/// (`c` the palm centroid). Flexed fingers and the thumb tip lie on the palmar side, so a right hand
/// gives `s < 0`, a left hand `s > 0`. The score is scale-invariant, and any positive rescaling of
/// the axes (anisotropic normalized image coordinates) preserves its sign. `|s|` below
/// ``QualityConfiguration/chiralityScoreThreshold`` (a flat hand) makes a frame indeterminate.
struct ChiralityCheck: Sendable {
    var framesChecked = 0
    var framesAgreeing = 0
    var framesDisagreeing = 0
    var meanScore: Double?
    var reason: String?

    static let palm: [Landmark] = [.wrist, .thumbCMC, .indexMCP, .middleMCP, .ringMCP, .pinkyMCP]
    static let distal: [Landmark] = [
        .indexPIP, .indexDIP, .indexTip, .middlePIP, .middleDIP, .middleTip,
        .ringPIP, .ringDIP, .ringTip, .pinkyPIP, .pinkyDIP, .pinkyTip, .thumbTip,
    ]

    init(track: HandTrack, configuration: QualityConfiguration) {
        guard track.presence.contains(true) else {
            reason = "the hand is never detected"
            return
        }
        let complete = Self.completeFrames(track)
        guard !complete.isEmpty else {
            // A complete frame has depth, so the scan for depth is needed only here.
            reason = Self.hasDepth(track)
                ? "no frame has all 21 landmarks in 3-D"
                : "2-D landmarks (no z): the thumb side cannot be told from a projection"
            return
        }
        let expectedSign: Double = track.side == .right ? -1 : 1
        var scoreSum = 0.0
        for frame in HandGeometry.subsample(complete, limit: configuration.chiralityMaximumFrames) {
            guard let s = Self.score(track, frame: frame) else { continue }
            framesChecked += 1
            scoreSum += s
            if abs(s) < configuration.chiralityScoreThreshold { continue }
            if s * expectedSign > 0 { framesAgreeing += 1 } else { framesDisagreeing += 1 }
        }
        meanScore = framesChecked > 0 ? scoreSum / Double(framesChecked) : nil
        if framesChecked == 0 { reason = "the palm is degenerate in every checked frame" }
    }

    /// The present frames in which all 63 channels are finite, ascending: one sweep per channel
    /// over its contiguous samples.
    static func completeFrames(_ track: HandTrack) -> [Int] {
        var complete = track.presence.map { $0 ? UInt8(1) : 0 }
        complete.withUnsafeMutableBufferPointer { flags in
            for channel in track.channels {
                channel.withUnsafeBufferPointer { samples in
                    for frame in flags.indices { flags[frame] &= samples[frame].isFinite ? 1 : 0 }
                }
            }
        }
        return complete.indices.filter { complete[$0] != 0 }
    }

    /// Whether any landmark has a finite z in a present frame.
    static func hasDepth(_ track: HandTrack) -> Bool {
        Landmark.allCases.contains { landmark in
            let channel = track.samples(landmark, .z)
            return track.presence.indices.contains { track.presence[$0] && channel[$0].isFinite }
        }
    }

    /// The chirality score `s` of one frame, or `nil` when the palm is degenerate.
    ///
    /// The palm normal is the eigenvector of the smallest eigenvalue of the scatter matrix
    /// `Σ dᵢdᵢᵀ` of the centred palm points, the same vector as the right singular vector of the
    /// smallest singular value of the centred point matrix, without allocation.
    static func score(_ track: HandTrack, frame: Int) -> Double? {
        let wrist = track.position(.wrist, frame: frame), middle = track.position(.middleMCP, frame: frame)
        let handLength = (middle - wrist).length
        let radial = track.position(.indexMCP, frame: frame) - track.position(.pinkyMCP, frame: frame)
        guard handLength > 0, radial.length > 0 else { return nil }
        let n = ((middle - wrist) / handLength).cross(radial / radial.length)
        guard n.length > 1e-6 else { return nil }

        var centroid = SIMD3<Double>()
        for landmark in palm { centroid += track.position(landmark, frame: frame) }
        centroid = centroid / Double(palm.count)
        var xx = 0.0, xy = 0.0, xz = 0.0, yy = 0.0, yz = 0.0, zz = 0.0
        for landmark in palm {
            let d = track.position(landmark, frame: frame) - centroid
            xx += d.x * d.x
            xy += d.x * d.y
            xz += d.x * d.z
            yy += d.y * d.y
            yz += d.y * d.z
            zz += d.z * d.z
        }
        var normal = SymmetricEigen3(xx: xx, xy: xy, xz: xz, yy: yy, yz: yz, zz: zz).eigenvector(0)
        if normal.dot(n) < 0 { normal = -normal }
        var offsets = 0.0
        for landmark in distal { offsets += (track.position(landmark, frame: frame) - centroid).dot(normal) }
        return offsets / Double(distal.count) / handLength
    }

    /// The verdict, agreement fraction and reason under `configuration`.
    func assessment(labelFlips: Int, configuration: QualityConfiguration) -> HandednessAssessment {
        let decisive = framesAgreeing + framesDisagreeing
        let agreement = decisive > 0 ? Double(framesAgreeing) / Double(decisive) : nil
        var check = GeometricCheck.indeterminate
        var why = reason
        if why == nil {
            if Double(decisive) < configuration.minimumDecisiveFraction * Double(framesChecked) || decisive == 0 {
                why = "the fingers lie close to the palm plane in most frames (flat hand)"
            } else if let agreement, agreement >= configuration.handednessAgreementFraction {
                check = .consistent
            } else if let agreement, 1 - agreement >= configuration.handednessAgreementFraction {
                check = .inconsistent
            } else {
                why = "frames disagree among themselves (labels may swap during the recording)"
            }
        }
        return HandednessAssessment(
            labelFlips: labelFlips, geometricCheck: check, agreement: agreement,
            framesChecked: framesChecked, framesDecisive: decisive, meanScore: meanScore, reason: why)
    }
}
