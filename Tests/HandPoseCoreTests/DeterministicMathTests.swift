import Foundation
import Testing
@testable import HandPoseCore

@Suite("DeterministicMath")
struct DeterministicMathTests {
    @Test("sin and cos agree with libm to 1e-15")
    func sineCosine() {
        for step in -2000...2000 {
            let x = Double(step) * 0.01
            #expect(abs(DeterministicMath.sin(x) - Foundation.sin(x)) < 1e-15, "sin(\(x))")
            #expect(abs(DeterministicMath.cos(x) - Foundation.cos(x)) < 1e-15, "cos(\(x))")
        }
    }

    @Test("log agrees with libm to a relative 1e-15")
    func logarithm() {
        var x = 1e-12
        while x < 1e6 {
            let expected = Foundation.log(x)
            #expect(abs(DeterministicMath.log(x) - expected) <= 1e-15 * max(1, abs(expected)), "log(\(x))")
            x *= 1.37
        }
        #expect(DeterministicMath.log(1) == 0)
        #expect(DeterministicMath.log(0) == -.infinity)
        #expect(DeterministicMath.log(-1).isNaN)
    }

    @Test("log is bit for bit the original significand/exponent formulation, subnormals included")
    func logarithmBitIdentical() {
        /// The implementation the simulator's golden output was made with.
        func reference(_ x: Double) -> Double {
            var m = x.significand
            var e = Double(Int(x.exponent))
            if m > 1.414_213_562_373_095_1 {
                m /= 2
                e += 1
            }
            let s = (m - 1) / (m + 1)
            let s2 = s * s
            var sum = 0.0
            var k = 29.0
            while k >= 1 {
                sum = 1 / k + s2 * sum
                k -= 2
            }
            return e * 0.693_147_180_559_945_309_417 + 2 * s * sum
        }
        var generator = SeededGenerator(seed: 17)
        let samples = (0..<20_000).map { _ in Double(bitPattern: generator.next() >> 1) }  // every positive exponent
            + [Double.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, 1, 0x1p-104, 1.414_213_562_373_095_1]
        for x in samples where x.isFinite && x > 0 {
            #expect(DeterministicMath.log(x).bitPattern == reference(x).bitPattern, "log(\(x))")
        }
    }

    @Test("atan and acos agree with libm to 1e-15")
    func inverse() {
        for step in -1000...1000 {
            let c = Double(step) / 1000
            #expect(abs(DeterministicMath.acos(c) - Foundation.acos(c)) < 2e-15, "acos(\(c))")
            let t = Double(step) / 37
            #expect(abs(DeterministicMath.atan(t) - Foundation.atan(t)) < 1e-15, "atan(\(t))")
        }
        #expect(DeterministicMath.acos(1.0000001) == 0)
        #expect(DeterministicMath.acos(.nan).isNaN)
    }
}
