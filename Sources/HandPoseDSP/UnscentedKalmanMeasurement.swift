/// The measurement function `h(x)` of an ``UnscentedKalmanFilter``: one scalar measurement per
/// sample, as a function of the state `[p, v(, a)]`.
///
/// | case | h(x) | use |
/// |---|---|---|
/// | `.position` | `p` | linear; the filter then equals the linear ``KalmanFilter`` (to round-off) |
/// | `.range(offset: d)` | `√(p² + d²)` | the distance from a point `d` off the line of motion (golden `ukf_cv.nonlinear_h`, d = 0.3) |
/// | `.custom(h)` | `h(state)` | any other smooth function; `state` has 2 or 3 values |
///
/// The built-in cases are evaluated inline without allocation; `.custom` receives a fresh array
/// per sigma point (2n + 1 calls per sample).
public enum UnscentedKalmanMeasurement: Sendable {
    /// `h(x) = p`.
    case position
    /// `h(x) = √(p² + offset²)`.
    case range(offset: Double)
    /// `h(x) = function(state)`.
    case custom(@Sendable (_ state: [Double]) -> Double)

    /// A short printable name for ``ChannelFilter/parameters``.
    public var name: String {
        switch self {
        case .position: "position"
        case .range(let offset): "range(offset: \(offset))"
        case .custom: "custom"
        }
    }

    /// `h(x)` for a fixed-size state.
    @inline(__always) func evaluate<V: SIMD>(_ state: V, dimension: Int) -> Double where V.Scalar == Double {
        switch self {
        case .position: state[0]
        case .range(let offset): (state[0] * state[0] + offset * offset).squareRoot()
        case .custom(let function): function((0..<dimension).map { state[$0] })
        }
    }
}
