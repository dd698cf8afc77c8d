/// Where every point of one uniform grid falls among a series' samples, found once and applied to
/// any number of series observed at the same times with the same missing samples.
///
/// ``UniformResampler/resample(times:values:)`` walks the timestamps for every series it resamples:
/// a sweep whose branches follow the frame jitter and mispredict. The 63 channels of a hand share
/// their timestamps, and usually their missing frames, so the walk is the same for all of them. A
/// plan records its outcome per grid point (the bracketing samples and the weight); applying it is
/// a gather and a multiply-add per point. The values are bit-identical to
/// ``UniformResampler/resample(times:values:into:)`` on each series.
///
/// A plan is made for one set of valid samples (finite values). ``apply(_:into:)`` checks that a
/// series has exactly those and declines otherwise, so the caller resamples that series directly.
public struct UniformResamplingPlan: Sendable {
    /// Number of grid points.
    public let gridCount: Int
    /// Number of samples of the series the plan applies to.
    public let sampleCount: Int
    /// Per grid point: the valid sample at or before it and the one after it (equal when the grid
    /// point falls exactly on a sample, both 0 when the point has no value).
    private var left: [Int32]
    private var right: [Int32]
    /// Per grid point: the interpolation weight of `right`; 0 on a sample, NaN without a value.
    private var weight: [Double]
    /// Which samples the plan was made for; `nil` when all are valid.
    private var valid: [Bool]?

    /// The plan for resampling series observed at `times` with `resampler`, whose valid samples are
    /// the finite values of `reference` (any series of the group, e.g. its first channel).
    ///
    /// - Precondition: `times` and `reference` have the same count; `times` is finite and strictly
    ///   increasing.
    public init(resampler: UniformResampler, times t: UnsafeBufferPointer<Double>, reference x: UnsafeBufferPointer<Double>) {
        precondition(t.count == x.count, "\(t.count) timestamps for \(x.count) values")
        let n = t.count
        sampleCount = n
        guard let start = t.first, let last = t.last else {
            gridCount = 0
            left = []
            right = []
            weight = []
            valid = nil
            return
        }
        let count = resampler.gridCount(from: start, to: last)
        gridCount = count
        let allValid = x.allSatisfy(\.isFinite)
        valid = allValid ? nil : x.map(\.isFinite)
        precondition(n <= Int(Int32.max), "\(n) samples exceed a plan's 32-bit indices")
        var left = [Int32](repeating: 0, count: count), right = left
        var weight = [Double](repeating: .nan, count: count)
        left.withUnsafeMutableBufferPointer { a in
            right.withUnsafeMutableBufferPointer { b in
                weight.withUnsafeMutableBufferPointer { w in
                    // The resampler's walk, recording its choices instead of values.
                    UniformResampler.bracket(
                        times: t, valid: { x[$0].isFinite }, start: start, sampleRate: resampler.sampleRate,
                        maximumGap: resampler.maximumGap, count: count
                    ) { k, left, right, weight in
                        a[k] = Int32(truncatingIfNeeded: left)
                        b[k] = Int32(truncatingIfNeeded: right)
                        w[k] = weight
                    }
                }
            }
        }
        self.left = left
        self.right = right
        self.weight = weight
    }

    /// Resamples `values` into `output` when their finite samples are exactly the plan's valid
    /// samples; returns `false`, leaving `output` unspecified, when they are not.
    ///
    /// - Precondition: `values.count == sampleCount` and `output.count == gridCount`.
    public func apply(_ values: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) -> Bool {
        precondition(values.count == sampleCount, "\(values.count) values for a plan of \(sampleCount) samples")
        precondition(output.count == gridCount, "output has \(output.count) elements, the grid \(gridCount)")
        if let valid {
            for i in 0..<sampleCount where values[i].isFinite != valid[i] { return false }
        } else {
            for i in 0..<sampleCount where !values[i].isFinite { return false }
        }
        guard gridCount > 0 else { return true }
        let x = values.baseAddress!, y = output.baseAddress!
        left.withUnsafeBufferPointer { a in
            right.withUnsafeBufferPointer { b in
                weight.withUnsafeBufferPointer { w in
                    for k in 0..<gridCount {
                        let i = Int(a[k]), j = Int(b[k]), fraction = w[k]
                        let value = x[i]
                        if i == j {
                            y[k] = fraction.isNaN ? .nan : value  // on a sample (its value exactly), or no value
                        } else {
                            y[k] = value + (x[j] - value) * fraction
                        }
                    }
                }
            }
        }
        return true
    }
}
