import HandPoseNumerics

/// The kinematic model of one coordinate axis that the Kalman, unscented Kalman and particle filters
/// share: the state is the position and its first (and second) time derivative, driven by discrete
/// white noise, and the measurement is the position alone (`H = [1, 0(, 0)]`).
///
/// | model | state | transition `F` over a step `dt` | `Q_discrete_white_noise` / `var` |
/// |---|---|---|---|
/// | `.constantVelocity` | `[p, v]` | `[[1, dt], [0, 1]]` | `[[dt⁴/4, dt³/2], [dt³/2, dt²]]` |
/// | `.constantAcceleration` | `[p, v, a]` | `[[1, dt, dt²/2], [0, 1, dt], [0, 0, 1]]` | `[[dt⁴/4, dt³/2, dt²/2], [dt³/2, dt², dt], [dt²/2, dt, 1]]` |
///
/// `Q` is filterpy's `Q_discrete_white_noise(dim, dt, var)` (Bar-Shalom, Li & Kirubarajan,
/// *Estimation with Applications to Tracking and Navigation*, Wiley 2001, p. 274): the highest
/// derivative is disturbed by one white-noise value per step, held over the step: `var` is the
/// variance of the acceleration (constant velocity) or of the per-step change of acceleration
/// (constant acceleration), in units²/s⁴ either way.
public enum MotionModel: String, Sendable, Hashable, CaseIterable {
    /// Position and velocity, constant between steps apart from random acceleration.
    case constantVelocity
    /// Position, velocity and acceleration, constant between steps apart from random jerk.
    case constantAcceleration

    /// The number of state variables: 2 or 3.
    public var stateCount: Int { self == .constantVelocity ? 2 : 3 }

    /// The transition matrix `F` over `timeStep` seconds.
    public func transition(timeStep dt: Double) -> Matrix {
        switch self {
        case .constantVelocity: Matrix([[1, dt], [0, 1]])
        case .constantAcceleration: Matrix([[1, dt, 0.5 * dt * dt], [0, 1, dt], [0, 0, 1]])
        }
    }

    /// The process-noise covariance `Q`, exactly filterpy's `Q_discrete_white_noise(dim, dt, var)`
    /// for `dim` = ``stateCount`` (see the table above).
    public func processCovariance(timeStep dt: Double, variance: Double) -> Matrix {
        let dt2 = dt * dt, dt3 = dt2 * dt, dt4 = dt3 * dt
        let q: [[Double]] = switch self {
        case .constantVelocity: [[0.25 * dt4, 0.5 * dt3], [0.5 * dt3, dt2]]
        case .constantAcceleration: [[0.25 * dt4, 0.5 * dt3, 0.5 * dt2], [0.5 * dt3, dt2, dt], [0.5 * dt2, dt, 1]]
        }
        return Matrix(q.map { row in row.map { $0 * variance } })
    }

    /// The default initial state for a run starting at measurement `z0`: `[z0, 0(, 0)]`.
    public func initialState(firstMeasurement z0: Double) -> [Double] {
        [z0] + Array(repeating: 0, count: stateCount - 1)
    }

    /// The default initial covariance, scaled to the data through the measurement variance `R`:
    /// `P₀ = 10⁴·diag(R, R/dt², R/dt⁴)` (first two entries for the velocity model).
    ///
    /// Diffuse: standard deviations of 100 measurement standard deviations (per step, per step²),
    /// so the first samples determine the state rather than the prior. The prior must be diffuse in
    /// position too: the recursion predicts before it updates, so `x₀` describes the state one step
    /// *before* the first sample, and a tight `P₀` on `p = z₀` there would act as a duplicated first
    /// measurement and bias the start of a fast movement. Because `P₀` is proportional to `R`, the
    /// default behaves the same for data in metres or millimetres.
    public func defaultInitialCovariance(timeStep dt: Double, measurementNoise r: Double) -> Matrix {
        let diffuse = 1e4
        let diagonal = [diffuse * r, diffuse * r / (dt * dt), diffuse * r / (dt * dt * dt * dt)]
        return Matrix.diagonal(Array(diagonal.prefix(stateCount)))
    }
}
