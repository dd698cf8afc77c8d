import HandPoseCore
import HandPoseNumerics

/// Geometric check of a hand's label from its 3-D shape (which side the fingers curl to).
///
/// Convention (MediaPipe; the simulator follows it): right-handed coordinates, x right, y down,
/// z away from the camera. Per frame, with `u = unit(middleMCP − wrist)` (distal) and
/// `r = unit(indexMCP − pinkyMCP)` (radial, towards the thumb), `n = u × r` points dorsally for a
/// right hand and palmarly for a left hand. The palm plane is fitted to the wrist, thumb CMC and the
/// four MCPs by total least squares (LAPACK SVD of the centred 6 × 3 point matrix: the right singular
/// vector of the smallest singular value is the normal `ν`), `ν` is oriented so that `ν · n > 0`, and
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
        let present = track.presence.indices.filter { track.presence[$0] }
        guard !present.isEmpty else {
            reason = "the hand is never detected"
            return
        }
        let hasDepth = Landmark.allCases.contains { landmark in
            let channel = track.samples(landmark, .z)
            return present.contains { channel[$0].isFinite }
        }
        guard hasDepth else {
            reason = "2-D landmarks (no z): the thumb side cannot be told from a projection"
            return
        }
        let complete = present.filter { frame in
            Landmark.allCases.allSatisfy { track.position($0, frame: frame).isFinite }
        }
        guard !complete.isEmpty else {
            reason = "no frame has all 21 landmarks in 3-D"
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

    /// The chirality score `s` of one frame, or `nil` when the palm is degenerate.
    static func score(_ track: HandTrack, frame: Int) -> Double? {
        let position = { (landmark: Landmark) in track.position(landmark, frame: frame) }
        let wrist = position(.wrist), middle = position(.middleMCP)
        let handLength = (middle - wrist).length
        let radial = position(.indexMCP) - position(.pinkyMCP)
        guard handLength > 0, radial.length > 0 else { return nil }
        let n = ((middle - wrist) / handLength).cross(radial / radial.length)
        guard n.length > 1e-6 else { return nil }

        let points = palm.map(position)
        let centroid = points.reduce(SIMD3<Double>(), +) / Double(points.count)
        let centred = Matrix(points.map { p in let d = p - centroid; return [d.x, d.y, d.z] })
        guard let svd = try? LinearAlgebra.singularValueDecomposition(centred), svd.vt.rows == 3 else { return nil }
        var normal = SIMD3(svd.vt[2, 0], svd.vt[2, 1], svd.vt[2, 2])
        if normal.dot(n) < 0 { normal = -normal }
        let offsets = distal.map { (position($0) - centroid).dot(normal) }
        return offsets.reduce(0, +) / Double(offsets.count) / handLength
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
