/// First-order recursive (exponential) smoothing: the kernels behind ``ExponentialSmoothingFilter``.
///
///     y[0] = x[0],   y[n] = α·x[n] + (1 − α)·y[n−1]
///
/// which is pandas `x.ewm(alpha=α, adjust=False).mean()` (pandas' default `adjust=True` differs).
/// Its transfer function is `H(z) = α / (1 − (1 − α) z⁻¹)`: unit DC gain, time constant
/// `−1 / ln(1 − α)` samples. O(n), one multiply-add per sample on the recursion; no allocation.
public enum ExponentialSmoothing {
    /// Forward pass `x → y` (in place allowed: `y` may equal `x`). `n ≥ 1`.
    @inline(__always)
    static func forward(_ x: UnsafePointer<Double>, count n: Int, alpha: Double, into y: UnsafeMutablePointer<Double>) {
        let beta = 1 - alpha
        var state = x[0]
        y[0] = state
        var i = 1
        while i < n {
            state = alpha * x[i] + beta * state
            y[i] = state
            i += 1
        }
    }

    /// Backward pass over `y` in place: `z[n−1] = y[n−1]`, `z[k] = α·y[k] + (1 − α)·z[k+1]`, the
    /// forward recursion run on the time-reversed signal. `n ≥ 1`.
    @inline(__always)
    static func backwardInPlace(_ y: UnsafeMutablePointer<Double>, count n: Int, alpha: Double) {
        let beta = 1 - alpha
        var state = y[n - 1]
        var k = n - 2
        while k >= 0 {
            state = alpha * y[k] + beta * state
            y[k] = state
            k -= 1
        }
    }
}
