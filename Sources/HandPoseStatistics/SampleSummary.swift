/// Count, mean, standard deviation and median of one sample.
///
/// `mean = Σx/n`; `variance = (Σd² − (Σd)²/n)/(n − 1)` with `d = x − mean` (the corrected two-pass
/// algorithm, Chan, Golub & LeVeque 1983, doi:10.1080/00031305.1983.10483115: accurate even when
/// the mean is large against the spread); `median` the middle order statistic, or the mean of the
/// two middle ones. NaN values propagate. O(n log n) for the median.
///
/// JSON: `{"count": 15, "mean": 1.52, "standardDeviation": 0.31, "median": 1.49}`; the standard
/// deviation is `null` for fewer than 2 values, mean and median `null` for none.
public struct SampleSummary: Sendable, Hashable, Codable {
    public var count: Int
    public var mean: Double?
    /// Sample standard deviation (ddof = 1).
    public var standardDeviation: Double?
    public var median: Double?

    /// The summary of `values`.
    public init(_ values: [Double]) {
        count = values.count
        guard !values.isEmpty else { return }
        let moments = Self.moments(values)
        mean = moments.mean
        standardDeviation = values.count >= 2 ? moments.variance.squareRoot() : nil
        let sorted = values.sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle])
    }

    private enum CodingKeys: String, CodingKey { case count, mean, standardDeviation, median }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(count, forKey: .count)
        try c.encode(mean, forKey: .mean)
        try c.encode(standardDeviation, forKey: .standardDeviation)
        try c.encode(median, forKey: .median)
    }

    /// Mean and sample variance (ddof = 1; 0 for one value) by the corrected two-pass algorithm.
    static func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        guard values.count >= 2 else { return (mean, 0) }
        var squares = 0.0, sum = 0.0
        for value in values {
            let d = value - mean
            squares += d * d
            sum += d
        }
        return (mean, max(0, (squares - sum * sum / n) / (n - 1)))
    }
}
