import HandPoseCore

/// Order statistics and moments used by the quality gate (NaN-free inputs expected).
enum Statistics {
    /// The median (mean of the two middle values for an even count); `nil` when empty.
    static func median(_ values: [Double]) -> Double? { quantile(values, 0.5) }

    /// The `p`-quantile with linear interpolation between order statistics (numpy's default);
    /// `nil` when empty.
    static func quantile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        var scratch = values
        return OrderStatistics.interpolated(atRank: p * Double(scratch.count - 1), of: &scratch)
    }

    /// The sample standard deviation `sqrt(Σ(x − x̄)² / (n − 1))`; `nil` for fewer than 2 values.
    static func standardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
