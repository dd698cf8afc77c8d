import Foundation
import HandPoseCore
import Testing
@testable import HandPoseDSP

@Suite("MeasurementNoiseEstimate")
struct MeasurementNoiseEstimateTests {
    @Test("white noise on a smooth signal: σ within 5 %", arguments: [0.5, 2.0, 5.0])
    func whiteNoise(sigma: Double) {
        let (_, z) = noisySmoothSignal(count: 4000, sampleRate: 60, noise: sigma, seed: 4)
        let estimate = MeasurementNoiseEstimate.variance(of: z).squareRoot()
        #expect(abs(estimate / sigma - 1) < 0.05, "σ \(sigma): estimated \(estimate)")
    }

    @Test("a strong tremor at a low frame rate raises the estimate, never lowers it")
    func errsHigh() {
        var generator = SeededGenerator(seed: 8)
        let z = (0..<1800).map { (k: Int) -> Double in
            let phase = 2 * Double.pi * 5 * Double(k) / 30
            return 2 * sin(phase) + generator.nextGaussian()
        }
        let estimate = MeasurementNoiseEstimate.variance(of: z).squareRoot()
        #expect(estimate > 1 && estimate < 2, "estimated \(estimate)")
    }

    @Test("outliers barely move it (median, not variance)")
    func outliers() {
        var (_, z) = noisySmoothSignal(count: 2000, sampleRate: 60, noise: 1, seed: 5)
        for k in stride(from: 50, to: 2000, by: 100) { z[k] += 200 }
        let estimate = MeasurementNoiseEstimate.variance(of: z).squareRoot()
        #expect(abs(estimate - 1) < 0.1, "estimated \(estimate)")
    }

    @Test("a noiseless or short signal gets the positive floor")
    func floor() {
        #expect(abs(MeasurementNoiseEstimate.variance(of: [Double](repeating: 3, count: 100)) / 9e-18 - 1) < 1e-12)
        #expect(MeasurementNoiseEstimate.variance(of: [Double](repeating: 0, count: 100)) > 0)
        #expect(abs(MeasurementNoiseEstimate.variance(of: [5, 6]) / 36e-18 - 1) < 1e-12)
    }
}
