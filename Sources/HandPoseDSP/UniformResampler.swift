/// Resamples a variable-rate recording onto a uniform time grid (and back) by linear
/// interpolation, without bridging long gaps.
///
/// **Onto the grid** (``resample(times:values:)``): the grid starts at the first timestamp `t₀`
/// and steps `1/fs` up to the last timestamp, `tₖ = t₀ + k/fs`, `k = 0 … ⌊(t_last − t₀)·fs⌋`
/// (a relative slack of 1e−9 sample keeps a grid point that rounding would push past `t_last`).
/// A sample is *valid* when its value is finite; NaN values mark missing detections. Each grid
/// point takes
///
///     y(t) = x_a + (x_b − x_a) · (t − t_a)/(t_b − t_a)
///
/// from the valid samples `a`, `b` that bracket it (`t_a ≤ t < t_b`; exactly `x_a` when
/// `t = t_a`), and is NaN when
/// - no valid sample lies at or before it, or none at or after it (no extrapolation), or
/// - its bracketing valid samples are more than ``maximumGap`` seconds apart (the gap is not
///   bridged; a gap of exactly ``maximumGap`` is).
///
/// Linear interpolation is exact for signals linear in time, cannot overshoot (each value lies
/// between its neighbours), and attenuates content near the output Nyquist frequency slightly
/// (by `sinc²` of the fractional offset); for 30–120 fps hand tracking resampled at a similar
/// rate this is far below landmark noise.
///
/// **Back to arbitrary times** (``sample(_:start:at:)``): linear interpolation of a uniform series
/// at any times; times outside the grid, or between grid points one of which is NaN, give NaN.
///
/// Timestamps are in seconds, strictly increasing and finite. Complexity: O(N + K), one output
/// allocation (none with ``resample(times:values:into:)``).
public struct UniformResampler: Sendable, Hashable {
    /// Rate of the uniform grid in Hz.
    public let sampleRate: Double
    /// The longest interval in seconds between valid samples that is interpolated across.
    public let maximumGap: Double

    /// - Throws: ``FilterConfigurationError`` unless `sampleRate` is positive and finite and
    ///   `maximumGap` is non-negative (infinity bridges every gap).
    public init(sampleRate: Double, maximumGap: Double) throws {
        guard sampleRate.isFinite && sampleRate > 0 else {
            throw FilterConfigurationError(parameter: "sampleRate", "sample rate \(sampleRate) Hz must be positive and finite")
        }
        guard maximumGap >= 0 else {
            throw FilterConfigurationError(parameter: "maximumGap", "maximum gap \(maximumGap) s must be 0 s or more")
        }
        self.sampleRate = sampleRate
        self.maximumGap = maximumGap
    }

    /// The number of grid points from `first` to `last` seconds: `⌊(last − first)·fs + 1e−9⌋ + 1`.
    public func gridCount(from first: Double, to last: Double) -> Int {
        precondition(last >= first, "grid end \(last) s precedes its start \(first) s")
        return Int(((last - first) * sampleRate + 1e-9).rounded(.down)) + 1
    }

    /// The time in seconds of grid point `k` of a grid starting at `start`.
    @inline(__always)
    public func gridTime(_ k: Int, start: Double) -> Double { start + Double(k) / sampleRate }

    /// Resamples `values` observed at `times` onto the uniform grid starting at `times[0]`.
    ///
    /// - Returns: the grid start (`times[0]`, NaN when empty) and the grid values.
    /// - Precondition: `times` and `values` have the same count; `times` is finite and strictly
    ///   increasing.
    public func resample(times: [Double], values: [Double]) -> (start: Double, values: [Double]) {
        precondition(times.count == values.count, "\(times.count) timestamps for \(values.count) values")
        guard let start = times.first, let end = times.last else { return (.nan, []) }
        let count = gridCount(from: start, to: end)
        let output = [Double](unsafeUninitializedCapacity: count) { output, initialized in
            times.withUnsafeBufferPointer { t in
                values.withUnsafeBufferPointer { x in
                    Self.interpolate(times: t, values: x, start: start, sampleRate: sampleRate, maximumGap: maximumGap, into: output)
                }
            }
            initialized = count
        }
        return (start, output)
    }

