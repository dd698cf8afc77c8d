import HandPoseCore

/// Decides the coordinate space of a recording (user override > file metadata > inference from the
/// values), applies an image size and a hand-length calibration.
///
/// Inference uses `L`, the median wrist → middle-finger MCP distance over frames where both are
/// present (3-D when z is given), and the range of all x and y values:
///
/// | evidence | space |
/// |---|---|
/// | x, y within ≈ [0, 1], `L` < 0.5 | `imageNormalized` |
/// | … but > 10 % negative, all \|x\|, \|y\| < 0.5 and `L` in 0.03-0.2 | `worldMetres` (world landmarks are centred on the hand) |
/// | `L` in 30-250, all x, y ≥ 0 | `imagePixels` |
/// | `L` in 30-250, some negative | `worldMillimetres` |
/// | `L` in 0.03-0.25, some negative | `worldMetres` |
///
/// Anything else is a guess by magnitude, said so in the reason.
enum CoordinateSpaceInference {
    /// What the values say.
    struct Evidence {
        /// Median wrist → middle-MCP length; NaN when no frame has both.
        var medianHandLength: Double
        /// Frames that contributed to ``medianHandLength``.
        var handLengthFrames: Int
        var minimum: Double
        var maximum: Double
        /// Fraction of x and y values below 0.
        var negativeFraction: Double
    }

    static func evidence(_ tracks: [HandTrack]) -> Evidence {
        var lengths: [Double] = []
        var minimum = Double.infinity
        var maximum = -Double.infinity
        var negatives = 0
        var values = 0
        let middle = Landmark.middleMCP.rawValue * 3
        for track in tracks {
            for channel in 0..<Channel.count where channel % 3 != 2 {
                let range = Range(track.channels[channel])
                values += range.count
                negatives += range.negatives
                // As `min` and `max` in a scan in this order: the first of equal minima, the last
                // of equal maxima (which matters only between 0 and -0).
                if range.minimum < minimum { minimum = range.minimum }
                if range.maximum >= maximum { maximum = range.maximum }
            }
            let c = track.channels
            for frame in 0..<track.frameCount where track.presence[frame] {
                let dx = c[middle][frame] - c[0][frame]
                let dy = c[middle + 1][frame] - c[1][frame]
                guard dx.isFinite, dy.isFinite else { continue }
                let dz = c[middle + 2][frame] - c[2][frame]
                lengths.append((dx * dx + dy * dy + (dz.isFinite ? dz * dz : 0)).squareRoot())
            }
        }
        return Evidence(
            medianHandLength: median(&lengths),
            handLengthFrames: lengths.count,
            minimum: values == 0 ? .nan : minimum, maximum: values == 0 ? .nan : maximum,
            negativeFraction: values == 0 ? 0 : Double(negatives) / Double(values))
    }

    /// The extremes and counts of the values of one channel that are not NaN.
    struct Range {
        /// The first smallest value in order (+∞ when there is none) and the last largest (-∞), as
        /// `min` and `max` keep them.
        var minimum = Double.infinity
        var maximum = -Double.infinity
        var count = 0
        var negatives = 0

