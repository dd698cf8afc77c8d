import HandPoseNumerics

/// A fixed-size square matrix for the 2-state and 3-state Kalman recursions: columns held in SIMD
/// registers, so a step of the filter or smoother allocates nothing and the generic recursions
/// specialise to straight-line arithmetic.
///
/// Only what the recursions need is here; the public API speaks ``Matrix`` and `[Double]`.
protocol KalmanSquareMatrix: Sendable {
    associatedtype Vector: SIMD where Vector.Scalar == Double

    /// The order `n`.
    static var dimension: Int { get }
    /// The `n × n` identity.
    static var identity: Self { get }
    /// A copy of an `n × n` ``Matrix``.
    init(_ matrix: Matrix)
    /// Element (row `i`, column `j`).
    subscript(i: Int, j: Int) -> Double { get }
    /// Column `j`.
    func column(_ j: Int) -> Vector
    /// The same matrix with column 0 replaced.
    func replacingFirstColumn(_ column: Vector) -> Self
    /// `Aᵀ`.
    var transposed: Self { get }
    /// `A · B`.
    static func * (lhs: Self, rhs: Self) -> Self
    /// `A · v`.
    static func * (lhs: Self, rhs: Vector) -> Vector
    /// `A + B`.
    static func + (lhs: Self, rhs: Self) -> Self
    /// `A − B`.
    static func - (lhs: Self, rhs: Self) -> Self
    /// `s · A`.
    func scaled(_ s: Double) -> Self
    /// The outer product `a · bᵀ`.
    static func outer(_ a: Vector, _ b: Vector) -> Self
    /// `A · B · Aᵀ` for a symmetric `B`: the congruence every covariance propagation uses,
    /// computed as `(A·B)·Aᵀ` on the upper triangle and mirrored, so the result is exactly symmetric.
    func congruence(_ b: Self) -> Self
    /// `A⁻¹` of a symmetric `A` by the adjugate (cofactors over the determinant); meant for the
    /// positive definite predicted covariances of the smoother.
    var symmetricInverse: Self { get }
    /// The lower Cholesky factor `L` (`A = L·Lᵀ`, the same operation order as LAPACK `dpotf2`);
    /// a non-positive pivot is clamped to zero, giving the semi-definite square root.
    var choleskyLower: Self { get }
}

extension KalmanSquareMatrix {
    /// As a ``Matrix``.
    var matrix: Matrix {
        let n = Self.dimension
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in 0..<n { result[i, j] = self[i, j] }
        }
        return result
    }

    /// A vector from the first `n` elements of an array.
    static func vector(_ values: [Double]) -> Vector {
        var v = Vector()
        for i in 0..<dimension { v[i] = values[i] }
        return v
    }

    /// The first `n` lanes of a vector as an array.
    static func array(_ v: Vector) -> [Double] { (0..<dimension).map { v[$0] } }
}

/// A 2 × 2 matrix as two columns.
struct KalmanMatrix2: KalmanSquareMatrix {
    var c0: SIMD2<Double>
    var c1: SIMD2<Double>

    static var dimension: Int { 2 }
    static var identity: Self { Self(c0: SIMD2(1, 0), c1: SIMD2(0, 1)) }

    init(c0: SIMD2<Double>, c1: SIMD2<Double>) {
        self.c0 = c0
        self.c1 = c1
    }

    init(_ m: Matrix) {
        precondition(m.rows == 2 && m.columns == 2, "expected a 2x2 matrix, got \(m.rows)x\(m.columns)")
        c0 = SIMD2(m[0, 0], m[1, 0])
        c1 = SIMD2(m[0, 1], m[1, 1])
    }

    subscript(i: Int, j: Int) -> Double { j == 0 ? c0[i] : c1[i] }
    func column(_ j: Int) -> SIMD2<Double> { j == 0 ? c0 : c1 }
    func replacingFirstColumn(_ column: SIMD2<Double>) -> Self { Self(c0: column, c1: c1) }
    var transposed: Self { Self(c0: SIMD2(c0.x, c1.x), c1: SIMD2(c0.y, c1.y)) }

