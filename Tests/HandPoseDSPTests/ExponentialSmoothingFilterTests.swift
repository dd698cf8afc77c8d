import HandPoseTestSupport
import HandPoseCore
import Testing
@testable import HandPoseDSP

@Suite("Exponential smoothing")
struct ExponentialSmoothingFilterTests {
    @Test("a constant stays constant in both directions",
          arguments: ExponentialSmoothingFilter.Direction.allCases, [1.0, 0.3, 0.01])
    func constantsPreserved(direction: ExponentialSmoothingFilter.Direction, alpha: Double) throws {
        let x = [Double](repeating: 4.5, count: 31)
        let y = try ExponentialSmoothingFilter(alpha: alpha, direction: direction).apply(x)
        expectClose(y, x, relative: 1e-14, absolute: 0, "\(direction) α \(alpha)")
    }

    @Test("alpha 1 is the identity", arguments: ExponentialSmoothingFilter.Direction.allCases)
    func identity(direction: ExponentialSmoothingFilter.Direction) throws {
        var random = SeededGenerator(seed: 5)
        let x = (0..<20).map { _ in random.nextGaussian() }
        #expect(try ExponentialSmoothingFilter(alpha: 1, direction: direction).apply(x) == x)
    }

    @Test("zero-phase is the forward pass applied to the reversed forward output, reversed")
    func zeroPhaseDefinition() throws {
        let seed: UInt64 = 77
        var random = SeededGenerator(seed: seed)
        let x = (0..<500).map { _ in random.nextGaussian() }
        let forward = try ExponentialSmoothingFilter(alpha: 0.2)
        let twice = Array(forward.apply(Array(forward.apply(x).reversed())).reversed())
        expectClose(try ExponentialSmoothingFilter(alpha: 0.2, direction: .zeroPhase).apply(x), twice,
                    relative: 0, absolute: 0, "seed \(seed)")
    }

    @Test("zero-phase has no lag: a symmetric pulse stays centred")
    func zeroPhaseIsSymmetric() throws {
        var x = [Double](repeating: 0, count: 201)
        x[100] = 1
        // Far from the ends the response is symmetric about the pulse.
        let y = try ExponentialSmoothingFilter(alpha: 0.3, direction: .zeroPhase).apply(x)
        for k in 1...30 { #expect(abs(y[100 - k] - y[100 + k]) <= 1e-15, "lag \(k)") }
    }

    @Test("golden smoothing_simple: EMA alpha 0.3 (pandas ewm adjust=False)")
    func matchesGolden() throws {
        let block = Golden.object("smoothing_simple")
        let expected = Golden.doubles(block["ema_alpha_0p3"])
        let y = try ExponentialSmoothingFilter(alpha: 0.3).apply(Golden.doubles(block["x"]))
        expectClose(y, expected, relative: 1e-12, absolute: 1e-14, "ema 0.3")
        print("EMA golden.json worst relative error \(worstRelativeError(y, expected))")
    }

    @Test("forward and zero-phase match the Python definition for several alphas (fir.json)")
    func matchesFIRGolden() throws {
        var worst = 0.0
        for testCase in FIRGolden.cases("exponential_smoothing") {
            let x = FIRGolden.input(of: testCase)
            let alpha = Golden.double(testCase["alpha"])
            for (key, direction) in [("forward", ExponentialSmoothingFilter.Direction.forward), ("zero_phase", .zeroPhase)] {
                let expected = Golden.doubles(testCase[key])
                let y = try ExponentialSmoothingFilter(alpha: alpha, direction: direction).apply(x)
                worst = max(worst, worstRelativeError(y, expected))
                expectClose(y, expected, relative: 1e-12, absolute: 1e-14, "\(key) α \(alpha)")
            }
        }
        print("EMA fir.json worst relative error \(worst)")
    }

    @Test("alpha must lie in (0, 1]", arguments: [0.0, -0.5, 1.5, .nan, .infinity])
    func rejectsAlpha(alpha: Double) {
        do {
            _ = try ExponentialSmoothingFilter(alpha: alpha)
            Issue.record("alpha \(alpha) accepted")
        } catch { #expect(error.parameter == "alpha") }
    }

    @Test("parameters and algorithm ID")
    func describes() throws {
        let filter = try ExponentialSmoothingFilter(alpha: 0.25, direction: .zeroPhase)
        #expect(filter.parameters == ["alpha": "0.25", "direction": "zeroPhase"])
        #expect(filter.algorithmID == "exponential-smoothing/1")
        #expect(filter.minimumLength == 1)
    }
}