    /// ``resample(times:values:)`` into caller-owned memory, for callers that reuse one buffer
    /// across many series: fills `output` with the grid values from `times[0]`.
    ///
    /// - Precondition: `times` and `values` have the same count; `output.count` is
    ///   ``gridCount(from:to:)`` of the first and last timestamps (0 when `times` is empty);
    ///   `times` is finite and strictly increasing.
    public func resample(
        times: UnsafeBufferPointer<Double>, values: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(times.count == values.count, "\(times.count) timestamps for \(values.count) values")
        guard let start = times.first, let end = times.last else {
            precondition(output.isEmpty, "\(output.count) grid points for an empty series")
            return
        }
        let count = gridCount(from: start, to: end)
        precondition(output.count == count, "output has \(output.count) elements, the grid \(count)")
        Self.interpolate(times: times, values: values, start: start, sampleRate: sampleRate, maximumGap: maximumGap, into: output)
    }

    /// The sweep behind ``resample(times:values:)``: fills `output` with grid points
    /// `start + k/fs`, `k = 0 ..< output.count` (clamped to the last timestamp).
    static func interpolate(
        times t: UnsafeBufferPointer<Double>, values x: UnsafeBufferPointer<Double>, start: Double,
        sampleRate: Double, maximumGap: Double, into output: UnsafeMutableBufferPointer<Double>
    ) {
        bracket(times: t, valid: { x[$0].isFinite }, start: start, sampleRate: sampleRate, maximumGap: maximumGap, count: output.count) { k, a, b, weight in
            if weight.isNaN {
                output[k] = .nan
            } else if a == b {
                output[k] = x[a]
            } else {
                output[k] = x[a] + (x[b] - x[a]) * weight
            }
        }
    }

    /// Finds, for each of `count` grid points `start + k/fs` (clamped to the last timestamp), the
    /// valid samples around it, and calls `visit(k, a, b, weight)`: `a == b` and weight 0 when the
    /// point is on sample `a`; `a < b` and the weight `(t − t_a)/(t_b − t_a)` of `b` when it lies
    /// between them; weight NaN when it has no value (no valid sample before or after it, or a gap
    /// longer than `maximumGap`). One walk through the timestamps, shared by ``resample(times:values:)``
    /// and ``UniformResamplingPlan``.
    @inline(__always)
    static func bracket(
        times t: UnsafeBufferPointer<Double>, valid: (Int) -> Bool, start: Double, sampleRate: Double, maximumGap: Double,
        count: Int, _ visit: (_ k: Int, _ a: Int, _ b: Int, _ weight: Double) -> Void
    ) {
        let n = t.count
        guard n > 0 else { return }
        let last = t[n - 1]
        func nextValid(_ from: Int) -> Int {
            var index = from
            while index < n && !valid(index) { index += 1 }
            return index
        }
        var left = -1  // last valid sample at or before the grid time
        var right = nextValid(0)  // first valid sample after `left`
        var previousTime = -Double.infinity
        for k in 0..<count {
            let time = min(start + Double(k) / sampleRate, last)
            while right < n && t[right] <= time {
                precondition(t[right] > previousTime, "timestamps must be strictly increasing: \(t[right]) s follows \(previousTime) s")
                previousTime = t[right]
                left = right
                right = nextValid(right + 1)
            }
            if left < 0 {
                visit(k, 0, 0, .nan)
            } else if t[left] == time {
                visit(k, left, left, 0)
            } else if right >= n || t[right] - t[left] > maximumGap {
                visit(k, 0, 0, .nan)
            } else {
                visit(k, left, right, (time - t[left]) / (t[right] - t[left]))
            }
        }
    }

    /// Samples the uniform series `uniform` (grid `start + k/fs`) at arbitrary `times` by linear
    /// interpolation between the two surrounding grid points.
    ///
    /// A time within 1e−9 sample of a grid point takes that point's value; times before the first
    /// or after the last grid point, and times between grid points of which one is NaN, give NaN.
    /// O(1) per time; times need not be sorted.
    public func sample(_ uniform: [Double], start: Double, at times: [Double]) -> [Double] {
        let count = uniform.count
        return times.map { time -> Double in
            let position = (time - start) * sampleRate
            guard position.isFinite, count > 0, position > -1e-9, position < Double(count - 1) + 1e-9 else { return .nan }
            let nearest = position.rounded()
            if abs(position - nearest) <= 1e-9 { return uniform[Int(nearest)] }
            let index = Int(position.rounded(.down))
            let fraction = position - Double(index)
            let a = uniform[index], b = uniform[index + 1]
            return a + (b - a) * fraction
        }
    }
}
