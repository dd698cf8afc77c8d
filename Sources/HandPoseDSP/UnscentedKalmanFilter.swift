import HandPoseNumerics

/// An unscented Kalman filter for one axis under a ``MotionModel`` with a scalar, possibly
/// nonlinear measurement (filterpy 2.0.0 `UnscentedKalmanFilter` + `MerweScaledSigmaPoints`).
/// The lower-level API behind ``UnscentedKalmanSmoother``: returns states and covariances and
/// accepts any initial state and covariance (the golden cases use `P₀ = I` and `P₀ = 0.1·I`).
///
/// The motion is linear (`f(x) = F x`); the measurement is ``UnscentedKalmanMeasurement``. The
/// recursion, including filterpy 2.0.0's regeneration of the sigma points after `predict`, is in
/// `UnscentedKalmanRecursion`; the Cholesky factor of the 2 × 2 / 3 × 3 covariance is written out
/// in the same operation order as LAPACK's `dpotrf` (no LAPACK call per sample).
///
/// Julier SJ & Uhlmann JK, *Proc. SPIE* 3068:182–193, 1997, doi:10.1117/12.280797; Wan EA & van der
/// Merwe R, *Proc. IEEE AS-SPCC* 2000:153–158, doi:10.1109/ASSPCC.2000.882463.
///
/// O(n) time for n samples, O(n·d²) memory for the returned track.
public struct UnscentedKalmanFilter: Sendable {
    /// The kinematic model.
    public let model: MotionModel
    /// Seconds between samples.
    public let timeStep: Double
    /// `var` of `Q_discrete_white_noise` (units²/s⁴).
    public let processNoise: Double
    /// The measurement variance `R` (in the measurement's units²).
    public let measurementNoise: Double
    /// The sigma points (their dimension equals the model's state count).
    public let sigmaPoints: MerweScaledSigmaPoints
    /// `h(x)`.
    public let measurement: UnscentedKalmanMeasurement

    /// - Parameters:
    ///   - kappa: default `3 − n`.
    /// - Throws: ``FilterConfigurationError`` for a non-positive `timeStep` or noise, or invalid
    ///   α, β, κ (see ``MerweScaledSigmaPoints/init(dimension:alpha:beta:kappa:)``).
    public init(
        model: MotionModel, timeStep: Double, processNoise: Double, measurementNoise: Double,
        alpha: Double = 0.1, beta: Double = 2, kappa: Double? = nil, measurement: UnscentedKalmanMeasurement = .position
    ) throws(FilterConfigurationError) {
        try KalmanFilter.requirePositive(timeStep, "timeStep", unit: " s")
        try KalmanFilter.requirePositive(processNoise, "processNoise", unit: "")
        try KalmanFilter.requirePositive(measurementNoise, "measurementNoise", unit: "")
        self.model = model
        self.timeStep = timeStep
        self.processNoise = processNoise
        self.measurementNoise = measurementNoise
        sigmaPoints = try MerweScaledSigmaPoints(
            dimension: model.stateCount, alpha: alpha, beta: beta, kappa: kappa ?? Double(3 - model.stateCount))
        self.measurement = measurement
    }

    /// The transition matrix `F`.
    public var transition: Matrix { model.transition(timeStep: timeStep) }
    /// The process covariance `Q`.
    public var processCovariance: Matrix { model.processCovariance(timeStep: timeStep, variance: processNoise) }

    /// Filters `measurements`; returns the posterior state and covariance after each.
    ///
    /// - Parameters:
    ///   - initialState: `x₀` (d values); default `[z₀, 0(, 0)]`, meaningful for `.position` only.
    ///   - initialCovariance: `P₀`; default ``MotionModel/defaultInitialCovariance(timeStep:measurementNoise:)``.
    public func filter(_ measurements: [Double], initialState: [Double]? = nil, initialCovariance: Matrix? = nil) -> KalmanTrack {
        guard let first = measurements.first else { return KalmanTrack(stateCount: model.stateCount, states: [], covariances: []) }
        let x0 = initialState ?? model.initialState(firstMeasurement: first)
        let p0 = initialCovariance ?? model.defaultInitialCovariance(timeStep: timeStep, measurementNoise: measurementNoise)
        precondition(x0.count == model.stateCount, "initial state has \(x0.count) values, the model \(model.stateCount)")
        return switch model {
        case .constantVelocity: run(measurements, x0, p0, as: KalmanMatrix2.self)
        case .constantAcceleration: run(measurements, x0, p0, as: KalmanMatrix3.self)
        }
    }

    /// Filters `input` into `output` (posterior positions), starting from `[z₀, 0(, 0)]` and `p0`.
    func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>, initialCovariance p0: Matrix) {
        precondition(output.count == input.count, "output has \(output.count) elements, input \(input.count)")
        guard let first = input.first else { return }
        let x0 = model.initialState(firstMeasurement: first)
        switch model {
        case .constantVelocity: kernel(input, x0, p0, output.baseAddress, nil, nil, as: KalmanMatrix2.self)
        case .constantAcceleration: kernel(input, x0, p0, output.baseAddress, nil, nil, as: KalmanMatrix3.self)
        }
    }

    private func run<M: KalmanSquareMatrix>(_ z: [Double], _ x0: [Double], _ p0: Matrix, as _: M.Type) -> KalmanTrack {
        let states = UnsafeMutablePointer<M.Vector>.allocate(capacity: z.count)
        let covariances = UnsafeMutablePointer<M>.allocate(capacity: z.count)
        defer {
            states.deallocate()
            covariances.deallocate()
        }
        z.withUnsafeBufferPointer { kernel($0, x0, p0, nil, states, covariances, as: M.self) }
        return KalmanTrack(count: z.count, states: states, covariances: covariances, as: M.self)
    }

    private func kernel<M: KalmanSquareMatrix>(
        _ z: UnsafeBufferPointer<Double>, _ x0: [Double], _ p0: Matrix, _ positions: UnsafeMutablePointer<Double>?,
        _ states: UnsafeMutablePointer<M.Vector>?, _ covariances: UnsafeMutablePointer<M>?, as _: M.Type
    ) {
        UnscentedKalmanRecursion.filter(
            z, transition: M(transition), processCovariance: M(processCovariance), measurementNoise: measurementNoise,
            weights: .init(sigmaPoints), measurement: measurement, initialState: M.vector(x0), initialCovariance: M(p0),
            positions: positions, states: states, covariances: covariances)
    }
}
