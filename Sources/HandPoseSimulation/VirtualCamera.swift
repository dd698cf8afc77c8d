import HandPoseCore

/// A scaled-orthographic (weak-perspective) camera that turns camera-frame millimetres into
/// MediaPipe-style normalized image coordinates.
///
/// px = x·k + W/2, py = y·k + H/2 with k pixels per millimetre at the hands' depth;
/// normalized x = px/W, y = py/H, z = (z − z_wrist)·k/W (relative to the wrist, on the scale of x,
/// as MediaPipe). k = min(W/800 mm, H/450 mm), so the field of view at the hands is at least
/// 800 mm × 450 mm and both hands stay inside the image. Calibrating with the hand length measured
/// in isotropic pixels (x·W, y·H, z·W) recovers millimetres exactly: mm = px / k.
public struct VirtualCamera: Sendable, Equatable {
    /// The image size in pixels.
    public let imageSize: ImageSize
    /// Pixels per millimetre at the hands (k).
    public let pixelsPerMillimetre: Double

    /// The camera for an image of `imageSize`.
    public init(imageSize: ImageSize) {
        self.imageSize = imageSize
        pixelsPerMillimetre = min(Double(imageSize.width) / 800, Double(imageSize.height) / 450)
    }

    /// Millimetres per pixel, 1/k.
    public var millimetresPerPixel: Double { 1 / pixelsPerMillimetre }

    /// Normalized image coordinates of the camera-frame point `point` (mm), with depth relative to
    /// `wristDepth` (mm).
    public func normalized(_ point: SIMD3<Double>, wristDepth: Double) -> SIMD3<Double> {
        let width = Double(imageSize.width)
        let height = Double(imageSize.height)
        return SIMD3(
            (point.x * pixelsPerMillimetre + width / 2) / width,
            (point.y * pixelsPerMillimetre + height / 2) / height,
            (point.z - wristDepth) * pixelsPerMillimetre / width)
    }
}
