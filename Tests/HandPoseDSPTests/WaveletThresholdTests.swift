import Testing

@testable import HandPoseDSP

@Suite("WaveletThreshold")
struct WaveletThresholdTests {
    @Test("soft shrinks towards zero by λ and is odd, continuous and monotone")
    func softProperties() {
        let lambda = 0.7
        var previous = -Double.infinity
        for step in -400...400 {
            let c = Double(step) / 100
            let y = WaveletThreshold.soft.apply(c, threshold: lambda)
            #expect(abs(y - (c > 0 ? 1 : -1) * max(abs(c) - lambda, 0)) < 1e-15, "c = \(c)")
            #expect(y == -WaveletThreshold.soft.apply(-c, threshold: lambda))
            #expect(y >= previous)
            previous = y
        }
    }

    @Test("hard keeps |c| ≥ λ and zeroes the rest")
    func hardProperties() {
        for step in -400...400 {
            let c = Double(step) / 100
            #expect(WaveletThreshold.hard.apply(c, threshold: 0.7) == (abs(c) < 0.7 ? 0 : c), "c = \(c)")
        }
    }

    @Test("the boundary |c| = λ as pywt.threshold: soft gives 0, hard keeps c")
    func boundary() {
        #expect(WaveletThreshold.soft.apply(0.5, threshold: 0.5) == 0)
        #expect(WaveletThreshold.soft.apply(-0.5, threshold: 0.5) == 0)
        #expect(WaveletThreshold.hard.apply(0.5, threshold: 0.5) == 0.5)
        #expect(WaveletThreshold.hard.apply(-0.5, threshold: 0.5) == -0.5)
    }

    @Test("λ = 0 is the identity, and c = 0 gives 0 (PyWavelets' soft gives NaN there)")
    func zeroThreshold() {
        for c in [-2.5, -1e-300, 0, 3e-12, 7] {
            #expect(WaveletThreshold.soft.apply(c, threshold: 0) == c)
            #expect(WaveletThreshold.hard.apply(c, threshold: 0) == c)
        }
    }

    @Test("soft uses PyWavelets' formula c·(1 − λ/|c|) to the last bit")
    func softFormula() {
        for c in [0.1234567890123, -3.3, 1e-3, 17.25] {
            #expect(WaveletThreshold.soft.apply(c, threshold: 1e-4) == c * (1 - 1e-4 / abs(c)))
        }
    }

    @Test("the buffer form applies the rule to every value", arguments: WaveletThreshold.allCases)
    func buffer(rule: WaveletThreshold) {
        var values = [-2.0, -0.3, 0, 0.3, 0.5, 2]
        values.withUnsafeMutableBufferPointer { rule.apply(to: $0, threshold: 0.5) }
        #expect(values == [-2.0, -0.3, 0, 0.3, 0.5, 2].map { rule.apply($0, threshold: 0.5) })
    }

    @Test("names parse; unknown names throw")
    func names() throws {
        #expect(try WaveletThreshold(name: "Soft") == .soft)
        #expect(try WaveletThreshold(name: "hard") == .hard)
        #expect(throws: FilterConfigurationError.self) { try WaveletThreshold(name: "garrote") }
    }
}
