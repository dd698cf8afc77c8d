import HandPoseNumerics

/// A linear Kalman filter and Rauch-Tung-Striebel smoother for one axis under a ``MotionModel``,
/// measuring position only, with filterpy's semantics (`KalmanFilter` with Joseph-form update,
/// `Q_discrete_white_noise`, `rts_smoother`). The lower-level API behind ``KalmanSmoother``:
/// it returns states and covariances and accepts any initial state and covariance (the filterpy
/// golden case uses `x₀ = [z₀, 0]`, `P₀ = I`).
///
/// For each measurement: predict (`x = F x`, `P = F P Fᵀ + Q`) then update (Joseph form). See
/// `KalmanRecursion` for the equations. Kalman RE, *J Basic Eng* 82:35–45, 1960,
/// doi:10.1115/1.3662552.
///
/// Complexity O(n) time and O(n·d²) memory for n samples and d states.
public struct KalmanFilter: Hashable, Sendable {
    /// The kinematic model.
    public let model: MotionModel
    /// Seconds between samples, `dt = 1/fs`.
    public let timeStep: Double
    /// `var` of `Q_discrete_white_noise` (units²/s⁴; see ``MotionModel``).
    public let processNoise: Double
    /// The measurement variance `R` (units²).
    public let measurementNoise: Double

    /// - Throws: ``FilterConfigurationError`` unless `timeStep`, `processNoise` and
    ///   `measurementNoise` are positive and finite.
    public init(model: MotionModel, timeStep: Double, processNoise: Double, measurementNoise: Double) throws(FilterConfigurationError) {
        try KalmanFilter.requirePositive(timeStep, "timeStep", unit: " s")
        try KalmanFilter.requirePositive(processNoise, "processNoise", unit: "")
        try KalmanFilter.requirePositive(measurementNoise, "measurementNoise", unit: "")
        self.model = model
        self.timeStep = timeStep
        self.processNoise = processNoise
        self.measurementNoise = measurementNoise
    }

    /// The transition matrix `F`.
    public var transition: Matrix { model.transition(timeStep: timeStep) }
    /// The process covariance `Q` (`Q_discrete_white_noise`).
    public var processCovariance: Matrix { model.processCovariance(timeStep: timeStep, variance: processNoise) }
    /// ``MotionModel/defaultInitialCovariance(timeStep:measurementNoise:)`` for this filter.
    public var defaultInitialCovariance: Matrix {
        model.defaultInitialCovariance(timeStep: timeStep, measurementNoise: measurementNoise)
    }

    /// Filters `measurements` forward; returns the filtered (posterior) state and covariance after
    /// each measurement.
    ///
    /// - Parameters:
    ///   - initialState: `x₀` (d values) before the first predict; default `[z₀, 0(, 0)]`.
    ///   - initialCovariance: `P₀` (d × d); default ``defaultInitialCovariance``.
    public func filter(_ measurements: [Double], initialState: [Double]? = nil, initialCovariance: Matrix? = nil) -> KalmanTrack {
        guard let first = measurements.first else { return KalmanTrack(stateCount: model.stateCount, states: [], covariances: []) }
        let x0 = initialState ?? model.initialState(firstMeasurement: first)
        let p0 = initialCovariance ?? defaultInitialCovariance
        precondition(x0.count == model.stateCount, "initial state has \(x0.count) values, the model \(model.stateCount)")
        return switch model {
        case .constantVelocity: run(measurements, x0, p0, smooth: false, as: KalmanMatrix2.self)
        case .constantAcceleration: run(measurements, x0, p0, smooth: false, as: KalmanMatrix3.self)
        }
    }

    /// Filters forward and smooths backward (RTS); returns the smoothed states and covariances.
    /// Parameters as for ``filter(_:initialState:initialCovariance:)``.
    public func smooth(_ measurements: [Double], initialState: [Double]? = nil, initialCovariance: Matrix? = nil) -> KalmanTrack {
        smooth(filtered: filter(measurements, initialState: initialState, initialCovariance: initialCovariance))
    }

