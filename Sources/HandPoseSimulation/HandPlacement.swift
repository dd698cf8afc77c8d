import HandPoseCore

/// Where a hand sits in front of the virtual camera and how it is oriented.
///
/// Camera frame (as MediaPipe): x to the right of the image, y down, z away from the camera, in
/// millimetres from the camera centre. The subject faces the camera with both hands raised,
/// fingers up and tilted 15° away from the camera, palms toward the camera. In the (non-mirrored)
/// image the subject's right hand appears on the left (wrist at x = −140 mm) and the left hand on
/// the right (x = +140 mm), wrists 110 mm below the optical axis, 500 mm from the camera.
///
/// Local anatomical (distal, radial, dorsal) maps to the camera frame as
/// `wrist + d·U + r·R + s·D`, with U distal, R radial (toward the thumb: +x for the right hand,
/// −x for the left), and D dorsal (away from the camera). For the right hand D = U × R; for the
/// left hand D = −(U × R), which makes it the mirror image.
struct HandPlacement: Sendable {
    let side: HandSide
    /// Wrist position at rest, camera frame mm.
    let homeWrist: SIMD3<Double>
    let distal: SIMD3<Double>
    let radial: SIMD3<Double>
    let dorsal: SIMD3<Double>

    init(side: HandSide) {
        self.side = side
        let cosTilt = 0.965_925_826_289_068_3  // cos 15°
        let sinTilt = 0.258_819_045_102_520_74  // sin 15°
        distal = SIMD3(0, -cosTilt, sinTilt)
        radial = side == .right ? SIMD3(1, 0, 0) : SIMD3(-1, 0, 0)
        let cross = distal.cross(radial)
        dorsal = side == .right ? cross : -cross
        homeWrist = SIMD3(side == .right ? -140 : 140, 110, 500)
    }

    /// Maps a local anatomical point to the camera frame with the wrist at `wrist`.
    func toCamera(_ local: SIMD3<Double>, wrist: SIMD3<Double>) -> SIMD3<Double> {
        wrist + local.x * distal + local.y * radial + local.z * dorsal
    }
}
