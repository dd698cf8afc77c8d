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
    /// The outer product `a · bᵀ`.
    static func outer(_ a: Vector, _ b: Vector) -> Self
    /// `A⁻¹` by the adjugate (cofactors over the determinant); meant for the well-conditioned
    /// predicted covariances of the smoother.
    var inverse: Self { get }
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

    /// `A · B · Aᵀ`, the congruence every covariance propagation uses.
    @inline(__always) func congruence(_ b: Self) -> Self { self * b * transposed }
}

/// A 2 × 2 matrix as two columns.
struct KalmanMatrix2: KalmanSquareMatrix {
    var c0: SIMD2<Double>
    var c1: SIMD2<Double>

    static var dimension: Int { 2 }
    static var identity: Self { Self(c0: [1, 0], c1: [0, 1]) }

    init(c0: SIMD2<Double>, c1: SIMD2<Double>) {
        self.c0 = c0
        self.c1 = c1
    }

    init(_ m: Matrix) {
        precondition(m.rows == 2 && m.columns == 2, "expected a 2x2 matrix, got \(m.rows)x\(m.columns)")
        c0 = [m[0, 0], m[1, 0]]
        c1 = [m[0, 1], m[1, 1]]
    }

    subscript(i: Int, j: Int) -> Double { j == 0 ? c0[i] : c1[i] }
    func column(_ j: Int) -> SIMD2<Double> { j == 0 ? c0 : c1 }
    func replacingFirstColumn(_ column: SIMD2<Double>) -> Self { Self(c0: column, c1: c1) }
    var transposed: Self { Self(c0: [c0.x, c1.x], c1: [c0.y, c1.y]) }

    @inline(__always) static func * (a: Self, v: SIMD2<Double>) -> SIMD2<Double> { a.c0 * v.x + a.c1 * v.y }
    @inline(__always) static func * (a: Self, b: Self) -> Self { Self(c0: a * b.c0, c1: a * b.c1) }
    @inline(__always) static func + (a: Self, b: Self) -> Self { Self(c0: a.c0 + b.c0, c1: a.c1 + b.c1) }
    @inline(__always) static func - (a: Self, b: Self) -> Self { Self(c0: a.c0 - b.c0, c1: a.c1 - b.c1) }
    @inline(__always) static func outer(_ a: SIMD2<Double>, _ b: SIMD2<Double>) -> Self { Self(c0: a * b.x, c1: a * b.y) }

    var inverse: Self {
        let det = c0.x * c1.y - c1.x * c0.y
        return Self(c0: [c1.y / det, -c0.y / det], c1: [-c1.x / det, c0.x / det])
    }

    var choleskyLower: Self {
        let l00 = c0.x.squareRoot()
        let l10 = l00 > 0 ? c0.y / l00 : 0
        let l11 = max(c1.y - l10 * l10, 0).squareRoot()
        return Self(c0: [l00, l10], c1: [0, l11])
    }
}

/// A 3 × 3 matrix as three columns.
struct KalmanMatrix3: KalmanSquareMatrix {
    var c0: SIMD3<Double>
    var c1: SIMD3<Double>
    var c2: SIMD3<Double>

    static var dimension: Int { 3 }
    static var identity: Self { Self(c0: [1, 0, 0], c1: [0, 1, 0], c2: [0, 0, 1]) }

    init(c0: SIMD3<Double>, c1: SIMD3<Double>, c2: SIMD3<Double>) {
        self.c0 = c0
        self.c1 = c1
        self.c2 = c2
    }

    init(_ m: Matrix) {
        precondition(m.rows == 3 && m.columns == 3, "expected a 3x3 matrix, got \(m.rows)x\(m.columns)")
        c0 = [m[0, 0], m[1, 0], m[2, 0]]
        c1 = [m[0, 1], m[1, 1], m[2, 1]]
        c2 = [m[0, 2], m[1, 2], m[2, 2]]
    }

    subscript(i: Int, j: Int) -> Double { column(j)[i] }
    func column(_ j: Int) -> SIMD3<Double> { j == 0 ? c0 : (j == 1 ? c1 : c2) }
    func replacingFirstColumn(_ column: SIMD3<Double>) -> Self { Self(c0: column, c1: c1, c2: c2) }
    var transposed: Self { Self(c0: [c0.x, c1.x, c2.x], c1: [c0.y, c1.y, c2.y], c2: [c0.z, c1.z, c2.z]) }

    @inline(__always) static func * (a: Self, v: SIMD3<Double>) -> SIMD3<Double> { a.c0 * v.x + a.c1 * v.y + a.c2 * v.z }
    @inline(__always) static func * (a: Self, b: Self) -> Self { Self(c0: a * b.c0, c1: a * b.c1, c2: a * b.c2) }
    @inline(__always) static func + (a: Self, b: Self) -> Self { Self(c0: a.c0 + b.c0, c1: a.c1 + b.c1, c2: a.c2 + b.c2) }
    @inline(__always) static func - (a: Self, b: Self) -> Self { Self(c0: a.c0 - b.c0, c1: a.c1 - b.c1, c2: a.c2 - b.c2) }
    @inline(__always) static func outer(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Self {
        Self(c0: a * b.x, c1: a * b.y, c2: a * b.z)
    }

    var inverse: Self {
        // Rows of the adjugate are cross products of the columns: A⁻¹ = [c1×c2; c2×c0; c0×c1] / det.
        let r0 = cross(c1, c2), r1 = cross(c2, c0), r2 = cross(c0, c1)
        let det = (c0 * r0).sum()
        return Self(c0: r0, c1: r1, c2: r2).transposed.scaled(1 / det)
    }

    var choleskyLower: Self {
        let l00 = c0.x.squareRoot()
        let l10 = l00 > 0 ? c0.y / l00 : 0
        let l20 = l00 > 0 ? c0.z / l00 : 0
        let l11 = max(c1.y - l10 * l10, 0).squareRoot()
        let l21 = l11 > 0 ? (c1.z - l20 * l10) / l11 : 0
        let l22 = max(c2.z - l20 * l20 - l21 * l21, 0).squareRoot()
        return Self(c0: [l00, l10, l20], c1: [0, l11, l21], c2: [0, 0, l22])
    }

    private func scaled(_ s: Double) -> Self { Self(c0: c0 * s, c1: c1 * s, c2: c2 * s) }

    private func cross(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
        [a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x]
    }
}