        /// Four interleaved running extremes and counts, so that no step waits for the comparison
        /// before it (a single running minimum is a chain of dependent compares, one per value).
        /// Equal extremes of different sign (0 and -0) are the only values the lanes could order
        /// differently from a scan; then the one a scan keeps is found again.
        init(_ values: [Double]) {
            values.withUnsafeBufferPointer { buffer in
                var low = SIMD4<Double>(repeating: .infinity), high = SIMD4<Double>(repeating: -.infinity)
                var counts = SIMD4<Int64>(repeating: 0), negativeCounts = SIMD4<Int64>(repeating: 0)
                var index = 0
                while index + 4 <= buffer.count {
                    let value = SIMD4<Double>(buffer[index], buffer[index + 1], buffer[index + 2], buffer[index + 3])
                    // NaN compares false, so it never becomes an extreme and is never counted.
                    low.replace(with: value, where: value .< low)
                    high.replace(with: value, where: value .> high)
                    counts &-= unsafeBitCast(value .== value, to: SIMD4<Int64>.self)
                    negativeCounts &-= unsafeBitCast(value .< 0, to: SIMD4<Int64>.self)
                    index += 4
                }
                for lane in 0..<4 {
                    if low[lane] < minimum { minimum = low[lane] }
                    if high[lane] > maximum { maximum = high[lane] }
                }
                count = Int(counts.wrappedSum())
                negatives = Int(negativeCounts.wrappedSum())
                for value in buffer[index...] where !value.isNaN {
                    if value < minimum { minimum = value }
                    if value >= maximum { maximum = value }
                    count += 1
                    if value < 0 { negatives += 1 }
                }
                if minimum == 0, let first = buffer.first(where: { $0 == 0 }) { minimum = first }
                if maximum == 0, let last = buffer.last(where: { $0 == 0 }) { maximum = last }
            }
        }
    }

    /// The upper median (element `count / 2` in sorted order); reorders `values`. NaN for no values.
    static func median(_ values: inout [Double]) -> Double {
        values.isEmpty ? .nan : OrderStatistics.select(values.count / 2, in: &values)
    }

    /// The space the evidence points to, and why.
    static func infer(_ evidence: Evidence) -> (CoordinateSpace, String) {
        let length = evidence.medianHandLength
        let lengthText = length.isNaN
            ? "no frame has both the wrist and the middle-finger MCP"
            : "the median wrist to middle-finger MCP length is \(Formatting.significant(length)) (\(evidence.handLengthFrames) frames)"
        let range = "x and y range over [\(Formatting.significant(evidence.minimum)), \(Formatting.significant(evidence.maximum))]"
        let withinUnit = evidence.minimum >= -0.05 && evidence.maximum <= 1.05
        let hasNegatives = evidence.minimum < 0
        let manyNegatives = evidence.negativeFraction > 0.1
        func between(_ low: Double, _ high: Double) -> Bool { length >= low && length <= high }

        if withinUnit && (length.isNaN || length < 0.5) {
            if manyNegatives && between(0.03, 0.2) && max(abs(evidence.minimum), abs(evidence.maximum)) < 0.5 {
                return (.worldMetres, "\(range) with many negative values, centred on the hand, and \(lengthText): world landmarks in metres")
            }
            return (.imageNormalized, "\(range), within [0, 1], and \(lengthText): normalized image coordinates")
        }
        if between(30, 250) {
            return hasNegatives
                ? (.worldMillimetres, "\(range) with negative values and \(lengthText): world coordinates in millimetres")
                : (.imagePixels, "\(range), none negative, and \(lengthText): image pixels")
        }
        if between(0.03, 0.25) && hasNegatives {
            return (.worldMetres, "\(range) with negative values and \(lengthText): world coordinates in metres")
        }
        // No rule fits cleanly: guess by magnitude and say so.
        let guess: CoordinateSpace = evidence.maximum <= 1.05 && evidence.minimum >= -1.05
            ? (hasNegatives ? .worldMetres : .imageNormalized)
            : (hasNegatives ? .worldMillimetres : .imagePixels)
        return (guess, "no rule fits cleanly (\(range); \(lengthText)), so this is a guess by magnitude; declare coord_space in the file to be sure")
    }

    /// The space named by a `coord_space` metadata value, if recognised.
    static func space(named value: String) -> CoordinateSpace? {
        switch LandmarkNames.compact(value) {
        case "imagenormalized", "imagenormalised", "normalized", "normalised", "norm": .imageNormalized
        case "imagepixels", "imagepixel", "pixels", "pixel", "px", "imagepx": .imagePixels
        case "worldm", "worldmetres", "worldmeters", "metres", "meters", "m", "camerametres", "camerameters", "cameram":
            .worldMetres
        case "worldmm", "worldmillimetres", "worldmillimeters", "millimetres", "millimeters", "mm", "cameramm":
            .worldMillimetres
        default: CoordinateSpace(rawValue: value)
        }
    }

