/// A thin singular value decomposition `A = U · diag(S) · Vᵀ` of an `m × n` matrix.
///
/// With `k = min(m, n)`: `U` is `m × k` with orthonormal columns, `S` holds the `k` singular
/// values in descending order (σ₁ ≥ … ≥ σₖ ≥ 0), `Vᵀ` is `k × n` with orthonormal rows.
/// The right singular vector of the smallest singular value (the last row of `Vᵀ`) is the
/// total-least-squares normal of a centred point cloud, i.e. the normal of its best-fit plane.
public struct SingularValueDecomposition: Hashable, Sendable {
    /// Left singular vectors as columns (`m × k`).
    public var u: Matrix
    /// Singular values, descending.
    public var singularValues: [Double]
    /// Right singular vectors as rows (`k × n`).
    public var vt: Matrix

    public init(u: Matrix, singularValues: [Double], vt: Matrix) {
        self.u = u
        self.singularValues = singularValues
        self.vt = vt
    }

    /// `U · diag(S) · Vᵀ`, the reconstructed matrix.
    public var reconstructed: Matrix {
        var scaled = u
        for i in 0..<u.rows {
            for j in 0..<u.columns { scaled[i, j] *= singularValues[j] }
        }
        return scaled * vt
    }
}

/// The eigen-decomposition `A = Q · diag(λ) · Qᵀ` of a real symmetric `n × n` matrix.
///
/// Eigenvalues are in ascending order (λ₁ ≤ … ≤ λₙ); column `j` of ``eigenvectors`` is the unit
/// eigenvector of `eigenvalues[j]` (sign arbitrary). For a covariance matrix, the last column is the
/// principal axis.
public struct SymmetricEigenDecomposition: Hashable, Sendable {
    /// Eigenvalues, ascending.
    public var eigenvalues: [Double]
    /// Orthonormal eigenvectors as columns (`n × n`).
    public var eigenvectors: Matrix

    public init(eigenvalues: [Double], eigenvectors: Matrix) {
        self.eigenvalues = eigenvalues
        self.eigenvectors = eigenvectors
    }
}
