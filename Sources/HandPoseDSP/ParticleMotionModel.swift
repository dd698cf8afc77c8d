/// How a ``ParticleFilter``'s particles move between samples: both models are constant velocity,
/// state `[p, v]` per coordinate, time step `dt`; they differ in the noise.
///
/// | model | per particle, coordinate and step | normals | process covariance per step |
/// |---|---|---|---|
/// | ``independentDiffusion(position:velocity:)`` | `p += dt·v + σp·e`, `v += σv·e'` | 2 | `diag(σp², σv²)` |
/// | ``whiteAcceleration(sigma:)`` | `a = σa·e`, `p += dt·v + ½dt²·a`, `v += dt·a` | 1 | `σa²·[[dt⁴/4, dt³/2], [dt³/2, dt²]]` |
///
/// `e, e'` are independent standard normals. The white-acceleration model is the discrete
/// white-noise acceleration (DWNA) model of Bar-Shalom, Li & Kirubarajan, *Estimation with
/// Applications to Tracking and Navigation*, Wiley 2001, §6.3.3 (doi:10.1002/0471221279): one
/// acceleration, constant over the step, drives both the position and the velocity, so their
/// noises are fully correlated and a step draws half the normals of the independent model. It is
/// the Kalman filters' process model (`KalmanSmoother`'s Q) and the Python baseline's particle
/// motion (`particle_filter` in `baseline.py`), with σa² = the process noise q.
public enum ParticleMotionModel: Hashable, Sendable {
    /// Independent position and velocity noise: σp in units and σv in units/s, both per step.
    case independentDiffusion(position: Double, velocity: Double)
    /// Discrete white-noise acceleration with standard deviation σa in units/s² (σa² = q, the
    /// acceleration variance in units²/s⁴).
    case whiteAcceleration(sigma: Double)

    /// Standard normals drawn per particle, coordinate and step: 2 or 1.
    public var normalsPerStep: Int {
        switch self {
        case .independentDiffusion: 2
        case .whiteAcceleration: 1
        }
    }
}