    /// Chooses the space, converts normalized coordinates to pixels when the image size is known,
    /// and calibrates to millimetres when a hand length is given.
    static func resolve(
        left: inout HandTrack?, right: inout HandTrack?, metadata: [String: String], options: IngestOptions,
        path: String, warnings: inout WarningLog
    ) throws(IngestError) -> SpatialReference {
        var tracks: [HandTrack] { [left, right].compactMap { $0 } }
        var space: CoordinateSpace
        var provenance: Provenance
        var reason: String
        let declaredValue = metadataValue(metadata, "coord_space", "coordinate_space")
        let declared = declaredValue.flatMap(space(named:))
        if let declaredValue, declared == nil {
            warnings.note(
                .unrecognizedMetadata,
                "coord_space \"\(declaredValue)\" is not one of image_normalized, image_pixels, world_m, world_mm; it was ignored")
        }
        if let given = options.coordinateSpace {
            (space, provenance, reason) = (given, .userGiven, "given by the user")
            if let declared, declared != given { reason += " (the file declares \(declared.rawValue))" }
        } else if let declared, let declaredValue {
            (space, provenance, reason) = (declared, .declared, "declared by the file's coord_space: \(declaredValue)")
        } else {
            (space, reason) = infer(evidence(tracks))
            provenance = .inferred
            warnings.note(.inferredCoordinateSpace, "coordinate space inferred as \(space.rawValue): \(reason)")
        }

        var imageSize = options.imageSize
        if imageSize == nil,
           let width = metadataValue(metadata, "image_width").flatMap({ Int($0) }),
           let height = metadataValue(metadata, "image_height").flatMap({ Int($0) }), width > 0, height > 0 {
            imageSize = ImageSize(width: width, height: height)
        }
        if space == .imageNormalized, let imageSize {
            let width = Double(imageSize.width), height = Double(imageSize.height)
            scale(&left, width: width, height: height)
            scale(&right, width: width, height: height)
            space = .imagePixels
            reason += "; converted to pixels with the image size \(imageSize) (x·W, y·H, z·W), which makes x and y isotropic"
        }

        var millimetresPerUnit: Double?
        var calibration: String?
        if let handLength = options.handLengthMillimetres {
            if space.intrinsicMillimetresPerUnit != nil {
                throw IngestError(
                    .invalidOption, path: path,
                    message: "the coordinates are already metric (\(space.rawValue)), so a hand length cannot calibrate them; leave out --hand-length-mm")
            }
            let measured = evidence(tracks)
            guard measured.medianHandLength > 0, measured.medianHandLength.isFinite else {
                throw IngestError(
                    .invalidOption, path: path,
                    message: "cannot calibrate with a hand length: no frame has both the wrist and the middle-finger MCP")
            }
            millimetresPerUnit = handLength / measured.medianHandLength
            calibration = "hand length \(Formatting.significant(handLength)) mm = \(Formatting.significant(measured.medianHandLength)) "
                + "\(space.unitName) units (median of \(measured.handLengthFrames) frames)"
            if space == .imageNormalized && imageSize.map({ $0.width == $0.height }) != true {
                warnings.note(
                    .calibration,
                    "normalized x and y are scaled by different image dimensions (anisotropic), so millimetre values are approximate; pass --image-size WxH")
            }
        }
        return SpatialReference(
            space: space, provenance: provenance, reason: reason, imageSize: imageSize,
            millimetresPerUnit: millimetresPerUnit, calibration: calibration)
    }

    private static func metadataValue(_ metadata: [String: String], _ keys: String...) -> String? {
        for (key, value) in metadata where keys.contains(LayoutDetector.normalize(key)) { return value }
        return nil
    }

    private static func scale(_ track: inout HandTrack?, width: Double, height: Double) {
        guard var scaled = track else { return }
        track = nil
        for channel in 0..<Channel.count {
            let factor = channel % 3 == 1 ? height : width
            for frame in 0..<scaled.channels[channel].count { scaled.channels[channel][frame] *= factor }
        }
        track = scaled
    }
}