    @inline(__always) static func * (a: Self, v: SIMD2<Double>) -> SIMD2<Double> { a.c0 * v.x + a.c1 * v.y }
    @inline(__always) static func * (a: Self, b: Self) -> Self { Self(c0: a * b.c0, c1: a * b.c1) }
    @inline(__always) static func + (a: Self, b: Self) -> Self { Self(c0: a.c0 + b.c0, c1: a.c1 + b.c1) }
    @inline(__always) static func - (a: Self, b: Self) -> Self { Self(c0: a.c0 - b.c0, c1: a.c1 - b.c1) }
    @inline(__always) static func outer(_ a: SIMD2<Double>, _ b: SIMD2<Double>) -> Self { Self(c0: a * b.x, c1: a * b.y) }

    @inline(__always) func scaled(_ s: Double) -> Self { Self(c0: c0 * s, c1: c1 * s) }

    @inline(__always) func congruence(_ b: Self) -> Self {
        let t = self * b
        let d00 = t.c0.x * c0.x + t.c1.x * c1.x
        let d01 = t.c0.x * c0.y + t.c1.x * c1.y
        let d11 = t.c0.y * c0.y + t.c1.y * c1.y
        return Self(c0: SIMD2(d00, d01), c1: SIMD2(d01, d11))
    }

    var symmetricInverse: Self {
        let s = 1 / (c0.x * c1.y - c0.y * c0.y)
        let off = -c0.y * s
        return Self(c0: SIMD2(c1.y * s, off), c1: SIMD2(off, c0.x * s))
    }

    var choleskyLower: Self {
        let l00 = c0.x.squareRoot()
        let l10 = l00 > 0 ? c0.y / l00 : 0
        let l11 = max(c1.y - l10 * l10, 0).squareRoot()
        return Self(c0: SIMD2(l00, l10), c1: SIMD2(0, l11))
    }
}

/// A 3 × 3 matrix as nine scalars (`aᵢⱼ`, row `i`, column `j`): scalar code, because `SIMD3` has
/// a padded fourth lane and costs shuffles on targets without 256-bit vectors.
struct KalmanMatrix3: KalmanSquareMatrix {
    var a00, a01, a02: Double
    var a10, a11, a12: Double
    var a20, a21, a22: Double

    static var dimension: Int { 3 }
    static var identity: Self { Self(1, 0, 0, 0, 1, 0, 0, 0, 1) }

    /// The matrix with the given elements, row by row.
    @inline(__always) init(
        _ a00: Double, _ a01: Double, _ a02: Double, _ a10: Double, _ a11: Double, _ a12: Double,
        _ a20: Double, _ a21: Double, _ a22: Double
    ) {
        (self.a00, self.a01, self.a02) = (a00, a01, a02)
        (self.a10, self.a11, self.a12) = (a10, a11, a12)
        (self.a20, self.a21, self.a22) = (a20, a21, a22)
    }

    init(_ m: Matrix) {
        precondition(m.rows == 3 && m.columns == 3, "expected a 3x3 matrix, got \(m.rows)x\(m.columns)")
        self.init(m[0, 0], m[0, 1], m[0, 2], m[1, 0], m[1, 1], m[1, 2], m[2, 0], m[2, 1], m[2, 2])
    }

    subscript(i: Int, j: Int) -> Double { column(j)[i] }

    func column(_ j: Int) -> SIMD3<Double> {
        switch j {
        case 0: SIMD3(a00, a10, a20)
        case 1: SIMD3(a01, a11, a21)
        default: SIMD3(a02, a12, a22)
        }
    }

    @inline(__always) func replacingFirstColumn(_ c: SIMD3<Double>) -> Self {
        Self(c.x, a01, a02, c.y, a11, a12, c.z, a21, a22)
    }

    @inline(__always) var transposed: Self { Self(a00, a10, a20, a01, a11, a21, a02, a12, a22) }

    @inline(__always) static func * (a: Self, v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(
            a.a00 * v.x + a.a01 * v.y + a.a02 * v.z,
            a.a10 * v.x + a.a11 * v.y + a.a12 * v.z,
            a.a20 * v.x + a.a21 * v.y + a.a22 * v.z)
    }

