internal import CLAPACK

extension LinearAlgebraError.Code {
    /// The matrix is not (numerically) symmetric positive definite: a Cholesky factorisation met a
    /// non-positive pivot; `info` is its 1-based index.
    public static let notPositiveDefinite = LinearAlgebraError.Code(rawValue: "notPositiveDefinite")
}

extension LinearAlgebra {
    /// The lower-triangular Cholesky factor `L` of a symmetric positive definite matrix, `A = L·Lᵀ`
    /// (LAPACK `dpotrf`). Only the lower triangle of `a` is read; the strict upper triangle of the
    /// result is zero. O(n³/3).
    ///
    /// The upper factor that `scipy.linalg.cholesky` returns by default is `U = Lᵀ`: the rows of `U`
    /// are the columns of `L`.
    ///
    /// - Throws: ``LinearAlgebraError`` with code `nonFiniteInput` for NaN or infinity, and
    ///   `notPositiveDefinite` (LAPACK's `info` = the failing pivot) when `a` is not positive definite.
    public static func cholesky(_ a: Matrix) throws(LinearAlgebraError) -> Matrix {
        precondition(a.rows == a.columns && a.rows > 0, "Cholesky needs a non-empty square matrix, got \(a.rows)x\(a.columns)")
        if let index = a.elements.firstIndex(where: { !$0.isFinite }) {
            throw LinearAlgebraError(
                .nonFiniteInput, routine: "dpotrf", info: 0,
                message: "A element (\(index / a.columns), \(index % a.columns)) is \(a.elements[index])")
        }
        BLASThreading.ensureSingleThreaded()
        let n = a.rows
        var factor = a.elements
        let info = LAPACKE_dpotrf(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), &factor, Int32(n))
        if info < 0 {
            throw LinearAlgebraError(.invalidArgument, routine: "dpotrf", info: Int(info), message: "argument \(-info) had an illegal value")
        }
        if info > 0 {
            throw LinearAlgebraError(
                .notPositiveDefinite, routine: "dpotrf", info: Int(info),
                message: "the leading minor of order \(info) is not positive definite")
        }
        for i in 0..<n {
            for j in (i + 1)..<n { factor[i * n + j] = 0 }
        }
        return Matrix(rows: n, columns: n, elements: factor)
    }
}
