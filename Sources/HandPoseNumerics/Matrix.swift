/// A dense real matrix stored row-major: element (i, j) is `elements[i * columns + j]`.
///
/// Row-major is the natural order for Swift's `[[Double]]` literals and the order handed to
/// LAPACKE (`LAPACK_ROW_MAJOR`); ``columnMajorElements`` converts for code that needs Fortran order.
/// A vector is an `n × 1` matrix where a matrix is required, otherwise a plain `[Double]`.
public struct Matrix: Hashable, Sendable, CustomStringConvertible {
    /// Number of rows `m`.
    public let rows: Int
    /// Number of columns `n`.
    public let columns: Int
    /// The `m · n` elements, row by row.
    public var elements: [Double]

    /// A matrix over row-major `elements`; `elements.count` must equal `rows · columns`.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(rows >= 0 && columns >= 0, "matrix shape \(rows)x\(columns) must be non-negative")
        precondition(
            elements.count == rows * columns,
            "a \(rows)x\(columns) matrix needs \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns, elements: Array(repeating: value, count: rows * columns))
    }

    /// A matrix from an array of equally long rows.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        for (index, row) in rowArrays.enumerated() {
            precondition(row.count == columns, "row \(index) has \(row.count) elements, row 0 has \(columns)")
        }
        self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
    }

    /// A matrix from column-major (Fortran order) elements.
    public init(rows: Int, columns: Int, columnMajor: [Double]) {
        precondition(columnMajor.count == rows * columns, "a \(rows)x\(columns) matrix needs \(rows * columns) elements")
        var elements = [Double](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns { elements[i * columns + j] = columnMajor[j * rows + i] }
        }
        self.init(rows: rows, columns: columns, elements: elements)
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var matrix = Matrix(rows: n, columns: n)
        for i in 0..<n { matrix[i, i] = 1 }
        return matrix
    }

    /// A diagonal matrix with `diagonal` on its main diagonal.
    public static func diagonal(_ diagonal: [Double]) -> Matrix {
        var matrix = Matrix(rows: diagonal.count, columns: diagonal.count)
        for (i, value) in diagonal.enumerated() { matrix[i, i] = value }
        return matrix
    }

    /// Element (row `i`, column `j`).
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) outside \(rows)x\(columns)")
            return elements[i * columns + j]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) outside \(rows)x\(columns)")
            elements[i * columns + j] = newValue
        }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] { Array(elements[(i * columns)..<((i + 1) * columns)]) }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] { (0..<rows).map { elements[$0 * columns + j] } }

    /// The transpose `Aᵀ` (`columns × rows`).
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { result.elements[j * rows + i] = elements[i * columns + j] }
        }
        return result
    }

    /// The elements in column-major (Fortran) order.
    public var columnMajorElements: [Double] { transposed.elements }

    /// The product `A · B` (computed with CBLAS `dgemm`).
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        LinearAlgebra.multiply(lhs, rhs)
    }

    /// The matrix-vector product `A · x`.
    public static func * (lhs: Matrix, rhs: [Double]) -> [Double] {
        precondition(lhs.columns == rhs.count, "a \(lhs.rows)x\(lhs.columns) matrix times a vector of \(rhs.count)")
        return LinearAlgebra.multiply(lhs, Matrix(rows: rhs.count, columns: 1, elements: rhs)).elements
    }

    /// Largest absolute element difference, `max |Aᵢⱼ − Bᵢⱼ|` (for tests and tolerances).
    public func maximumAbsoluteDifference(to other: Matrix) -> Double {
        precondition(rows == other.rows && columns == other.columns, "shapes \(rows)x\(columns) and \(other.rows)x\(other.columns) differ")
        return zip(elements, other.elements).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }

    public var description: String {
        (0..<rows).map { row($0).map { "\($0)" }.joined(separator: " ") }.joined(separator: "\n")
    }
}
