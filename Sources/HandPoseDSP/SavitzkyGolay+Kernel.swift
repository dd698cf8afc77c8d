/// The inner loops of Savitzky-Golay application. They do not throw and do not allocate.
extension SavitzkyGolay {
    /// Output samples are produced in blocks of this many, so a block of `y` stays in L1 while
    /// each tap is added to it.
    static let blockLength = 512

    /// `y[i] = Σ_{k<W} w[k] · x[i − h + k]` for every `i` in `range`, all taps inside `x`.
    ///
    /// Written tap-major within cache-sized blocks (`y[block] += w[k] · x[block + k − h]`), a
    /// dependency-free loop the compiler vectorises; the sum runs over `k` in ascending order, as
    /// the naive loop would. O(W) per sample.
    @inline(__always)
    static func correlateInterior(
        _ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>, range: Range<Int>,
        weights w: UnsafePointer<Double>, window: Int
    ) {
        let half = window / 2
        var start = range.lowerBound
        while start < range.upperBound {
            let count = min(blockLength, range.upperBound - start)
            let out = y + start
            let first = x + (start - half)
            let w0 = w[0]
            for i in 0..<count { out[i] = w0 * first[i] }
            var k = 1
            while k < window {
                let wk = w[k]
                let source = first + k
                for i in 0..<count { out[i] += wk * source[i] }
                k += 1
            }
            start += count
        }
    }

    /// The same sum for outputs whose window reaches past an end, reading virtual samples through
    /// `mode` (not `.interpolate`). O(W) per sample.
    static func correlateExtended(
        _ x: UnsafePointer<Double>, count n: Int, into y: UnsafeMutablePointer<Double>, range: Range<Int>,
        weights w: UnsafePointer<Double>, window: Int, mode: EdgeMode
    ) {
        let half = window / 2
        for i in range {
            var sum = 0.0
            for k in 0..<window {
                sum += w[k] * EdgeExtension.value(x, count: n, at: i - half + k, mode: mode)
            }
            y[i] = sum
        }
    }

    /// `y[r] = Σ_j m[r][j] · x[j]` for a row-major `rows × window` matrix: the `'interp'` edge fit.
    static func applyEdgeFit(
        _ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>,
        matrix m: UnsafePointer<Double>, rows: Int, window: Int
    ) {
        for r in 0..<rows {
            let row = m + r * window
            var sum = 0.0
            for j in 0..<window { sum += row[j] * x[j] }
            y[r] = sum
        }
    }
}
