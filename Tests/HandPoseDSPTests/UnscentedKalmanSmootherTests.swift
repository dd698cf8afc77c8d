import HandPoseTestSupport
import Testing
@testable import HandPoseDSP

@Suite("UnscentedKalmanSmoother")
struct UnscentedKalmanSmootherTests {
    @Test("apply equals the forward Kalman filter on a position channel", arguments: MotionModel.allCases)
    func equalsForwardKalman(model: MotionModel) throws {
        let seed: UInt64 = 31
        let (_, z) = noisySmoothSignal(count: 1_000, sampleRate: 30, noise: 1, seed: seed)
        let ukf = try UnscentedKalmanSmoother(model: model, sampleRate: 30, processNoise: 1e4, measurementNoise: 1)
        let kf = try KalmanSmoother(model: model, sampleRate: 30, processNoise: 1e4, measurementNoise: 1, smooth: false)
        expectClose(ukf.apply(z), kf.apply(z), relative: 1e-9, absolute: 0, "seed \(seed)")
        #expect(ukf.apply(z) == ukf.filter.filter(z).positions)
        #expect(ukf.minimumLength == model.stateCount)
        #expect(ukf.parameters["kappa"] == "\(Double(3 - model.stateCount))")
        #expect(ukf.algorithmID == "unscented-kalman-forward/1")
    }

    @Test("rejects a bad sample rate and kappa")
    func rejects() {
        #expect(throws: FilterConfigurationError.self) { try UnscentedKalmanSmoother(sampleRate: -30, processNoise: 1, measurementNoise: 1) }
        #expect(throws: FilterConfigurationError.self) { try UnscentedKalmanSmoother(sampleRate: 30, processNoise: 1, measurementNoise: 1, kappa: -5) }
    }
}
