/// The space the landmark coordinates are expressed in.
///
/// | space | x, y | z | metric? |
/// |---|---|---|---|
/// | `worldMetres` | metres | metres | yes |
/// | `worldMillimetres` | millimetres | millimetres | yes |
/// | `imagePixels` | pixels from the top-left corner | pixels (same scale as x) or relative depth | after calibration |
/// | `imageNormalized` | `[0, 1]` scaled by image width / height (anisotropic) | relative depth, ≈ scale of x | after calibration |
public enum CoordinateSpace: String, Sendable, Codable, CaseIterable {
    case worldMetres
    case worldMillimetres
    case imagePixels
    case imageNormalized

    /// Millimetres per coordinate unit when the space is metric by itself; `nil` for image spaces.
    public var intrinsicMillimetresPerUnit: Double? {
        switch self {
        case .worldMetres: 1000
        case .worldMillimetres: 1
        case .imagePixels, .imageNormalized: nil
        }
    }

    /// The unit's short name as printed to users (`m`, `mm`, `px`, `normalized`).
    public var unitName: String {
        switch self {
        case .worldMetres: "m"
        case .worldMillimetres: "mm"
        case .imagePixels: "px"
        case .imageNormalized: "normalized"
        }
    }
}

/// How a property of the recording was established, so the user can judge how far to trust it.
public enum Provenance: String, Sendable, Codable {
    /// Named explicitly by the user on the command line or in the API call.
    case userGiven
    /// Declared by the file itself (a column name such as `t_ms`, or a `# key: value` metadata line).
    case declared
    /// Inferred from the values (magnitudes, spacing); see the accompanying reason.
    case inferred
    /// Assumed because nothing in the file said otherwise (for example a frame index with `--fps`).
    case assumed
}

/// Image dimensions in pixels, needed to make normalized image coordinates isotropic.
public struct ImageSize: Hashable, Sendable, Codable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        precondition(width > 0 && height > 0, "image size \(width)x\(height) must be positive")
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)x\(height)" }
}

/// The coordinate space of a recording, how it was established, and the calibration to millimetres.
public struct SpatialReference: Hashable, Sendable, Codable {
    public var space: CoordinateSpace
    public var provenance: Provenance
    /// Why the space was chosen (the evidence for an inferred space), in one sentence.
    public var reason: String
    /// Image size, when known (given with `--image-size` or declared in the file).
    public var imageSize: ImageSize?
    /// Millimetres per coordinate unit, from the space itself or from a calibration; `nil` when
    /// amplitudes can only be reported in the native unit.
    public var millimetresPerUnit: Double?
    /// How ``millimetresPerUnit`` was obtained (`"intrinsic"`, `"hand length 80 mm"`, …).
    public var calibration: String?

    public init(
        space: CoordinateSpace, provenance: Provenance, reason: String, imageSize: ImageSize? = nil,
        millimetresPerUnit: Double? = nil, calibration: String? = nil
    ) {
        self.space = space
        self.provenance = provenance
        self.reason = reason
        self.imageSize = imageSize
        self.millimetresPerUnit = millimetresPerUnit ?? space.intrinsicMillimetresPerUnit
        self.calibration = calibration ?? (space.intrinsicMillimetresPerUnit != nil ? "intrinsic" : nil)
    }

    /// Whether distances in x and y are on the same scale. Normalized image coordinates are not,
    /// unless the image is square or its size is known.
    public var isIsotropic: Bool {
        space != .imageNormalized || imageSize.map { $0.width == $0.height } == true
    }
}