    /// The Rauch-Tung-Striebel smoother over a track this filter produced (filterpy `rts_smoother`).
    public func smooth(filtered track: KalmanTrack) -> KalmanTrack {
        precondition(track.stateCount == model.stateCount, "a track of \(track.stateCount) states for a \(model.stateCount)-state model")
        return switch model {
        case .constantVelocity: smoothTrack(track, as: KalmanMatrix2.self)
        case .constantAcceleration: smoothTrack(track, as: KalmanMatrix3.self)
        }
    }

    /// Filters (and smooths) `input` into `output`, positions only. O(1) allocations: the state
    /// and covariance history when smoothing.
    func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>, smooth: Bool, initialCovariance: Matrix) {
        precondition(output.count == input.count, "output has \(output.count) elements, input \(input.count)")
        guard let first = input.first else { return }
        let x0 = model.initialState(firstMeasurement: first)
        switch model {
        case .constantVelocity: applyKernel(input, output, x0, initialCovariance, smooth: smooth, as: KalmanMatrix2.self)
        case .constantAcceleration: applyKernel(input, output, x0, initialCovariance, smooth: smooth, as: KalmanMatrix3.self)
        }
    }

    private func applyKernel<M: KalmanSquareMatrix>(
        _ input: UnsafeBufferPointer<Double>, _ output: UnsafeMutableBufferPointer<Double>, _ x0: [Double], _ p0: Matrix,
        smooth: Bool, as _: M.Type
    ) {
        let f = M(transition), q = M(processCovariance)
        guard smooth else {
            KalmanRecursion.filter(
                input, transition: f, processCovariance: q, measurementNoise: measurementNoise,
                initialState: M.vector(x0), initialCovariance: M(p0),
                positions: output.baseAddress, states: nil, covariances: nil)
            return
        }
        let count = input.count
        let states = UnsafeMutablePointer<M.Vector>.allocate(capacity: count)
        let covariances = UnsafeMutablePointer<M>.allocate(capacity: count)
        defer {
            states.deallocate()
            covariances.deallocate()
        }
        KalmanRecursion.filter(
            input, transition: f, processCovariance: q, measurementNoise: measurementNoise,
            initialState: M.vector(x0), initialCovariance: M(p0),
            positions: nil, states: states, covariances: covariances)
        KalmanRecursion.smooth(
            count: count, transition: f, processCovariance: q, states: states, covariances: covariances,
            positions: output.baseAddress)
    }

    private func run<M: KalmanSquareMatrix>(_ z: [Double], _ x0: [Double], _ p0: Matrix, smooth: Bool, as _: M.Type) -> KalmanTrack {
        let count = z.count
        let states = UnsafeMutablePointer<M.Vector>.allocate(capacity: count)
        let covariances = UnsafeMutablePointer<M>.allocate(capacity: count)
        defer {
            states.deallocate()
            covariances.deallocate()
        }
        z.withUnsafeBufferPointer { z in
            KalmanRecursion.filter(
                z, transition: M(transition), processCovariance: M(processCovariance), measurementNoise: measurementNoise,
                initialState: M.vector(x0), initialCovariance: M(p0),
                positions: nil, states: states, covariances: covariances)
        }
        return KalmanTrack(count: count, states: states, covariances: covariances, as: M.self)
    }

    private func smoothTrack<M: KalmanSquareMatrix>(_ track: KalmanTrack, as _: M.Type) -> KalmanTrack {
        let count = track.count
        let states = UnsafeMutablePointer<M.Vector>.allocate(capacity: max(count, 1))
        let covariances = UnsafeMutablePointer<M>.allocate(capacity: max(count, 1))
        defer {
            states.deallocate()
            covariances.deallocate()
        }
        track.unpack(states: states, covariances: covariances, as: M.self)
        KalmanRecursion.smooth(
            count: count, transition: M(transition), processCovariance: M(processCovariance),
            states: states, covariances: covariances, positions: nil)
        return KalmanTrack(count: count, states: states, covariances: covariances, as: M.self)
    }

    static func requirePositive(_ value: Double, _ name: String, unit: String) throws(FilterConfigurationError) {
        guard value.isFinite, value > 0 else {
            throw FilterConfigurationError(parameter: name, "\(name) \(value)\(unit) must be positive and finite")
        }
    }
}
