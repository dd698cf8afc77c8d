import HandPoseTestSupport
import HandPoseCore
import HandPoseNumerics
import Testing
@testable import HandPoseDSP

@Suite("UnscentedKalmanFilter")
struct UnscentedKalmanFilterTests {
    @Test("with a linear measurement it equals the linear Kalman filter", arguments: MotionModel.allCases)
    func linearEqualsKalman(model: MotionModel) throws {
        let seed: UInt64 = 21
        let (_, z) = noisySmoothSignal(count: 2_000, sampleRate: 60, noise: 0.5, seed: seed)
        let q = model == .constantVelocity ? 1e4 : 1e6
        let ukf = try UnscentedKalmanFilter(model: model, timeStep: 1.0 / 60, processNoise: q, measurementNoise: 0.25)
        let kf = try KalmanFilter(model: model, timeStep: 1.0 / 60, processNoise: q, measurementNoise: 0.25)
        let a = ukf.filter(z), b = kf.filter(z)
        expectClose(a.positions, b.positions, relative: 1e-9, absolute: 0, "positions, seed \(seed)")
        expectClose(a.component(1), b.component(1), relative: 1e-9, absolute: 0, "velocities, seed \(seed)")
    }

    @Test("covariance stays symmetric positive definite over a long nonlinear run")
    func covarianceStaysPositiveDefinite() throws {
        let seed: UInt64 = 4
        let (truth, _) = noisySmoothSignal(count: 5_000, sampleRate: 60, noise: 0, seed: seed)
        var generator = SeededGenerator(seed: seed)
        let z = truth.map { ($0 * $0 + 100).squareRoot() + 0.3 * generator.nextGaussian() }
        let ukf = try UnscentedKalmanFilter(
            model: .constantAcceleration, timeStep: 1.0 / 60, processNoise: 1e6, measurementNoise: 0.09, measurement: .range(offset: 10))
        let track = ukf.filter(z, initialState: [truth[0], 0, 0], initialCovariance: .diagonal([1, 100, 1000]))
        for k in stride(from: 0, to: track.count, by: 101) {
            let p = track.covariance(at: k)
            #expect(p.maximumAbsoluteDifference(to: p.transposed) <= 1e-9 * p.elements.map(abs).max()!, "seed \(seed), k \(k)")
            #expect(try LinearAlgebra.symmetricEigen(p).eigenvalues.allSatisfy { $0 > 0 }, "seed \(seed), k \(k)")
        }
    }

    @Test("a custom closure equals the built-in measurement it reimplements")
    func customClosure() throws {
        let golden = Golden.object("ukf_cv", "nonlinear_h")
        let z = Golden.doubles(golden["z"])
        func make(_ h: UnscentedKalmanMeasurement) throws -> UnscentedKalmanFilter {
            try UnscentedKalmanFilter(model: .constantVelocity, timeStep: 1.0 / 30, processNoise: 0.5, measurementNoise: 1e-4, alpha: 0.1, beta: 2, kappa: 1, measurement: h)
        }
        let builtIn = try make(.range(offset: 0.3)).filter(z, initialState: [0, 0.1], initialCovariance: .diagonal([0.1, 0.1]))
        let custom = try make(.custom { ($0[0] * $0[0] + 0.09).squareRoot() }).filter(z, initialState: [0, 0.1], initialCovariance: .diagonal([0.1, 0.1]))
        #expect(builtIn.states == custom.states)
    }

    @Test("linear measurement matches filterpy (golden ukf_cv.x_filtered_linear_h) and the golden KF")
    func goldenLinear() throws {
        let golden = Golden.object("ukf_cv")
        let kalman = Golden.object("kalman_cv")
        let ukf = try UnscentedKalmanFilter(
            model: .constantVelocity, timeStep: Golden.double(golden["dt"]), processNoise: Golden.double(kalman["q"]),
            measurementNoise: Golden.double(kalman["R"]), alpha: Golden.double(golden["alpha"]), beta: Golden.double(golden["beta"]),
            kappa: Golden.double(golden["kappa"]))
        let track = ukf.filter(Golden.input("z_d"), initialState: Golden.doubles(kalman["x0"]), initialCovariance: .identity(2))
        expectClose(track.states, Golden.rows(golden["x_filtered_linear_h"]).flatMap { $0 }, relative: 1e-8, absolute: 0, "x_filtered_linear_h")
        expectClose(track.states, Golden.rows(kalman["x_filtered"]).flatMap { $0 }, relative: 1e-8, absolute: 0, "vs golden KF")
    }

    @Test("range measurement matches filterpy (golden ukf_cv.nonlinear_h)")
    func goldenNonlinear() throws {
        let golden = Golden.object("ukf_cv")
        let nonlinear = golden["nonlinear_h"] as! [String: Any]
        let kalman = Golden.object("kalman_cv")
        let ukf = try UnscentedKalmanFilter(
            model: .constantVelocity, timeStep: Golden.double(golden["dt"]), processNoise: Golden.double(kalman["q"]),
            measurementNoise: Golden.double(kalman["R"]), alpha: Golden.double(golden["alpha"]), beta: Golden.double(golden["beta"]),
            kappa: Golden.double(golden["kappa"]), measurement: .range(offset: 0.3))
        let track = ukf.filter(
            Golden.doubles(nonlinear["z"]), initialState: Golden.doubles(nonlinear["x0"]), initialCovariance: Matrix(Golden.rows(nonlinear["P0"])))
        expectClose(track.states, Golden.rows(nonlinear["x_filtered"]).flatMap { $0 }, relative: 1e-8, absolute: 0, "nonlinear x_filtered")
    }

    @Test("rejects invalid parameters by name")
    func rejects() {
        #expect(throws: FilterConfigurationError(parameter: "alpha", "alpha 2.0 must be in (0, 1]")) {
            try UnscentedKalmanFilter(model: .constantVelocity, timeStep: 0.1, processNoise: 1, measurementNoise: 1, alpha: 2)
        }
        #expect(throws: FilterConfigurationError.self) {
            try UnscentedKalmanFilter(model: .constantAcceleration, timeStep: 0.1, processNoise: 1, measurementNoise: -1)
        }
    }
}
