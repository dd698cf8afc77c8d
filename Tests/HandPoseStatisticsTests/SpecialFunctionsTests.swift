import Foundation
import HandPoseStatistics
import Testing

@Suite("Special functions")
struct SpecialFunctionsTests {
    @Test("log-gamma matches scipy.special.gammaln to 1e-13 relative (statistics.json)")
    func logGamma() {
        var worst = 0.0
        for row in StatisticsGolden.document.gammaln.cases {
            let x = row.x, expected = row.value
            let actual = SpecialFunctions.logGamma(x)
            let error = abs(actual - expected) / max(1, abs(expected))
            worst = max(worst, error)
            #expect(error < 1e-13, "lnΓ(\(x)) = \(actual), scipy \(expected)")
        }
        print("gammaln worst relative error \(worst)")
    }

    @Test("log-gamma at integers is ln((n−1)!)")
    func factorials() {
        var factorial = 1.0
        for n in 1...30 {
            #expect(abs(SpecialFunctions.logGamma(Double(n)) - log(factorial)) <= 1e-13 * max(1, log(factorial)), "n = \(n)")
            factorial *= Double(n)
        }
        #expect(SpecialFunctions.logGamma(0).isNaN)
        #expect(SpecialFunctions.logGamma(-1).isNaN)
    }

    @Test("log-beta agrees with log-gammas and keeps its accuracy for large arguments")
    func logBeta() {
        for (a, b) in [(0.5, 0.5), (2.0, 3.0), (12.5, 0.5), (0.5, 5000.0), (300.0, 400.0)] {
            let direct = SpecialFunctions.logGamma(a) + SpecialFunctions.logGamma(b) - SpecialFunctions.logGamma(a + b)
            #expect(abs(SpecialFunctions.logBeta(a, b) - direct) <= 1e-12 * max(1, abs(direct)), "B(\(a), \(b))")
        }
        // B(a, 1/2) for large a: √π·Γ(a)/Γ(a+½) ≈ √(π/a)·(1 + 1/(8a)), so ln B → ½ln(π/a) + 1/(8a).
        let a = 1e8
        #expect(abs(SpecialFunctions.logBeta(a, 0.5) - (0.5 * log(Double.pi / a) + 1 / (8 * a))) < 1e-14)
    }

    @Test("regularized incomplete beta matches scipy.special.betainc to 1e-12 relative (statistics.json)")
    func incompleteBeta() {
        var worst = 0.0
        for row in StatisticsGolden.document.betainc.cases {
            let (a, b, x, expected) = (row.a, row.b, row.x, row.value)
            let actual = SpecialFunctions.regularizedIncompleteBeta(a, b, x)
            let (error, ok) = agreement(actual, expected, relative: 1e-12, absolute: 1e-15)
            worst = max(worst, error / max(abs(expected), 1e-300))
            #expect(ok, "I_\(x)(\(a), \(b)) = \(actual), scipy \(expected)")
        }
        print("betainc worst relative error \(worst)")
    }

    @Test("incomplete beta: bounds, symmetry I_x(a,b) = 1 − I_{1−x}(b,a), closed forms")
    func incompleteBetaProperties() {
        #expect(SpecialFunctions.regularizedIncompleteBeta(2, 3, 0) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(2, 3, 1) == 1)
        #expect(SpecialFunctions.regularizedIncompleteBeta(2, 3, 1.5).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(0, 3, 0.5).isNaN)
        for (a, b, x) in [(0.7, 2.5, 0.3), (4.0, 4.0, 0.61), (30.0, 0.5, 0.97)] {
            let sum = SpecialFunctions.regularizedIncompleteBeta(a, b, x) + SpecialFunctions.regularizedIncompleteBeta(b, a, 1 - x)
            #expect(abs(sum - 1) < 1e-14)
        }
        // I_x(a, 1) = x^a and I_x(1, b) = 1 − (1−x)^b.
        for x in stride(from: 0.05, through: 0.95, by: 0.1) {
            #expect(abs(SpecialFunctions.regularizedIncompleteBeta(3.5, 1, x) - pow(x, 3.5)) < 1e-14)
            #expect(abs(SpecialFunctions.regularizedIncompleteBeta(1, 2.5, x) - (1 - pow(1 - x, 2.5))) < 1e-14)
        }
    }

    @Test("Student t survival matches scipy.stats.t.sf to 1e-12 relative (statistics.json)")
    func studentT() {
        var worst = 0.0
        for row in StatisticsGolden.document.t_sf.cases {
            let (t, df, expected) = (row.t, row.df, row.sf)
            let actual = StudentT.survival(t, degreesOfFreedom: df)
            let (error, ok) = agreement(actual, expected, relative: 1e-12, absolute: 1e-16)
            worst = max(worst, error / expected)
            #expect(ok, "sf(\(t); \(df)) = \(actual), scipy \(expected)")
        }
        print("t.sf worst relative error \(worst)")
        // ν = 1 is the Cauchy distribution: P(T > t) = ½ − atan(t)/π.
        for t in [-3.0, -0.4, 0.0, 0.9, 7.0] {
            #expect(abs(StudentT.survival(t, degreesOfFreedom: 1) - (0.5 - atan(t) / Double.pi)) < 1e-14)
            #expect(abs(StudentT.cdf(t, degreesOfFreedom: 1) + StudentT.survival(t, degreesOfFreedom: 1) - 1) < 1e-15)
        }
        #expect(StudentT.twoSidedTail(.infinity, degreesOfFreedom: 3) == 0)
        #expect(StudentT.twoSidedTail(.nan, degreesOfFreedom: 3).isNaN)
        #expect(StudentT.twoSidedTail(1, degreesOfFreedom: 0).isNaN)
    }

    @Test("standard normal CDF matches scipy.special.ndtr to 1e-13 relative (statistics.json)")
    func normal() {
        for row in StatisticsGolden.document.ndtr.cases {
            let (z, expected) = (row.z, row.value)
            #expect(agreement(StandardNormal.cdf(z), expected, relative: 1e-13, absolute: 0).ok, "Φ(\(z))")
            #expect(abs(StandardNormal.survival(-z) - expected) <= 1e-13 * expected, "1 − Φ(−\(z))")
        }
    }
}
