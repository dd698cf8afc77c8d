import HandPoseTestSupport
import Testing
@testable import HandPoseDSP

@Suite("Savitzky-Golay design")
struct SavitzkyGolayTests {
    @Test("weights reproduce every polynomial up to the order, derivatives included",
          arguments: [(5, 2, 0), (7, 3, 1), (11, 2, 2), (15, 4, 2), (21, 3, 1), (9, 0, 0), (1, 0, 0), (31, 6, 2)])
    func reproducesPolynomials(window: Int, polyorder: Int, derivative: Int) throws {
        let delta = 0.04
        let w = try SavitzkyGolay.coefficients(window: window, polyorder: polyorder, derivative: derivative, delta: delta)
        let half = window / 2
        for degree in 0...polyorder {
            // q(t) = (t·Δ)^degree, so q^(d) at t = 0 in time units is degree! if d == degree, else 0.
            var sum = 0.0
            for k in 0..<window { sum += w[k] * SavitzkyGolay.integerPower(Double(k - half) * delta, degree) }
            var expected = 0.0
            if degree == derivative { expected = (1...max(1, degree)).reduce(1.0) { $0 * Double($1) } }
            #expect(abs(sum - expected) <= 1e-9 * max(1, abs(expected)), "W \(window) p \(polyorder) d \(derivative): t^\(degree) gives \(sum), expected \(expected)")
        }
    }

    @Test("W = 5, p = 2 gives [−3, 12, 17, 12, −3] / 35")
    func textbookWeights() throws {
        let w = try SavitzkyGolay.coefficients(window: 5, polyorder: 2)
        expectClose(w, [-3, 12, 17, 12, -3].map { $0 / 35 }, relative: 1e-14, absolute: 1e-15, "W5 p2")
    }

    @Test("weights match scipy savgol_coeffs (reversed conv order) for every golden case")
    func matchesScipyCoefficients() throws {
        let cases = (Golden.object("savgol")["cases"] as? [[String: Any]] ?? []) + FIRGolden.cases("savgol")
        #expect(cases.count >= 40)
        for testCase in cases {
            let window = FIRGolden.int(testCase["window_length"]), polyorder = FIRGolden.int(testCase["polyorder"])
            let derivative = FIRGolden.int(testCase["deriv"]), delta = Golden.double(testCase["delta"])
            let w = try SavitzkyGolay.coefficients(window: window, polyorder: polyorder, derivative: derivative, delta: delta)
            expectClose(w, Array(Golden.doubles(testCase["coeffs_conv"]).reversed()), relative: 1e-10, absolute: 1e-12,
                        "coeffs W \(window) p \(polyorder) d \(derivative)")
        }
    }

    @Test("invalid designs throw with the parameter named",
          arguments: [(4, 2, 0, 1.0, "window"), (0, 0, 0, 1.0, "window"), (-3, 0, 0, 1.0, "window"),
                      (5, 5, 0, 1.0, "polyorder"), (5, -1, 0, 1.0, "polyorder"), (7, 2, 3, 1.0, "derivative"),
                      (7, 2, -1, 1.0, "derivative"), (7, 2, 1, 0.0, "delta"), (7, 2, 1, .nan, "delta")])
    func rejectsInvalid(window: Int, polyorder: Int, derivative: Int, delta: Double, parameter: String) {
        do {
            _ = try SavitzkyGolay.coefficients(window: window, polyorder: polyorder, derivative: derivative, delta: delta)
            Issue.record("W \(window) p \(polyorder) d \(derivative) Δ \(delta) was accepted")
        } catch {
            #expect(error.parameter == parameter, "\(error.message)")
            #expect(!error.message.isEmpty)
        }
    }
}
