import HandPoseNumerics

/// Unscented Kalman filtering of one channel of positions (causal, forward only) under a
/// constant-velocity or constant-acceleration model.
///
/// The measurement is the position itself, so with the default weights the output equals the
/// forward ``KalmanSmoother`` (`smooth: false`) to round-off; the channel filter exists so the
/// unscented machinery can be compared and benchmarked in the same pipeline. Nonlinear
/// measurements (``UnscentedKalmanMeasurement``) are available through ``UnscentedKalmanFilter``.
///
/// - Defaults: α = 0.1, β = 2, κ = 3 − n (filterpy has none; these are its documentation's).
/// - Start of a run: `x₀ = [z₀, 0(, 0)]`, `P₀ = 10⁴·diag(R, R/dt², R/dt⁴)` as for ``KalmanSmoother``.
///
/// O(n) time, no allocation per sample.
public struct UnscentedKalmanSmoother: ChannelFilter {
    /// The underlying filter.
    public let filter: UnscentedKalmanFilter
    /// Samples per second.
    public let sampleRate: Double

    /// - Throws: ``FilterConfigurationError`` for a non-positive sample rate or noise, or invalid
    ///   α ∈ (0, 1], β ≥ 0, κ (n + κ > 0).
    public init(
        model: MotionModel = .constantVelocity, sampleRate: Double, processNoise: Double, measurementNoise: Double,
        alpha: Double = 0.1, beta: Double = 2, kappa: Double? = nil
    ) throws(FilterConfigurationError) {
        try KalmanFilter.requirePositive(sampleRate, "sampleRate", unit: " Hz")
        filter = try UnscentedKalmanFilter(
            model: model, timeStep: 1 / sampleRate, processNoise: processNoise, measurementNoise: measurementNoise,
            alpha: alpha, beta: beta, kappa: kappa)
        self.sampleRate = sampleRate
    }

    public var algorithmID: String { "unscented-kalman-forward/1" }

    public var parameters: [String: String] {
        [
            "model": filter.model.rawValue, "sampleRateHz": "\(sampleRate)", "processNoise": "\(filter.processNoise)",
            "measurementNoise": "\(filter.measurementNoise)", "alpha": "\(filter.sigmaPoints.alpha)",
            "beta": "\(filter.sigmaPoints.beta)", "kappa": "\(filter.sigmaPoints.kappa)",
            "initialCovariance": "1e4 diag(R, R/dt^2, R/dt^4)",
        ]
    }

    /// One sample per state variable (2 or 3).
    public var minimumLength: Int { filter.model.stateCount }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        filter.apply(
            input, into: output,
            initialCovariance: filter.model.defaultInitialCovariance(timeStep: filter.timeStep, measurementNoise: filter.measurementNoise))
    }
}
