import HandPoseCore

/// Order statistics used by ``RangeOfMotion``.
enum RangeOfMotionStatistics {
    /// The median frame interval in seconds of increasing `timestamps`; NaN for fewer than two.
    static func medianInterval(_ timestamps: [Double]) -> Double {
        guard timestamps.count >= 2 else { return .nan }
        var intervals = zip(timestamps.dropFirst(), timestamps).map { $0 - $1 }
        return OrderStatistics.percentile(50, of: &intervals)
    }
}
