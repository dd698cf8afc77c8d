/// Order statistics used by ``RangeOfMotion``.
enum RangeOfMotionStatistics {
    /// The `p`-th percentile (p in [0, 100]) of ascending `sorted` values, by linear interpolation
    /// between order statistics, as numpy's default (`method='linear'`, Hyndman-Fan type 7):
    /// h = (n − 1)·p/100, value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). NaN for an empty input. O(1).
    static func percentile(sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p / 100
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = h - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }

    /// The median frame interval in seconds of increasing `timestamps`; NaN for fewer than two.
    static func medianInterval(_ timestamps: [Double]) -> Double {
        guard timestamps.count >= 2 else { return .nan }
        let intervals = zip(timestamps.dropFirst(), timestamps).map { $0 - $1 }.sorted()
        return percentile(sorted: intervals, 50)
    }
}
