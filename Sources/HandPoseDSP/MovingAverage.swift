/// Moving averages by running sums: the kernels behind ``MovingAverageFilter``.
///
/// Every output is the mean of `window` consecutive samples. The sum is carried from one output to
/// the next (`S += x_in − x_out`, O(1) per sample) and recomputed from scratch at the start of each
/// block of `max(1024, 4·window)` outputs, which bounds the round-off drift of the running sum to
/// that many additions (about 1e-13 of the signal scale) for any signal length while adding at
/// most a quarter of an addition per sample. No allocation.
public enum MovingAverage {
    /// Outputs per re-summation block for a window of `window` samples.
    static func blockLength(window: Int) -> Int { max(1024, 4 * window) }

    /// The means of every full window, `y[k] = (1/W) Σ_{j<W} x[k + j]` for `k = 0 … n − W`
    /// (numpy `np.convolve(x, np.ones(W)/W, 'valid')`): `n − W + 1` values, none for `n < W`.
    ///
    /// - Precondition: `window ≥ 1`.
    public static func valid(_ input: [Double], window: Int) -> [Double] {
        precondition(window >= 1, "moving average window \(window) must be at least 1")
        let count = max(input.count - window + 1, 0)
        guard count > 0 else { return [] }
        return [Double](unsafeUninitializedCapacity: count) { output, initialized in
            input.withUnsafeBufferPointer { x in
                fullWindowMeans(x.baseAddress!, count: input.count, window: window, into: output.baseAddress!)
            }
            initialized = count
        }
    }

    /// `y[k] = (1/W) Σ_{j<W} x[k + j]` for `k = 0 … n − W` (`n ≥ W`), with block re-summation.
    static func fullWindowMeans(_ x: UnsafePointer<Double>, count n: Int, window w: Int, into y: UnsafeMutablePointer<Double>) {
        let outputs = n - w + 1
        guard outputs > 0 else { return }
        let scale = 1 / Double(w)
        let block = blockLength(window: w)
        var start = 0
        while start < outputs {
            var sum = 0.0
            for j in 0..<w { sum += x[start + j] }
            y[start] = sum * scale
            let end = min(start + block, outputs)
            var k = start + 1
            while k < end {
                sum += x[k + w - 1] - x[k - 1]
                y[k] = sum * scale
                k += 1
            }
            start = end
        }
    }

    /// Centred means with half-sample symmetric ("reflect") edges, exactly
    /// `scipy.ndimage.uniform_filter1d(x, W, mode='reflect')`: output `i` averages
    /// `x[i − ⌊W/2⌋] … x[i − ⌊W/2⌋ + W − 1]` (for even `W` one more sample before `i` than after),
    /// reading `d c b a | a b c d | d c b a` past the ends (periodically for windows longer than
    /// the signal). Any `n ≥ 1`.
    static func centered(_ x: UnsafePointer<Double>, count n: Int, window w: Int, into y: UnsafeMutablePointer<Double>) {
        let left = w / 2, right = w - 1 - left
        if n >= w {
            fullWindowMeans(x, count: n, window: w, into: y + left)
            reflectedMeans(x, count: n, window: w, into: y, range: 0..<left)
            reflectedMeans(x, count: n, window: w, into: y, range: (n - right)..<n)
        } else {
            reflectedMeans(x, count: n, window: w, into: y, range: 0..<n)
        }
    }

    /// Centred means for the outputs in `range`, reading through the reflect extension; one fresh
    /// sum, then a running sum over at most `W − 1` further outputs.
    private static func reflectedMeans(
        _ x: UnsafePointer<Double>, count n: Int, window w: Int, into y: UnsafeMutablePointer<Double>, range: Range<Int>
    ) {
        guard !range.isEmpty else { return }
        let left = w / 2, right = w - 1 - left
        let scale = 1 / Double(w)
        @inline(__always) func value(_ j: Int) -> Double { x[EdgeExtension.reflect(j, count: n)] }
        var sum = 0.0
        for j in (range.lowerBound - left)...(range.lowerBound + right) { sum += value(j) }
        y[range.lowerBound] = sum * scale
        for i in (range.lowerBound + 1)..<range.upperBound {
            sum += value(i + right) - value(i - left - 1)
            y[i] = sum * scale
        }
    }

    /// Trailing means with partial windows at the start, like pandas
    /// `x.rolling(W, min_periods=1).mean()`: `y[i] = mean(x[max(0, i − W + 1) … i])`. Any `n ≥ 1`.
    static func trailing(_ x: UnsafePointer<Double>, count n: Int, window w: Int, into y: UnsafeMutablePointer<Double>) {
        let partial = min(w - 1, n)
        var sum = 0.0
        for i in 0..<partial {
            sum += x[i]
            y[i] = sum / Double(i + 1)
        }
        if n >= w { fullWindowMeans(x, count: n, window: w, into: y + (w - 1)) }
    }
}
