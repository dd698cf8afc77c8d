/// The eigen-decomposition `A = V · diag(λ) · Vᵀ` of a real symmetric 3 × 3 matrix, computed on
/// the stack by the cyclic Jacobi method (for per-frame use where LAPACK's call and allocation
/// overhead would dominate, e.g. the normal of a plane fitted to a handful of points).
///
/// Each sweep applies one plane rotation `J(p, q, θ)` to every off-diagonal position
/// (p, q) = (0, 1), (0, 2), (1, 2) in turn, chosen so that `(JᵀAJ)_pq = 0`:
///
///     τ = (a_qq − a_pp) / (2·a_pq),   t = tan θ = sign(τ) / (|τ| + √(1 + τ²)),   c = 1/√(1 + t²),   s = t·c
///     a_pp ← a_pp − t·a_pq,   a_qq ← a_qq + t·a_pq,   a_pq ← 0,
///     a_rp ← c·a_rp − s·a_rq,   a_rq ← s·a_rp + c·a_rq   (r ∉ {p, q}),
///
/// the smaller root `|θ| ≤ π/4` keeping the rotation close to the identity; the product of the
/// rotations accumulates the eigenvectors. Sweeps stop once the off-diagonal mass is below
/// `ε²·‖A‖` (ε the double-precision unit round-off): convergence is quadratic, also for repeated
/// eigenvalues, so this takes 3–6 sweeps. The method is backward stable with orthonormal
/// eigenvectors to machine precision; unlike the closed-form (Cardano) roots of the characteristic
/// cubic, it does not lose accuracy when eigenvalues are close or repeated.
///
/// Reference: G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., Johns Hopkins
/// University Press (2013), §8.5 "Jacobi methods" (Algorithms 8.5.1 `symSchur2` and 8.5.3, cyclic
/// Jacobi).
///
/// Complexity: O(1), no allocation.
public struct SymmetricEigen3: Sendable {
    /// Eigenvalues in ascending order.
    public let eigenvalues: SIMD3<Double>
    private let vectors: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)

    /// Decomposes the symmetric matrix with upper triangle
    /// `[[xx, xy, xz], [·, yy, yz], [·, ·, zz]]`. Entries must be finite.
    public init(xx: Double, xy: Double, xz: Double, yy: Double, yz: Double, zz: Double) {
        var a = (xx, yy, zz)
        var off = (xy, xz, yz)  // a01, a02, a12
        var v = (SIMD3<Double>(1, 0, 0), SIMD3<Double>(0, 1, 0), SIMD3<Double>(0, 0, 1))
        let epsilon = Double.ulpOfOne / 2
        let norm = abs(xx) + abs(yy) + abs(zz) + 2 * (abs(xy) + abs(xz) + abs(yz))
        // Quadratic convergence needs a handful of sweeps; the cap only guards against the impossible.
        for _ in 0..<64 {
            if abs(off.0) + abs(off.1) + abs(off.2) <= epsilon * epsilon * norm { break }
            Self.rotate(&a.0, &a.1, &off.0, &off.1, &off.2, &v.0, &v.1)  // (p, q) = (0, 1), r = 2
            Self.rotate(&a.0, &a.2, &off.1, &off.0, &off.2, &v.0, &v.2)  // (0, 2), r = 1
            Self.rotate(&a.1, &a.2, &off.2, &off.0, &off.1, &v.1, &v.2)  // (1, 2), r = 0
        }
        // Sort ascending, carrying the eigenvectors.
        if a.1 < a.0 { swap(&a.0, &a.1); swap(&v.0, &v.1) }
        if a.2 < a.1 { swap(&a.1, &a.2); swap(&v.1, &v.2) }
        if a.1 < a.0 { swap(&a.0, &a.1); swap(&v.0, &v.1) }
        eigenvalues = SIMD3(a.0, a.1, a.2)
        vectors = v
    }

    /// The unit eigenvector of `eigenvalues[index]` (`index` in 0..<3; sign arbitrary).
    public func eigenvector(_ index: Int) -> SIMD3<Double> {
        switch index {
        case 0: vectors.0
        case 1: vectors.1
        case 2: vectors.2
        default: preconditionFailure("eigenvector index \(index) outside 0..<3")
        }
    }

    /// One Jacobi rotation annihilating `pq`, given the diagonal entries `pp`, `qq`, the other
    /// two off-diagonal entries `rp` (row r, column p) and `rq`, and eigenvector columns `vp`, `vq`.
    @inline(__always)
    private static func rotate(
        _ pp: inout Double, _ qq: inout Double, _ pq: inout Double, _ rp: inout Double, _ rq: inout Double,
        _ vp: inout SIMD3<Double>, _ vq: inout SIMD3<Double>
    ) {
        guard pq != 0 else { return }
        let tau = (qq - pp) / (2 * pq)
        // τ² overflowing to ∞ gives t = 0: a_pq is then below 1e−154 of the diagonal gap.
        let t = (tau >= 0 ? 1.0 : -1.0) / (abs(tau) + (1 + tau * tau).squareRoot())
        let c = 1 / (1 + t * t).squareRoot(), s = t * c
        pp -= t * pq
        qq += t * pq
        pq = 0
        let oldRP = rp
        rp = c * oldRP - s * rq
        rq = s * oldRP + c * rq
        let oldVP = vp
        vp = c * oldVP - s * vq
        vq = s * oldVP + c * vq
    }
}
