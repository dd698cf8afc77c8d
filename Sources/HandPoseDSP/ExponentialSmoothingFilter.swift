/// Exponential smoothing of one channel, causal or zero-phase.
///
/// | direction    | definition                                                                 |
/// |--------------|----------------------------------------------------------------------------|
/// | `.forward`   | `y[0] = x[0]`, `y[n] = α·x[n] + (1 − α)·y[n−1]` (pandas `ewm(alpha, adjust=False)`) |
/// | `.zeroPhase` | the forward pass, then the same recursion backwards over its output, started from the last forward value: `z[N−1] = y[N−1]`, `z[k] = α·y[k] + (1 − α)·z[k+1]`. In numpy: `ema(ema(x)[::-1])[::-1]`. |
///
/// The forward pass lags by `(1 − α)/α` samples at low frequencies; the zero-phase version has no
/// lag and the squared magnitude response `α² / (1 − 2(1 − α)cos ω + (1 − α)²)`. Starting each pass
/// from its first input (rather than from a steady state) keeps constants exactly constant and
/// avoids a start-up transient toward zero. `α = 1` is the identity.
///
/// Complexity: O(n), one multiply-add per sample and pass; no allocation. Any `count ≥ 1`.
public struct ExponentialSmoothingFilter: ChannelFilter {
    /// Causal or forward-backward.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// One causal pass.
        case forward
        /// A forward pass, then a backward pass over its output.
        case zeroPhase
    }

    /// Smoothing factor `α ∈ (0, 1]`: the weight of the newest sample.
    public let alpha: Double
    /// Causal or zero-phase.
    public let direction: Direction

    /// - Throws: ``FilterConfigurationError`` unless `0 < alpha ≤ 1`.
    public init(alpha: Double, direction: Direction = .forward) throws(FilterConfigurationError) {
        guard alpha > 0, alpha <= 1 else {
            throw FilterConfigurationError(
                parameter: "alpha", "smoothing factor alpha \(alpha) must be greater than 0 and at most 1")
        }
        self.alpha = alpha
        self.direction = direction
    }

    public var algorithmID: String { "exponential-smoothing/1" }

    public var parameters: [String: String] { ["alpha": "\(alpha)", "direction": direction.rawValue] }

    /// 1: the recursion starts from the first sample.
    public var minimumLength: Int { 1 }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let n = input.count
        precondition(output.count == n, "output has \(output.count) samples, input \(n)")
        guard n > 0, let x = input.baseAddress, let y = output.baseAddress else { return }
        ExponentialSmoothing.forward(x, count: n, alpha: alpha, into: y)
        if direction == .zeroPhase { ExponentialSmoothing.backwardInPlace(y, count: n, alpha: alpha) }
    }
}
