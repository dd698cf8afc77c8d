import HandPoseCore

/// The per-axis scale that makes a recording's coordinates isotropic for angle measurement, or the
/// reason there is none.
///
/// Angles are invariant to a uniform scale but not to different scales per axis, so only the
/// ratios of the scales matter:
///
/// | space | scale (x, y, z) | accepted because |
/// |---|---|---|
/// | `worldMetres`, `worldMillimetres` | (1, 1, 1) | metric in every axis |
/// | `imagePixels` | (1, 1, 1) | x, y in pixels; MediaPipe's z "uses roughly the same scale as x" (relative depth), taken as pixels |
/// | `imageNormalized` with image size W×H | (W, H, W) | x·W, y·H are pixels; z is on x's scale |
/// | `imageNormalized` without image size | — | not computable: x and y are divided by different image dimensions |
///
/// MediaPipe's relative z is an estimate of lower quality than x and y; angles whose motion is
/// mostly in depth (fingers flexing towards the camera) inherit its error.
public struct JointAngleSpace: Hashable, Sendable, Codable {
    /// Multiplies each coordinate before angles are measured.
    public var scale: SIMD3<Double>
    /// One sentence on how the scale was chosen, for `parameters`.
    public var note: String

    /// A space with an explicit scale.
    public init(scale: SIMD3<Double>, note: String) {
        precondition(scale.x > 0 && scale.y > 0 && scale.z > 0, "axis scales \(scale) must be positive")
        self.scale = scale
        self.note = note
    }

    /// The scale for a recording's spatial reference.
    ///
    /// - Throws: ``NotComputable`` (metric `rangeOfMotion`) for normalized image coordinates
    ///   without an image size.
    public init(_ spatial: SpatialReference) throws(NotComputable) {
        switch spatial.space {
        case .worldMetres, .worldMillimetres:
            self.init(scale: SIMD3(1, 1, 1), note: "metric world coordinates (\(spatial.space.unitName)), isotropic")
        case .imagePixels:
            self.init(
                scale: SIMD3(1, 1, 1),
                note: "image pixels; z taken on x's pixel scale (MediaPipe: z uses roughly the same scale as x)")
        case .imageNormalized:
            guard let size = spatial.imageSize else {
                throw NotComputable(
                    "rangeOfMotion",
                    "normalized x and y are scaled by different image dimensions, so angles would be distorted; give --image-size WIDTHxHEIGHT")
            }
            let width = Double(size.width), height = Double(size.height)
            self.init(
                scale: SIMD3(width, height, width),
                note: "normalized image coordinates made isotropic as (x·\(size.width), y·\(size.height), z·\(size.width)) pixels; z on x's scale (MediaPipe)")
        }
    }
}
