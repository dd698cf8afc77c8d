import HandPoseNumerics

/// The direction along which a 2-D or 3-D displacement varies most: the eigenvector of its
/// covariance matrix with the largest eigenvalue (the first principal component).
///
/// With `d` coordinates and covariance `C = (1/n) Σ (xₜ − x̄)(xₜ − x̄)ᵀ` (`d × d`, symmetric), the
/// axis `u` solves `C u = λ_max u`, `|u| = 1`; projecting `xₜ` onto `u` keeps the share
/// `λ_max / Σλ` of the variance, all of it for a movement along one line. The sign of `u` is
/// arbitrary in the mathematics; it is fixed here so that the largest-magnitude component is
/// positive, which makes the output deterministic.
///
/// The eigen-decomposition is LAPACK `dsyevd` (``LinearAlgebra/symmetricEigen(_:)``). O(d³) = O(1)
/// for `d ≤ 3`.
public struct PrincipalAxis: Sendable, Hashable, Codable {
    /// The unit direction `u`, one component per coordinate (x, y[, z]).
    public var direction: [Double]
    /// The variance along `u`, `λ_max` (unit²).
    public var variance: Double
    /// `λ_max / Σλ`, in `[1/d, 1]`; 0 when the total variance is 0.
    public var varianceShare: Double

    public init(direction: [Double], variance: Double, varianceShare: Double) {
        self.direction = direction
        self.variance = variance
        self.varianceShare = varianceShare
    }

    private enum CodingKeys: String, CodingKey {
        case direction, variance, varianceShare
    }

    /// The principal axis of the symmetric covariance matrix `covariance`.
    ///
    /// - Returns: `nil` when the matrix holds a non-finite value or LAPACK does not converge.
    public static func fit(covariance: Matrix) -> PrincipalAxis? {
        guard let eigen = try? LinearAlgebra.symmetricEigen(covariance) else { return nil }
        let d = covariance.rows
        var direction = eigen.eigenvectors.column(d - 1)
        var largest = 0
        for index in direction.indices where abs(direction[index]) > abs(direction[largest]) { largest = index }
        if direction[largest] < 0 { direction = direction.map { -$0 } }
        let variance = max(0, eigen.eigenvalues[d - 1])
        let total = eigen.eigenvalues.reduce(0) { $0 + max(0, $1) }
        return PrincipalAxis(direction: direction, variance: variance, varianceShare: total > 0 ? variance / total : 0)
    }

    /// The principal axis of the samples `coordinates[axis][t]` (2 or 3 equally long arrays).
    public static func fit(_ coordinates: [[Double]]) -> PrincipalAxis? {
        var accumulator = Accumulator(dimensions: coordinates.count)
        accumulator.add(coordinates)
        return accumulator.axis()
    }
}
