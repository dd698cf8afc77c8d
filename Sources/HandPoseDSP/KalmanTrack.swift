import HandPoseNumerics

/// The states and covariances a Kalman-type filter or smoother produced, one per sample.
///
/// Stored flat for speed: state `k` is `states[k·d ..< (k+1)·d]` and covariance `k` is
/// `covariances[k·d² ..< (k+1)·d²]` row by row, with `d` = ``stateCount``.
public struct KalmanTrack: Hashable, Sendable {
    /// The number of state variables `d` (2 for constant velocity, 3 for constant acceleration).
    public let stateCount: Int
    /// The number of samples.
    public let count: Int
    /// `count · d` state values, sample by sample: `[p, v(, a)]`.
    public var states: [Double]
    /// `count · d²` covariance values, sample by sample, each `d × d` row-major.
    public var covariances: [Double]

    public init(stateCount: Int, states: [Double], covariances: [Double]) {
        precondition(stateCount > 0 && states.count % stateCount == 0, "\(states.count) state values for \(stateCount) states")
        let count = states.count / stateCount
        precondition(covariances.count == count * stateCount * stateCount, "\(covariances.count) covariance values for \(count) samples of \(stateCount) states")
        self.stateCount = stateCount
        self.count = count
        self.states = states
        self.covariances = covariances
    }

    /// The state `[p, v(, a)]` at sample `k`.
    public func state(at k: Int) -> [Double] { Array(states[(k * stateCount)..<((k + 1) * stateCount)]) }

    /// The `d × d` covariance at sample `k`.
    public func covariance(at k: Int) -> Matrix {
        let size = stateCount * stateCount
        return Matrix(rows: stateCount, columns: stateCount, elements: Array(covariances[(k * size)..<((k + 1) * size)]))
    }

    /// The estimated positions (state component 0), one per sample.
    public var positions: [Double] { component(0) }

    /// State component `i` (0 position, 1 velocity, 2 acceleration) over all samples.
    public func component(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < stateCount, "state component \(i) outside 0..<\(stateCount)")
        return (0..<count).map { states[$0 * stateCount + i] }
    }
}

extension KalmanTrack {
    /// Packs fixed-size states and covariances.
    init<M: KalmanSquareMatrix>(count: Int, states: UnsafePointer<M.Vector>, covariances: UnsafePointer<M>, as _: M.Type) {
        let d = M.dimension
        var flatStates = [Double](repeating: 0, count: count * d)
        var flatCovariances = [Double](repeating: 0, count: count * d * d)
        for k in 0..<count {
            for i in 0..<d {
                flatStates[k * d + i] = states[k][i]
                for j in 0..<d { flatCovariances[(k * d + i) * d + j] = covariances[k][i, j] }
            }
        }
        self.init(stateCount: d, states: flatStates, covariances: flatCovariances)
    }

    /// Unpacks into fixed-size storage (the caller allocates `count` of each).
    func unpack<M: KalmanSquareMatrix>(states: UnsafeMutablePointer<M.Vector>, covariances: UnsafeMutablePointer<M>, as _: M.Type) {
        for k in 0..<count {
            states[k] = M.vector(state(at: k))
            covariances[k] = M(covariance(at: k))
        }
    }
}
