import HandPoseTestSupport
import HandPoseNumerics
import Testing
@testable import HandPoseDSP

@Suite("MotionModel")
struct MotionModelTests {
    @Test("Q is symmetric positive semi-definite of rank one (a single white-noise input)", arguments: MotionModel.allCases)
    func processCovarianceRankOne(model: MotionModel) throws {
        let q = model.processCovariance(timeStep: 0.05, variance: 3)
        #expect(q.maximumAbsoluteDifference(to: q.transposed) == 0)
        let eigen = try LinearAlgebra.symmetricEigen(q)
        let largest = eigen.eigenvalues.last!
        #expect(largest > 0)
        #expect(eigen.eigenvalues.dropLast().allSatisfy { abs($0) < 1e-12 * largest })
    }

    @Test("transition advances a noiseless polynomial exactly", arguments: MotionModel.allCases)
    func transitionIsExact(model: MotionModel) {
        let dt = 0.25
        let f = model.transition(timeStep: dt)
        // p(t) = 1 + 2t (+ 3t²): state [p, p', p''].
        let state: [Double] = model == .constantVelocity ? [1, 2] : [1, 2, 6]
        let next = f * state
        let expected = model == .constantVelocity ? 1 + 2 * dt : 1 + 2 * dt + 3 * dt * dt
        #expect(abs(next[0] - expected) < 1e-15)
    }

    @Test("Q equals filterpy Q_discrete_white_noise (kalman.json)")
    func goldenProcessCovariance() {
        let golden = KalmanFixture.object("q_discrete_white_noise")
        let dt = Golden.double(golden["dt"]), variance = Golden.double(golden["var"])
        expectClose(MotionModel.constantVelocity.processCovariance(timeStep: dt, variance: variance).elements, Golden.rows(golden["dim2"]).flatMap { $0 }, relative: 1e-15, absolute: 0, "dim2")
        expectClose(MotionModel.constantAcceleration.processCovariance(timeStep: dt, variance: variance).elements, Golden.rows(golden["dim3"]).flatMap { $0 }, relative: 1e-15, absolute: 0, "dim3")
    }

    @Test("the default initial state and covariance scale with the measurement variance")
    func defaults() {
        #expect(MotionModel.constantAcceleration.initialState(firstMeasurement: 4) == [4, 0, 0])
        let p = MotionModel.constantVelocity.defaultInitialCovariance(timeStep: 0.1, measurementNoise: 2)
        #expect(p.elements == [1e4 * 2, 0, 0, 1e4 * 2 / (0.1 * 0.1)])
    }
}