    @inline(__always) static func * (a: Self, b: Self) -> Self {
        Self(
            a.a00 * b.a00 + a.a01 * b.a10 + a.a02 * b.a20, a.a00 * b.a01 + a.a01 * b.a11 + a.a02 * b.a21,
            a.a00 * b.a02 + a.a01 * b.a12 + a.a02 * b.a22,
            a.a10 * b.a00 + a.a11 * b.a10 + a.a12 * b.a20, a.a10 * b.a01 + a.a11 * b.a11 + a.a12 * b.a21,
            a.a10 * b.a02 + a.a11 * b.a12 + a.a12 * b.a22,
            a.a20 * b.a00 + a.a21 * b.a10 + a.a22 * b.a20, a.a20 * b.a01 + a.a21 * b.a11 + a.a22 * b.a21,
            a.a20 * b.a02 + a.a21 * b.a12 + a.a22 * b.a22)
    }

    @inline(__always) static func + (a: Self, b: Self) -> Self {
        Self(
            a.a00 + b.a00, a.a01 + b.a01, a.a02 + b.a02, a.a10 + b.a10, a.a11 + b.a11, a.a12 + b.a12,
            a.a20 + b.a20, a.a21 + b.a21, a.a22 + b.a22)
    }

    @inline(__always) static func - (a: Self, b: Self) -> Self {
        Self(
            a.a00 - b.a00, a.a01 - b.a01, a.a02 - b.a02, a.a10 - b.a10, a.a11 - b.a11, a.a12 - b.a12,
            a.a20 - b.a20, a.a21 - b.a21, a.a22 - b.a22)
    }

    @inline(__always) static func outer(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Self {
        Self(a.x * b.x, a.x * b.y, a.x * b.z, a.y * b.x, a.y * b.y, a.y * b.z, a.z * b.x, a.z * b.y, a.z * b.z)
    }

    @inline(__always) func scaled(_ s: Double) -> Self {
        Self(a00 * s, a01 * s, a02 * s, a10 * s, a11 * s, a12 * s, a20 * s, a21 * s, a22 * s)
    }

    @inline(__always) func congruence(_ b: Self) -> Self {
        let t = self * b
        let d00 = t.a00 * a00 + t.a01 * a01 + t.a02 * a02
        let d01 = t.a00 * a10 + t.a01 * a11 + t.a02 * a12
        let d02 = t.a00 * a20 + t.a01 * a21 + t.a02 * a22
        let d11 = t.a10 * a10 + t.a11 * a11 + t.a12 * a12
        let d12 = t.a10 * a20 + t.a11 * a21 + t.a12 * a22
        let d22 = t.a20 * a20 + t.a21 * a21 + t.a22 * a22
        return Self(d00, d01, d02, d01, d11, d12, d02, d12, d22)
    }

    @inline(__always) var symmetricInverse: Self {
        // The adjugate of a symmetric matrix is symmetric: six cofactors over the determinant.
        let c00 = a11 * a22 - a12 * a12, c01 = a12 * a02 - a01 * a22, c02 = a01 * a12 - a11 * a02
        let c11 = a00 * a22 - a02 * a02, c12 = a01 * a02 - a00 * a12, c22 = a00 * a11 - a01 * a01
        let s = 1 / (a00 * c00 + a01 * c01 + a02 * c02)
        let b01 = c01 * s, b02 = c02 * s, b12 = c12 * s
        return Self(c00 * s, b01, b02, b01, c11 * s, b12, b02, b12, c22 * s)
    }

    var choleskyLower: Self {
        let l00 = a00.squareRoot()
        let l10 = l00 > 0 ? a10 / l00 : 0
        let l20 = l00 > 0 ? a20 / l00 : 0
        let l11 = max(a11 - l10 * l10, 0).squareRoot()
        let l21 = l11 > 0 ? (a21 - l20 * l10) / l11 : 0
        let l22 = max(a22 - l20 * l20 - l21 * l21, 0).squareRoot()
        return Self(l00, 0, 0, l10, l11, 0, l20, l21, l22)
    }
}
