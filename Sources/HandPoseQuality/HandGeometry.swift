import HandPoseCore

/// Per-track geometric helpers used by the flip detector and the chirality check.
enum HandGeometry {
    /// The in-image (x, y) wrist position in a frame; `nil` when missing.
    static func wrist(_ track: HandTrack, frame: Int) -> SIMD2<Double>? {
        guard track.presence[frame], track.hasLandmark(.wrist, frame: frame) else { return nil }
        let p = track.position(.wrist, frame: frame)
        return SIMD2(p.x, p.y)
    }

    /// Median over present frames of the 2-D hand length `|middleMCP − wrist|` (x, y only, so it
    /// works for 2-D data); `nil` when never measurable.
    static func medianHandLength(_ track: HandTrack) -> Double? {
        var lengths: [Double] = []
        for frame in 0..<track.frameCount where track.presence[frame] {
            guard track.hasLandmark(.wrist, frame: frame), track.hasLandmark(.middleMCP, frame: frame) else { continue }
            let d = track.position(.middleMCP, frame: frame) - track.position(.wrist, frame: frame)
            let length = (d.x * d.x + d.y * d.y).squareRoot()
            if length > 0 { lengths.append(length) }
        }
        return Statistics.median(lengths)
    }

    /// Evenly spaced indices of at most `limit` elements from `indices`.
    static func subsample(_ indices: [Int], limit: Int) -> [Int] {
        guard indices.count > limit, limit > 0 else { return indices }
        return (0..<limit).map { indices[$0 * indices.count / limit] }
    }
}

extension SIMD2 where Scalar == Double {
    var length: Double { (x * x + y * y).squareRoot() }
}
