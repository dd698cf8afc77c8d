import HandPoseTestSupport
import HandPoseCore
import HandPoseNumerics
import Testing
@testable import HandPoseDSP

@Suite("MerweScaledSigmaPoints")
struct SigmaPointsTests {
    @Test("the points reproduce the mean and covariance through the weights", arguments: [(2, 0.1, 1.0), (3, 0.5, 0.0), (3, 1.0, 2.0)])
    func unscentedTransformIsExactForGaussians(case: (Int, Double, Double)) throws {
        let (n, alpha, kappa) = `case`
        let points = try MerweScaledSigmaPoints(dimension: n, alpha: alpha, beta: 2, kappa: kappa)
        let seed = UInt64(n * 100 + Int(alpha * 10))
        var generator = SeededGenerator(seed: seed)
        let b = Matrix(rows: n, columns: n, elements: (0..<(n * n)).map { _ in Double.random(in: -1...1, using: &generator) })
        var p = b * b.transposed
        for i in 0..<n { p[i, i] += 0.1 }
        let mean = (0..<n).map { _ in Double.random(in: -5...5, using: &generator) }
        let sigmas = try points.sigmaPoints(mean: mean, covariance: p)
        let wm = points.meanWeights, wc = points.covarianceWeights
        #expect(abs(wm.reduce(0, +) - 1) < 1e-12)
        for i in 0..<n {
            var m = 0.0
            for (w, sigma) in zip(wm, sigmas) { m += w * sigma[i] }
            #expect(abs(m - mean[i]) < 1e-9, "seed \(seed)")
            for j in 0..<n {
                // Wc₀ multiplies χ₀ − x = 0, so the covariance is reproduced whatever β is.
                var c = 0.0
                for (w, sigma) in zip(wc, sigmas) { c += w * (sigma[i] - mean[i]) * (sigma[j] - mean[j]) }
                #expect(abs(c - p[i, j]) < 1e-9, "seed \(seed)")
            }
        }
    }

    @Test("fixed-size Cholesky equals LAPACK dpotrf")
    func smallCholeskyMatchesLAPACK() throws {
        let p3 = Matrix([[4, 1.2, -0.3], [1.2, 2, 0.5], [-0.3, 0.5, 1.5]])
        let lapack3 = try LinearAlgebra.cholesky(p3)
        #expect(KalmanMatrix3(p3).choleskyLower.matrix.maximumAbsoluteDifference(to: lapack3) < 1e-15)
        let p2 = Matrix([[0.5, 0.1], [0.1, 0.3]])
        #expect(KalmanMatrix2(p2).choleskyLower.matrix.maximumAbsoluteDifference(to: try LinearAlgebra.cholesky(p2)) < 1e-15)
    }

    @Test("weights and demo sigma points match filterpy (golden ukf_cv)")
    func golden() throws {
        let golden = Golden.object("ukf_cv")
        let points = try MerweScaledSigmaPoints(
            dimension: 2, alpha: Golden.double(golden["alpha"]), beta: Golden.double(golden["beta"]), kappa: Golden.double(golden["kappa"]))
        expectClose(points.meanWeights, Golden.doubles(golden["weights_Wm"]), relative: 1e-13, "Wm")
        expectClose(points.covarianceWeights, Golden.doubles(golden["weights_Wc"]), relative: 1e-13, "Wc")
        let demo = golden["sigma_points_demo"] as! [String: Any]
        let sigmas = try points.sigmaPoints(mean: Golden.doubles(demo["x"]), covariance: Matrix(Golden.rows(demo["P"])))
        expectClose(sigmas.flatMap { $0 }, Golden.rows(demo["sigmas"]).flatMap { $0 }, relative: 1e-14, "sigmas")
    }

    @Test("rejects alpha outside (0, 1], negative beta, n + kappa ≤ 0")
    func rejects() {
        #expect(throws: FilterConfigurationError(parameter: "alpha", "alpha 0.0 must be in (0, 1]")) {
            try MerweScaledSigmaPoints(dimension: 2, alpha: 0, beta: 2, kappa: 1)
        }
        #expect(throws: FilterConfigurationError.self) { try MerweScaledSigmaPoints(dimension: 2, alpha: 1.5, beta: 2, kappa: 1) }
        #expect(throws: FilterConfigurationError.self) { try MerweScaledSigmaPoints(dimension: 2, alpha: 0.1, beta: -1, kappa: 1) }
        #expect(throws: FilterConfigurationError.self) { try MerweScaledSigmaPoints(dimension: 2, alpha: 0.1, beta: 2, kappa: -2) }
        #expect(throws: FilterConfigurationError.self) { try MerweScaledSigmaPoints(dimension: 0, alpha: 0.1, beta: 2, kappa: 1) }
    }
}
