/// Savitzky-Golay smoothing or differentiation of one channel, matching
/// `scipy.signal.savgol_filter(x, window, polyorder, deriv, delta=1/fs, mode, cval)`.
///
/// Each output is the value (or `derivative`-th derivative, per second^d) at the centre sample of
/// the degree-`polyorder` least-squares polynomial through the `window` samples around it (weights
/// from ``SavitzkyGolay/coefficients(window:polyorder:derivative:delta:)``). Near the ends the
/// window is completed according to ``EdgeMode`` (see its table): `.interpolate` (the default,
/// scipy's `'interp'`) evaluates the polynomial fitted to the first / last `window` samples at each
/// of the first / last `window/2` positions instead.
///
/// Edge cases: `.interpolate` needs `count ≥ window` (``minimumLength``); the other modes accept
/// any `count ≥ 1`. Input must be finite (NaN spreads to every output whose window holds it).
///
/// Complexity: O(n · W) time, vectorised; the interp edges cost O(W²). No allocation.
public struct SavitzkyGolayFilter: ChannelFilter {
    /// Odd window length `W` in samples.
    public let window: Int
    /// Degree of the fitted polynomial, `0 ≤ polyorder < window`.
    public let polyorder: Int
    /// Derivative order `0 ≤ derivative ≤ polyorder`; 1 gives units per second, 2 per second².
    public let derivative: Int
    /// Edge handling.
    public let mode: EdgeMode
    /// Sample rate in Hz; the sample spacing is `1 / sampleRate` seconds.
    public let sampleRate: Double
    /// The window weights in correlation order (`y[i] = Σ_k w[k] · x[i − W/2 + k]`).
    public let coefficients: [Double]
    /// `.interpolate` only: `W/2` rows of `W` weights giving the first outputs from `x[0..<W]`…
    private let leftEdge: [Double]
    /// …and the last `W/2` outputs from `x[n−W..<n]`, row-major.
    private let rightEdge: [Double]

    /// Designs the filter.
    ///
    /// - Throws: ``FilterConfigurationError`` for an even or non-positive window, a polyorder outside
    ///   `0 ..< window`, a derivative outside `0 ... polyorder`, or a sample rate that is not a
    ///   positive finite number of Hz.
    public init(
        window: Int, polyorder: Int, derivative: Int = 0, mode: EdgeMode = .interpolate, sampleRate: Double
    ) throws(FilterConfigurationError) {
        guard sampleRate.isFinite, sampleRate > 0 else {
            throw FilterConfigurationError(
                parameter: "sampleRate", "sample rate \(sampleRate) Hz must be a positive, finite number")
        }
        if case .constant(let value) = mode, !value.isFinite {
            throw FilterConfigurationError(parameter: "mode", "constant edge value \(value) must be finite")
        }
        let delta = 1 / sampleRate
        try SavitzkyGolay.validate(window: window, polyorder: polyorder, derivative: derivative, delta: delta)
        let half = window / 2
        var positions: [Double] = [0]
        if mode == .interpolate {
            positions += (0..<half).map { Double($0 - half) }  // first W/2 outputs: t = −h … −1
            positions += (0..<half).map { Double($0 + 1) }  // last W/2 outputs: t = 1 … h
        }
        let weights = try SavitzkyGolay.fitWeights(
            window: window, polyorder: polyorder, derivative: derivative, delta: delta, at: positions)
        self.window = window
        self.polyorder = polyorder
        self.derivative = derivative
        self.mode = mode
        self.sampleRate = sampleRate
        self.coefficients = weights[0]
        self.leftEdge = mode == .interpolate ? weights[1..<(1 + half)].flatMap { $0 } : []
        self.rightEdge = mode == .interpolate ? weights[(1 + half)...].flatMap { $0 } : []
    }

    public var algorithmID: String { "savitzky-golay/1" }

    public var parameters: [String: String] {
        var result = [
            "window": "\(window)", "polyorder": "\(polyorder)", "derivative": "\(derivative)",
            "mode": mode.name, "sampleRateHz": "\(sampleRate)",
        ]
        if case .constant(let value) = mode { result["cval"] = "\(value)" }
        return result
    }

    /// `window` for `.interpolate` (the edge fits need a full window), otherwise 1.
    public var minimumLength: Int { mode == .interpolate ? window : 1 }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let n = input.count
        precondition(output.count == n, "output has \(output.count) samples, input \(n)")
        precondition(n >= minimumLength, "\(algorithmID) needs at least \(minimumLength) samples, got \(n)")
        guard n > 0, let x = input.baseAddress, let y = output.baseAddress else { return }
        let half = window / 2
        // Outputs whose whole window lies inside the signal.
        let interior = half..<max(half, n - half)
        coefficients.withUnsafeBufferPointer { w in
            SavitzkyGolay.correlateInterior(x, into: y, range: interior, weights: w.baseAddress!, window: window)
            if mode == .interpolate {
                guard half > 0 else { return }
                leftEdge.withUnsafeBufferPointer { m in
                    SavitzkyGolay.applyEdgeFit(x, into: y, matrix: m.baseAddress!, rows: half, window: window)
                }
                rightEdge.withUnsafeBufferPointer { m in
                    SavitzkyGolay.applyEdgeFit(
                        x + (n - window), into: y + (n - half), matrix: m.baseAddress!, rows: half, window: window)
                }
            } else {
                let leftEnd = min(half, n)
                SavitzkyGolay.correlateExtended(
                    x, count: n, into: y, range: 0..<leftEnd, weights: w.baseAddress!, window: window, mode: mode)
                SavitzkyGolay.correlateExtended(
                    x, count: n, into: y, range: max(leftEnd, n - half)..<n, weights: w.baseAddress!,
                    window: window, mode: mode)
            }
        }
    }
}
