import Foundation
import Testing
@testable import HandPoseCore

@Suite("DeterministicMath.exp")
struct DeterministicExpTests {
    /// Relative error of `value` against libm's (correctly rounded in practice) exp.
    static func relativeError(_ x: Double) -> Double {
        let expected = Foundation.exp(x)
        return abs(DeterministicMath.exp(x) - expected) / expected
    }

    @Test("agrees with libm to 2 ulp over the normal range")
    func normalRange() {
        var worst = 0.0
        var x = -708.0
        while x < 709 {
            worst = max(worst, Self.relativeError(x))
            x += 0.01234567
        }
        #expect(worst < 4.5e-16, "worst relative error \(worst)")
    }

    @Test("underflows through the subnormals to 0, overflows to infinity, keeps NaN")
    func edges() {
        for x in stride(from: -745.0, to: -708.5, by: 0.37) {
            let expected = Foundation.exp(x)
            // One rounding in the subnormal range: within one unit of the smallest subnormal's scale.
            #expect(abs(DeterministicMath.exp(x) - expected) <= max(expected * 1e-15, Double.leastNonzeroMagnitude), "exp(\(x))")
        }
        #expect(DeterministicMath.exp(-746) == 0)
        #expect(DeterministicMath.exp(-1e300) == 0)
        #expect(DeterministicMath.exp(710) == .infinity)
        #expect(DeterministicMath.exp(.infinity) == .infinity)
        #expect(DeterministicMath.exp(-.infinity) == 0)
        #expect(DeterministicMath.exp(.nan).isNaN)
        #expect(DeterministicMath.exp(0) == 1)
    }

    @Test("eight lanes give the scalar results bit for bit")
    func vectorMatchesScalar() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<2000 {
            var lanes = SIMD8<Double>()
            for lane in 0..<8 { lanes[lane] = generator.nextUniform(in: -760..<720) }
            lanes[3] = .nan
            let vector = DeterministicMath.exp(lanes)
            for lane in 0..<8 {
                let scalar = DeterministicMath.exp(lanes[lane])
                #expect(vector[lane].bitPattern == scalar.bitPattern || (vector[lane].isNaN && scalar.isNaN), "lane \(lane): exp(\(lanes[lane]))")
            }
        }
    }
}
