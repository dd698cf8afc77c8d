import Foundation
import Testing
@testable import HandPoseNumerics

@Suite("LinearAlgebra")
struct LinearAlgebraTests {
    @Test("SVD reconstructs A = U S Vᵀ with orthonormal factors", arguments: [(5, 3), (3, 5), (4, 4), (6, 1)])
    func svdReconstructs(shape: (Int, Int)) throws {
        let (m, n) = shape
        let a = Matrix(rows: m, columns: n, elements: randomSignal(count: m * n, seed: UInt64(m * 10 + n)))
        let svd = try LinearAlgebra.singularValueDecomposition(a)
        #expect(svd.reconstructed.maximumAbsoluteDifference(to: a) < 1e-12)
        let k = min(m, n)
        #expect((svd.u.transposed * svd.u).maximumAbsoluteDifference(to: .identity(k)) < 1e-12)
        #expect((svd.vt * svd.vt.transposed).maximumAbsoluteDifference(to: .identity(k)) < 1e-12)
        #expect(zip(svd.singularValues, svd.singularValues.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test("SVD finds the normal of a plane of points")
    func planeNormal() throws {
        // Points on z = 0.5x − 0.25y (normal ∝ (0.5, −0.25, −1)), centred.
        var rows: [[Double]] = []
        for x in stride(from: -1.0, through: 1, by: 0.5) {
            for y in stride(from: -1.0, through: 1, by: 0.5) { rows.append([x, y, 0.5 * x - 0.25 * y]) }
        }
        let svd = try LinearAlgebra.singularValueDecomposition(Matrix(rows))
        let normal = svd.vt.row(2)
        let expected = [0.5, -0.25, -1.0].map { $0 / sqrt(0.25 + 0.0625 + 1) }
        let dot = zip(normal, expected).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(abs(abs(dot) - 1) < 1e-12)
        #expect(svd.singularValues[2] < 1e-12)
    }

    @Test("least squares matches the normal equations on a polynomial fit")
    func polynomialFit() throws {
        // y = 1 − 2t + 0.5t² + noise; compare dgelsd with (AᵀA)⁻¹Aᵀy solved by hand (3x3 Cramer).
        let t = (0..<20).map { Double($0) / 4 }
        let noise = randomSignal(count: t.count, seed: 3).map { 0.01 * $0 }
        let y = zip(t, noise).map { 1 - 2 * $0 + 0.5 * $0 * $0 + $1 }
        let a = Matrix(t.map { [1, $0, $0 * $0] })
        let x = try LinearAlgebra.leastSquares(a: a, b: y)
        let ata = a.transposed * a
        let aty = a.transposed * y
        let reference = solve3x3(ata, aty)
        for i in 0..<3 { #expect(abs(x[i] - reference[i]) < 1e-9 * max(1, abs(reference[i]))) }
        // An exact polynomial is reproduced exactly.
        let exact = try LinearAlgebra.leastSquares(a: a, b: t.map { 1 - 2 * $0 + 0.5 * $0 * $0 })
        #expect(abs(exact[0] - 1) < 1e-12 && abs(exact[1] + 2) < 1e-12 && abs(exact[2] - 0.5) < 1e-12)
    }

    @Test("least squares gives the minimum-norm solution of an underdetermined system")
    func underdetermined() throws {
        let x = try LinearAlgebra.leastSquares(a: Matrix([[1, 1]]), b: [2])
        #expect(abs(x[0] - 1) < 1e-12 && abs(x[1] - 1) < 1e-12)
    }

    @Test("symmetric eigen of a known matrix")
    func symmetricEigen() throws {
        // [[2,1,0],[1,2,0],[0,0,5]] has eigenvalues 1, 3, 5.
        let a = Matrix([[2, 1, 0], [1, 2, 0], [0, 0, 5]])
        let eigen = try LinearAlgebra.symmetricEigen(a)
        #expect(zip(eigen.eigenvalues, [1.0, 3, 5]).allSatisfy { abs($0 - $1) < 1e-12 })
        let q = eigen.eigenvectors
        #expect((q * .diagonal(eigen.eigenvalues) * q.transposed).maximumAbsoluteDifference(to: a) < 1e-12)
        let v1 = q.column(0)
        #expect(abs(abs(v1[0]) - sqrt(0.5)) < 1e-12 && abs(v1[0] + v1[1]) < 1e-12)
    }

    @Test("non-finite input throws a typed error naming the routine")
    func nonFinite() {
        #expect(throws: LinearAlgebraError.self) {
            try LinearAlgebra.singularValueDecomposition(Matrix([[1, .nan], [0, 1]]))
        }
        do {
            _ = try LinearAlgebra.symmetricEigen(Matrix([[.infinity]]))
        } catch {
            #expect(error.routine == "dsyevd" && error.code == .nonFiniteInput)
        }
    }

    @Test("LAPACK and BLAS are linked in, not loaded: no shared BLAS in the process")
    func staticallyLinked() throws {
        // A shared OpenBLAS costs every process about 4 ms of symbol binding and a thread pool at
        // start-up (see the README's Speed section); the reference archives are linked instead.
        let maps = try String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
        let libraries = Set(maps.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) })
        #expect(!libraries.contains { $0.contains("blas") || $0.contains("lapack") }, "\(libraries.sorted())")
        _ = try LinearAlgebra.symmetricEigen(Matrix([[2, 1], [1, 2]]))
    }

    @Test("matrix conversions")
    func conversions() {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(a.columnMajorElements == [1, 4, 2, 5, 3, 6])
        #expect(Matrix(rows: 2, columns: 3, columnMajor: a.columnMajorElements) == a)
        #expect(a.transposed.row(2) == [3, 6])
        #expect(a * [1, 0, -1] == [-2, -2])
    }
}

private func solve3x3(_ m: Matrix, _ b: [Double]) -> [Double] {
    func det(_ a: [[Double]]) -> Double {
        a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
    }
    let rows = (0..<3).map { m.row($0) }
    let d = det(rows)
    return (0..<3).map { column in
        var replaced = rows
        for i in 0..<3 { replaced[i][column] = b[i] }
        return det(replaced) / d
    }
}
