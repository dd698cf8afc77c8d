import HandPoseNumerics

/// Kalman filtering of one channel of positions under a constant-velocity or constant-acceleration
/// model, optionally followed by the Rauch-Tung-Striebel smoother (zero-lag, non-causal).
///
/// - Model and noise: see ``MotionModel`` and ``KalmanFilter``; `processNoise` is the `var` of
///   filterpy's `Q_discrete_white_noise` (units²/s⁴), `measurementNoise` the variance `R` of one
///   sample (units²), `dt = 1/sampleRate`.
/// - Start of a run: `x₀ = [z₀, 0(, 0)]` and the diffuse `P₀ = 10⁴·diag(R, R/dt², R/dt⁴)`
///   (``MotionModel/defaultInitialCovariance(timeStep:measurementNoise:)``): the first
///   samples, not the prior, determine the state. To reproduce filterpy
///   with another `x₀`, `P₀` (e.g. `P₀ = I`), use ``KalmanFilter`` directly.
/// - Output: the filtered (`smooth: false`, causal) or smoothed (`smooth: true`) positions.
///
/// O(n) time; smoothing keeps the n filtered states and covariances (O(n·d²) memory).
public struct KalmanSmoother: ChannelFilter, Hashable {
    /// The underlying filter (model, `dt`, noises).
    public let filter: KalmanFilter
    /// Samples per second.
    public let sampleRate: Double
    /// Whether the RTS smoother runs after the forward filter.
    public let smooth: Bool

    /// - Throws: ``FilterConfigurationError`` unless `sampleRate`, `processNoise` and
    ///   `measurementNoise` are positive and finite.
    public init(
        model: MotionModel = .constantVelocity, sampleRate: Double, processNoise: Double, measurementNoise: Double,
        smooth: Bool = true
    ) throws(FilterConfigurationError) {
        try KalmanFilter.requirePositive(sampleRate, "sampleRate", unit: " Hz")
        filter = try KalmanFilter(
            model: model, timeStep: 1 / sampleRate, processNoise: processNoise, measurementNoise: measurementNoise)
        self.sampleRate = sampleRate
        self.smooth = smooth
    }

    public var algorithmID: String { smooth ? "kalman-rts/1" : "kalman-forward/1" }

    public var parameters: [String: String] {
        [
            "model": filter.model.rawValue, "sampleRateHz": "\(sampleRate)", "processNoise": "\(filter.processNoise)",
            "measurementNoise": "\(filter.measurementNoise)", "smooth": "\(smooth)",
            "initialCovariance": "1e4 diag(R, R/dt^2, R/dt^4)",
        ]
    }

    /// One sample per state variable (2 or 3): fewer cannot determine the state.
    public var minimumLength: Int { filter.model.stateCount }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        filter.apply(input, into: output, smooth: smooth, initialCovariance: filter.defaultInitialCovariance)
    }
}
