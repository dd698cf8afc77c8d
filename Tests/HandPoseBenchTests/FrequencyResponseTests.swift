import Foundation
import HandPoseCore
import HandPoseDSP
import Testing
@testable import HandPoseBench

@Suite("FrequencyResponse")
struct FrequencyResponseTests {
    /// A sum of sinusoids plus a slow drift, sampled at `fs` over `seconds`.
    static func signal(fs: Double = 60, seconds: Double = 10, delay: Double = 0) -> (times: [Double], values: [Double]) {
        let times = (0..<Int(fs * seconds)).map { Double($0) / fs }
        let values = times.map { t in
            let u = t - delay
            return 2 * sin(2 * .pi * 5 * u + 0.3) + 0.5 * sin(2 * .pi * 1.3 * u) + 3 * u
        }
        return (times, values)
    }

    @Test("a pure delay and gain are recovered at the frequency", arguments: [0.0, 0.01, -0.02])
    func delayAndGain(delay: Double) throws {
        let reference = Self.signal()
        let output = Self.signal(delay: delay).values.map { 0.5 * $0 }
        let response = try #require(FrequencyResponse.estimate(reference: [reference.values], output: [output], times: reference.times, frequencyHz: 5))
        // The drift term is delayed too; detrending removes it from both.
        #expect(abs(response.amplitudeRatio - 0.5) < 0.005)
        #expect(abs(response.lagSeconds - delay) < 2e-4, "lag \(response.lagSeconds) s for \(delay) s")
    }

    @Test("a causal exponential smoother: the estimate matches its transfer function α / (1 − (1 − α)e^{−iωT})")
    func exponential() throws {
        let (times, values) = Self.signal()
        let filter = try ExponentialSmoothingFilter(alpha: 0.4, direction: .forward)
        let response = try #require(FrequencyResponse.estimate(reference: [values], output: [filter.apply(values)], times: times, frequencyHz: 5))
        let omega = 2 * Double.pi * 5 / 60
        let real = 1 - 0.6 * cos(omega), imaginary = 0.6 * sin(omega)
        #expect(abs(response.amplitudeRatio - 0.4 / (real * real + imaginary * imaginary).squareRoot()) < 0.01)
        #expect(abs(response.lagSeconds - atan2(imaginary, real) / (2 * .pi * 5)) < 5e-4)
    }

    @Test("noise uncorrelated with the reference averages out over channels; gaps split the stretches")
    func noiseAndGaps() throws {
        var generator = SeededGenerator(seed: 5)
        let (times, clean) = Self.signal()
        var references: [[Double]] = [], outputs: [[Double]] = []
        for channel in 0..<30 {
            var reference = clean, output = clean.map { $0 + generator.nextGaussian() }
            for index in stride(from: 100 + channel, to: 140 + channel, by: 1) {
                reference[index] = .nan
                output[index] = .nan
            }
            output[300] = .nan
            references.append(reference)
            outputs.append(output)
        }
        let response = try #require(FrequencyResponse.estimate(reference: references, output: outputs, times: times, frequencyHz: 5))
        #expect(abs(response.amplitudeRatio - 1) < 0.01)
        #expect(abs(response.lagSeconds) < 5e-4)
    }

    @Test("no estimate without power or without a long enough stretch")
    func notComputable() {
        let times = (0..<600).map { Double($0) / 60 }
        let zero = [Double](repeating: 1, count: 600)
        #expect(FrequencyResponse.estimate(reference: [zero], output: [zero], times: times, frequencyHz: 5) == nil)
        let short = times.indices.map { $0 % 10 == 0 ? Double.nan : sin(Double($0)) }
        #expect(FrequencyResponse.estimate(reference: [short], output: [short], times: times, frequencyHz: 5) == nil)
        #expect(FrequencyResponse.estimate(reference: [], output: [], times: times, frequencyHz: 5) == nil)
    }
}
