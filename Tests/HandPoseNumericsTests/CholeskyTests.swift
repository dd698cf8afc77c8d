import Testing
@testable import HandPoseNumerics

@Suite("Cholesky")
struct CholeskyTests {
    @Test("L·Lᵀ reconstructs a random SPD matrix and L is lower triangular with a positive diagonal", arguments: [1, 2, 3, 5, 8])
    func reconstructs(n: Int) throws {
        let seed = UInt64(40 + n)
        let b = Matrix(rows: n, columns: n, elements: randomSignal(count: n * n, seed: seed))
        var a = b * b.transposed
        for i in 0..<n { a[i, i] += 0.5 }  // well away from singular
        let l = try LinearAlgebra.cholesky(a)
        #expect((l * l.transposed).maximumAbsoluteDifference(to: a) < 1e-12, "seed \(seed)")
        for i in 0..<n {
            #expect(l[i, i] > 0, "seed \(seed)")
            for j in (i + 1)..<n { #expect(l[i, j] == 0, "seed \(seed)") }
        }
    }

    @Test("matches scipy.linalg.cholesky(P).T for the golden sigma-point demo")
    func scipyValue() throws {
        // scipy.linalg.cholesky([[0.5, 0.1], [0.1, 0.3]]) = [[0.7071067811865476, 0.1414213562373095], [0, 0.529150262212918]]
        let l = try LinearAlgebra.cholesky(Matrix([[0.5, 0.1], [0.1, 0.3]]))
        #expect(abs(l[0, 0] - 0.7071067811865476) < 1e-15)
        #expect(abs(l[1, 0] - 0.1414213562373095) < 1e-15)
        #expect(abs(l[1, 1] - 0.529150262212918) < 1e-15)
    }

    @Test("rejects an indefinite matrix with the failing pivot, and non-finite input")
    func rejects() {
        #expect(throws: LinearAlgebraError.self) { try LinearAlgebra.cholesky(Matrix([[1, 2], [2, 1]])) }
        do {
            _ = try LinearAlgebra.cholesky(Matrix([[1, 2], [2, 1]]))
        } catch {
            #expect(error.code == .notPositiveDefinite)
            #expect(error.info == 2)
        }
        do {
            _ = try LinearAlgebra.cholesky(Matrix([[Double.nan, 0], [0, 1]]))
            Issue.record("NaN accepted")
        } catch {
            #expect(error.code == .nonFiniteInput)
        }
    }
}
