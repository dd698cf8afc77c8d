internal import CLAPACK

/// Dense linear algebra through LAPACKE (row-major) and CBLAS, on ``Matrix`` values.
///
/// Every function copies its inputs (LAPACK overwrites its arguments), checks that they are finite,
/// keeps BLAS single-threaded (see ``BLASThreading``) and throws ``LinearAlgebraError`` with the
/// routine name and LAPACK's `info` when the routine fails. Shape mismatches are programming errors
/// and stop with a `precondition` that prints the shapes.
public enum LinearAlgebra {
    /// The product `C = A · B` of an `m × k` and a `k × n` matrix (CBLAS `dgemm`). O(m·n·k).
    public static func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "cannot multiply \(a.rows)x\(a.columns) by \(b.rows)x\(b.columns)")
        var c = Matrix(rows: a.rows, columns: b.columns)
        guard a.rows > 0, b.columns > 0, a.columns > 0 else { return c }
        BLASThreading.ensureSingleThreaded()
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                c.elements.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(
                        CblasRowMajor, CblasNoTrans, CblasNoTrans,
                        Int32(a.rows), Int32(b.columns), Int32(a.columns),
                        1.0, pa.baseAddress, Int32(a.columns), pb.baseAddress, Int32(b.columns),
                        0.0, pc.baseAddress, Int32(b.columns))
                }
            }
        }
        return c
    }

    /// The minimum-norm least-squares solution of `A · X ≈ B` (LAPACK `dgelsd`, SVD-based).
    ///
    /// Minimises `‖A·x − b‖₂` for each column of `B`; when `A` is rank-deficient or `m < n`, returns
    /// the solution of smallest `‖x‖₂`. Singular values below `ε · σ₁` are treated as zero.
    /// `A` is `m × n`, `B` is `m × r`, the result is `n × r`. O(m·n·min(m, n)).
    ///
    /// - Throws: ``LinearAlgebraError`` for non-finite input or when the SVD does not converge.
    public static func leastSquares(a: Matrix, b: Matrix) throws(LinearAlgebraError) -> Matrix {
        precondition(a.rows == b.rows, "least squares: A is \(a.rows)x\(a.columns) but B has \(b.rows) rows")
        precondition(a.rows > 0 && a.columns > 0 && b.columns > 0, "least squares needs non-empty A and B")
        try requireFinite(a, routine: "dgelsd", name: "A")
        try requireFinite(b, routine: "dgelsd", name: "B")
        BLASThreading.ensureSingleThreaded()
        let m = a.rows, n = a.columns, r = b.columns
        var aw = a.elements
        // B must have max(m, n) rows: the solution overwrites its first n rows.
        var bw = [Double](repeating: 0, count: max(m, n) * r)
        for i in 0..<m {
            for j in 0..<r { bw[i * r + j] = b.elements[i * r + j] }
        }
        var s = [Double](repeating: 0, count: min(m, n))
        var rank: Int32 = 0
        let info = LAPACKE_dgelsd(
            LAPACK_ROW_MAJOR, Int32(m), Int32(n), Int32(r), &aw, Int32(n), &bw, Int32(r), &s, -1, &rank)
        try check(info, routine: "dgelsd")
        return Matrix(rows: n, columns: r, elements: Array(bw[0..<(n * r)]))
    }

    /// The minimum-norm least-squares solution `x` of `A · x ≈ b` for one right-hand side.
    ///
    /// See ``leastSquares(a:b:)-(Matrix,Matrix)``; `b` has `m` elements, the result `n`.
    public static func leastSquares(a: Matrix, b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try leastSquares(a: a, b: Matrix(rows: b.count, columns: 1, elements: b)).elements
    }

    /// The thin singular value decomposition `A = U · diag(S) · Vᵀ` (LAPACK `dgesdd`,
    /// divide and conquer). O(m·n·min(m, n)).
    ///
    /// - Throws: ``LinearAlgebraError`` for non-finite input or when the iteration does not converge.
    public static func singularValueDecomposition(_ a: Matrix) throws(LinearAlgebraError) -> SingularValueDecomposition {
        precondition(a.rows > 0 && a.columns > 0, "SVD of an empty \(a.rows)x\(a.columns) matrix")
        try requireFinite(a, routine: "dgesdd", name: "A")
        BLASThreading.ensureSingleThreaded()
        let m = a.rows, n = a.columns, k = min(m, n)
        var aw = a.elements
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: m * k)
        var vt = [Double](repeating: 0, count: k * n)
        let info = LAPACKE_dgesdd(
            LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "S")), Int32(m), Int32(n), &aw, Int32(n),
            &s, &u, Int32(k), &vt, Int32(n))
        try check(info, routine: "dgesdd")
        return SingularValueDecomposition(
            u: Matrix(rows: m, columns: k, elements: u), singularValues: s,
            vt: Matrix(rows: k, columns: n, elements: vt))
    }

    /// The eigenvalues (ascending) and orthonormal eigenvectors of a symmetric matrix
    /// (LAPACK `dsyevd`, divide and conquer). Only the upper triangle of `a` is read. O(n³).
    ///
    /// - Throws: ``LinearAlgebraError`` for non-finite input or when the iteration does not converge.
    public static func symmetricEigen(_ a: Matrix) throws(LinearAlgebraError) -> SymmetricEigenDecomposition {
        precondition(a.rows == a.columns && a.rows > 0, "symmetric eigen needs a non-empty square matrix, got \(a.rows)x\(a.columns)")
        try requireFinite(a, routine: "dsyevd", name: "A")
        BLASThreading.ensureSingleThreaded()
        let n = a.rows
        var aw = a.elements
        var w = [Double](repeating: 0, count: n)
        let info = LAPACKE_dsyevd(
            LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "U")), Int32(n), &aw, Int32(n), &w)
        try check(info, routine: "dsyevd")
        return SymmetricEigenDecomposition(eigenvalues: w, eigenvectors: Matrix(rows: n, columns: n, elements: aw))
    }

    private static func requireFinite(_ m: Matrix, routine: String, name: String) throws(LinearAlgebraError) {
        if let index = m.elements.firstIndex(where: { !$0.isFinite }) {
            throw LinearAlgebraError(
                .nonFiniteInput, routine: routine, info: 0,
                message: "\(name) element (\(index / max(m.columns, 1)), \(index % max(m.columns, 1))) is \(m.elements[index]); remove missing samples first")
        }
    }

    private static func check(_ info: Int32, routine: String) throws(LinearAlgebraError) {
        if info < 0 {
            throw LinearAlgebraError(.invalidArgument, routine: routine, info: Int(info), message: "argument \(-info) had an illegal value")
        }
        if info > 0 {
            throw LinearAlgebraError(.notConverged, routine: routine, info: Int(info), message: "the iteration did not converge")
        }
    }
}
