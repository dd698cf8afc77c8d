import HandPoseCore

/// Order statistics and moments used by the quality gate (NaN-free inputs expected).
enum Statistics {
    /// The median (mean of the two middle values for an even count); `nil` when empty.
    static func median(_ values: [Double]) -> Double? { quantile(values, 0.5) }

    /// The `p`-quantile with linear interpolation between order statistics (numpy's default);
    /// `nil` when empty.
    static func quantile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        // Selection instead of a full sort: O(n) on average, the same order statistics.
        var scratch = values
        let position = p * Double(scratch.count - 1)
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        let low = OrderStatistics.select(lower, in: &scratch)
        guard lower + 1 < scratch.count else { return low }
        // Everything after `lower` is no smaller: the next order statistic is their minimum.
        var high = scratch[lower + 1]
        for index in (lower + 2)..<scratch.count where scratch[index] < high { high = scratch[index] }
        return low + fraction * (high - low)
    }

    /// The sample standard deviation `sqrt(Σ(x − x̄)² / (n − 1))`; `nil` for fewer than 2 values.
    static func standardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
