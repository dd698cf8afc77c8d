import HandPoseNumerics
import Testing
@testable import HandPoseDSP

@Suite("KalmanSmoother")
struct KalmanSmootherTests {
    @Test("apply writes the positions of KalmanFilter.smooth / .filter with the default start", arguments: MotionModel.allCases, [true, false])
    func applyMatchesLowerLevel(model: MotionModel, smooth: Bool) throws {
        let seed: UInt64 = 5
        let (_, z) = noisySmoothSignal(count: 400, sampleRate: 60, noise: 0.8, seed: seed)
        let smoother = try KalmanSmoother(model: model, sampleRate: 60, processNoise: 1e4, measurementNoise: 0.64, smooth: smooth)
        let expected = smooth ? smoother.filter.smooth(z).positions : smoother.filter.filter(z).positions
        #expect(smoother.apply(z) == expected, "seed \(seed)")
        #expect(smoother.algorithmID == (smooth ? "kalman-rts/1" : "kalman-forward/1"))
        #expect(smoother.parameters["model"] == model.rawValue)
        #expect(smoother.minimumLength == model.stateCount)
    }

    @Test("millimetre-scale data: the default start follows a fast movement at once", arguments: MotionModel.allCases)
    func defaultStartOnMillimetreData(model: MotionModel) throws {
        // A hand moving at 800 mm/s from the first frame, 1 mm measurement noise, 30 fps.
        let seed: UInt64 = 8
        let (_, noise) = noisySmoothSignal(count: 60, sampleRate: 30, noise: 1, seed: seed)
        let base = noisySmoothSignal(count: 60, sampleRate: 30, noise: 0, seed: seed).truth
        let truth = (0..<60).map { 250 + 800 * Double($0) / 30 }
        let z = zip(truth, zip(noise, base)).map { $0 + ($1.0 - $1.1) }
        let smoother = try KalmanSmoother(model: model, sampleRate: 30, processNoise: 1e4, measurementNoise: 1)
        let output = smoother.apply(z)
        for k in 0..<z.count { #expect(abs(output[k] - truth[k]) < 5, "seed \(seed), k \(k), z \(z[k] - truth[k])") }
    }

    @Test("names the bad parameter")
    func rejects() {
        #expect(throws: FilterConfigurationError(parameter: "sampleRate", "sampleRate 0.0 Hz must be positive and finite")) {
            try KalmanSmoother(sampleRate: 0, processNoise: 1, measurementNoise: 1)
        }
        #expect(throws: FilterConfigurationError(parameter: "processNoise", "processNoise 0.0 must be positive and finite")) {
            try KalmanSmoother(sampleRate: 30, processNoise: 0, measurementNoise: 1)
        }
    }
}
