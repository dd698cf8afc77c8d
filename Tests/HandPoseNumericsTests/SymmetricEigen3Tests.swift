import Foundation
import Testing
@testable import HandPoseNumerics

@Suite("SymmetricEigen3")
struct SymmetricEigen3Tests {
    @Test("random symmetric matrices match LAPACK dsyevd")
    func randomMatrices() throws {
        var generator = SeededGenerator(seed: 31)
        for trial in 0..<300 {
            let e = (0..<6).map { _ in Double.random(in: -1...1, using: &generator) }
            let scale = pow(10, Double.random(in: -6...6, using: &generator))
            let a = Matrix([[e[0], e[1], e[2]], [e[1], e[3], e[4]], [e[2], e[4], e[5]]].map { $0.map { $0 * scale } })
            try expectMatchesLAPACK(a, "trial \(trial)")
        }
    }

    static let spectra: [[Double]] = [
        [0, 1, 1], [1e-9, 1, 1.000_000_000_001], [1, 1, 1], [0, 0, 1], [0, 0, 0], [-1, -0.999_999_999_9, 2],
        [1e-20, 1, 2], [1e-12, 0.5, 0.500_000_1], [-3, 2, 2.000_000_000_000_001], [1e-300, 1e-300, 1],
    ]

    @Test("close, repeated and zero eigenvalues", arguments: spectra)
    func nearDegenerate(eigenvalues: [Double]) throws {
        for seed in UInt64(1)...20 {
            let q = try randomRotation(seed: seed)
            // A = Q · diag(λ) · Qᵀ
            var a = Matrix(rows: 3, columns: 3)
            for i in 0..<3 {
                for j in 0..<3 { a[i, j] = (0..<3).reduce(0) { $0 + q[i, $1] * eigenvalues[$1] * q[j, $1] } }
            }
            for i in 0..<3 { for j in 0..<i { a[i, j] = a[j, i] } }
            try expectMatchesLAPACK(a, "λ \(eigenvalues) seed \(seed)")
        }
    }

    @Test("diagonal, tiny and huge matrices")
    func scaling() throws {
        try expectMatchesLAPACK(Matrix([[3, 0, 0], [0, -1, 0], [0, 0, 2]]), "diagonal")
        for scale in [1e-150, 1e-100, 1e100, 1e150] {
            try expectMatchesLAPACK(Matrix([[2, 1, 0.5], [1, 3, -1], [0.5, -1, 1]].map { $0.map { $0 * scale } }), "scale \(scale)")
        }
    }

    @Test("the smallest eigenvector of a point cloud's scatter matrix is the SVD plane normal")
    func planeNormal() throws {
        var generator = SeededGenerator(seed: 5)
        for trial in 0..<200 {
            // Six points near a random plane, like a palm: spread ~50, thickness ~1.
            let frame = try randomRotation(seed: UInt64(100 + trial))
            let points = (0..<6).map { _ -> SIMD3<Double> in
                let local = SIMD3(
                    Double.random(in: -50...50, using: &generator), Double.random(in: -50...50, using: &generator),
                    Double.random(in: -1...1, using: &generator))
                return SIMD3(
                    (0..<3).reduce(0) { $0 + frame[0, $1] * local[$1] },
                    (0..<3).reduce(0) { $0 + frame[1, $1] * local[$1] },
                    (0..<3).reduce(0) { $0 + frame[2, $1] * local[$1] }) + SIMD3(300, -120, 40)
            }
            let centroid = points.reduce(SIMD3<Double>(), +) / 6
            let d = points.map { $0 - centroid }
            let s = d.reduce(into: [Double](repeating: 0, count: 6)) { s, p in
                s[0] += p.x * p.x; s[1] += p.x * p.y; s[2] += p.x * p.z
                s[3] += p.y * p.y; s[4] += p.y * p.z; s[5] += p.z * p.z
            }
            let normal = SymmetricEigen3(xx: s[0], xy: s[1], xz: s[2], yy: s[3], yz: s[4], zz: s[5]).eigenvector(0)
            let svd = try LinearAlgebra.singularValueDecomposition(Matrix(d.map { [$0.x, $0.y, $0.z] }))
            let row = svd.vt.row(2)
            let reference = SIMD3(row[0], row[1], row[2])
            let dot = (normal * reference).sum()
            let difference = (dot < 0 ? -normal : normal) - reference
            let distance = (difference * difference).sum().squareRoot()
            #expect(abs(abs(dot) - 1) < 1e-12 && distance < 1e-12, "trial \(trial): |ν·ν_svd| = \(abs(dot)), |ν − ν_svd| = \(distance)")
        }
    }

    /// Eigenvalues within 1e−14·‖A‖ of LAPACK's; every eigenvector whose eigenvalue is separated from
    /// the others by `gap ≥ 1e−3·‖A‖` parallel to LAPACK's (|v·u| = 1 to 1e−12 and |v ∓ u| within
    /// the perturbation bound 1e−14·‖A‖/gap; closer eigenvalues only define an invariant subspace);
    /// residuals and orthonormality to 1e−14 always.
    private func expectMatchesLAPACK(_ a: Matrix, _ label: String) throws {
        let reference = try LinearAlgebra.symmetricEigen(a)
        let eigen = SymmetricEigen3(xx: a[0, 0], xy: a[0, 1], xz: a[0, 2], yy: a[1, 1], yz: a[1, 2], zz: a[2, 2])
        let norm = a.elements.reduce(0) { max($0, abs($1)) } * 3
        let values = [eigen.eigenvalues.x, eigen.eigenvalues.y, eigen.eigenvalues.z]
        for j in 0..<3 {
            #expect(abs(values[j] - reference.eigenvalues[j]) <= 1e-14 * norm, "\(label): λ\(j) \(values[j]) vs \(reference.eigenvalues[j])")
            let v = eigen.eigenvector(j)
            let av = SIMD3((0..<3).reduce(0) { $0 + a[0, $1] * v[$1] }, (0..<3).reduce(0) { $0 + a[1, $1] * v[$1] },
                           (0..<3).reduce(0) { $0 + a[2, $1] * v[$1] })
            #expect(((av - values[j] * v) * (av - values[j] * v)).sum().squareRoot() <= 1e-14 * norm, "\(label): residual \(j)")
            for k in 0..<3 {
                let dot = (v * eigen.eigenvector(k)).sum()
                #expect(abs(dot - (j == k ? 1 : 0)) < 1e-14, "\(label): v\(j)·v\(k) = \(dot)")
            }
            let gap = (0..<3).filter { $0 != j }.map { abs(reference.eigenvalues[$0] - reference.eigenvalues[j]) }.min()!
            if gap > 1e-3 * norm {
                let column = reference.eigenvectors.column(j)
                let u = SIMD3(column[0], column[1], column[2])
                let dot = (v * u).sum()
                let difference = dot < 0 ? v + u : v - u
                let distance = (difference * difference).sum().squareRoot()
                #expect(abs(abs(dot) - 1) < 1e-12, "\(label): |v\(j)·lapack| = \(abs(dot))")
                #expect(distance <= 1e-14 * norm / gap, "\(label): |v\(j) ∓ lapack| = \(distance), gap \(gap / norm)")
            }
        }
    }

    /// A random orthogonal matrix: LAPACK's eigenvectors of a random symmetric matrix.
    private func randomRotation(seed: UInt64) throws -> Matrix {
        let e = randomSignal(count: 6, seed: seed)
        return try LinearAlgebra.symmetricEigen(Matrix([[e[0], e[1], e[2]], [e[1], e[3], e[4]], [e[2], e[4], e[5]]])).eigenvectors
    }
}
