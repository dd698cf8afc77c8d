import HandPoseCore
import HandPoseStatistics
import Testing

@Suite("Two-sample tests: edge cases and properties")
struct TwoSampleEdgeCaseTests {
    @Test("too few values, NaN and infinity are typed errors that name the numbers")
    func invalidSamples() {
        #expect(throws: TwoSampleTestError.self) { try WelchTTest([1], [1, 2, 3]) }
        do {
            _ = try WelchTTest([1], [1, 2, 3])
        } catch {
            #expect(error.code == .tooFewValues)
            #expect(error.message.contains("got 1 and 3"))
        }
        do {
            _ = try MannWhitneyU([1, .nan], [2, 3])
            Issue.record("NaN accepted")
        } catch {
            #expect(error.code == .nonFiniteValue)
            #expect(error.message.contains("value 1 of the first sample is nan"))
        }
        #expect(throws: TwoSampleTestError.self) { try MannWhitneyU([], [1]) }
        #expect(throws: TwoSampleTestError.self) { try StandardizedMeanDifference([1, 2], [.infinity, 3]) }
    }

    @Test("both samples constant: zero variance for t and d; all equal: no ranks")
    func constantSamples() {
        do {
            _ = try WelchTTest([2, 2, 2], [3, 3])
            Issue.record("accepted")
        } catch { #expect(error.code == .zeroVariance) }
        do {
            _ = try StandardizedMeanDifference([2, 2, 2], [3, 3])
            Issue.record("accepted")
        } catch { #expect(error.code == .zeroVariance) }
        do {
            _ = try MannWhitneyU([4, 4, 4], [4, 4])
            Issue.record("accepted")
        } catch { #expect(error.code == .allValuesEqual) }
        // Constant but different samples still have ranks: the asymptotic test (ties) applies.
        #expect((try? MannWhitneyU([2, 2, 2], [3, 3]))?.method == .asymptotic)
    }

    @Test("one value per sample: Mann-Whitney is exact with p = 1")
    func singleValues() throws {
        let test = try MannWhitneyU([1], [2])
        #expect(test.method == .exact && test.pValue == 1 && test.u == 0)
    }

    @Test("swapping the samples flips t, d, g and the rank-biserial r and keeps p")
    func antisymmetry() throws {
        let x = [1.2, 3.4, 2.2, 5.0, 4.1, 2.8, 3.3], y = [4.4, 6.1, 5.5, 3.9, 7.2, 6.6, 5.1, 4.8, 6.9, 5.7]
        let forward = try WelchTTest(x, y), backward = try WelchTTest(y, x)
        #expect(forward.t == -backward.t && forward.pValue == backward.pValue && forward.degreesOfFreedom == backward.degreesOfFreedom)
        let u = try MannWhitneyU(x, y), v = try MannWhitneyU(y, x)
        #expect(u.u + v.u == Double(x.count * y.count))
        #expect(abs(u.pValue - v.pValue) < 1e-15 && abs(u.rankBiserial + v.rankBiserial) < 1e-15)
        let d = try StandardizedMeanDifference(x, y), e = try StandardizedMeanDifference(y, x)
        #expect(d.cohenD == -e.cohenD && d.hedgesG == -e.hedgesG && d.magnitude == .large)
    }

    @Test("exact U: completely separated samples give p = 2/C(m+n, m)", arguments: [(1, 1), (3, 5), (7, 7), (8, 40)])
    func exactDistribution(m: Int, n: Int) throws {
        let x = (0..<m).map(Double.init), y = (m..<(m + n)).map(Double.init)
        let test = try MannWhitneyU(x, y, method: .exact)
        #expect(test.u == 0)
        // U = 0 is the most extreme: p = 2/C(m+n, m).
        var binomial = 1.0
        for i in 1...m { binomial = binomial * Double(n + i) / Double(i) }
        #expect(abs(test.pValue - min(1, 2 / binomial)) <= 1e-14 * max(1e-300, 2 / binomial))
    }

    @Test("exact and asymptotic p-values approach each other for larger samples")
    func exactVersusAsymptotic() throws {
        var generator = SeededGenerator(seed: 7)
        let x = (0..<30).map { _ in generator.nextGaussian() }, y = (0..<30).map { _ in generator.nextGaussian() + 0.6 }
        let exact = try MannWhitneyU(x, y, method: .exact), normal = try MannWhitneyU(x, y, method: .asymptotic)
        #expect(abs(exact.pValue - normal.pValue) < 2e-3, "exact \(exact.pValue), asymptotic \(normal.pValue)")
    }

    @Test("Cohen's labels", arguments: [(0.1, "negligible"), (-0.3, "small"), (0.79, "medium"), (-0.8, "large"), (2.5, "large")])
    func magnitude(value: Double, label: String) {
        #expect(StandardizedMeanDifference.Magnitude(value).rawValue == label)
    }
}
