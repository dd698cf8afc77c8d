import HandPoseStatistics
import Testing

/// Welch's t, Mann-Whitney U and the effect sizes against scipy 1.17.1 on the cases of
/// `Fixtures/golden/statistics.json`: statistics to 1e-9 relative, p-values to 1e-9 relative or
/// 1e-12 absolute, whichever is looser (so at least 1e-9 absolute).
@Suite("Two-sample tests vs scipy")
struct TwoSampleGoldenTests {
    @Test("golden file loads with its cases and library versions")
    func loads() {
        #expect(StatisticsGolden.document.meta.scipy == "1.17.1")
        #expect(StatisticsGolden.cases.count >= 12)
    }

    @Test("Welch's t, df and p equal scipy.stats.ttest_ind(equal_var=False)", arguments: StatisticsGolden.cases)
    func welch(_ golden: StatisticsGolden.Case) throws {
        guard let expected = golden.welch else { return }
        let test = try WelchTTest(golden.x, golden.y)
        for (label, actual, reference) in [("t", test.t, expected.t), ("df", test.degreesOfFreedom, expected.df), ("p", test.pValue, expected.p)] {
            let (error, ok) = agreement(actual, reference)
            #expect(ok, "\(golden.name) \(label): \(actual) vs scipy \(reference), error \(error)")
            print("welch \(golden.name) \(label) error \(error) (relative \(error / abs(reference)))")
        }
    }

    @Test("Mann-Whitney U, method and p equal scipy.stats.mannwhitneyu (method='auto')", arguments: StatisticsGolden.cases)
    func mannWhitney(_ golden: StatisticsGolden.Case) throws {
        let test = try MannWhitneyU(golden.x, golden.y)
        #expect(test.u == golden.mann_whitney.u, "\(golden.name)")
        #expect(test.method.rawValue == golden.mann_whitney.method!, "\(golden.name)")
        #expect(test.hasTies == golden.ties)
        let (error, ok) = agreement(test.pValue, golden.mann_whitney.p)
        #expect(ok, "\(golden.name) p: \(test.pValue) vs scipy \(golden.mann_whitney.p), error \(error)")
        print("mwu \(golden.name) \(test.method.rawValue) p error \(error) (relative \(error / golden.mann_whitney.p))")
    }

    @Test("both branches of Mann-Whitney on every case: asymptotic always, exact without ties", arguments: StatisticsGolden.cases)
    func mannWhitneyBranches(_ golden: StatisticsGolden.Case) throws {
        let asymptotic = try MannWhitneyU(golden.x, golden.y, method: .asymptotic)
        #expect(asymptotic.u == golden.mann_whitney_asymptotic.u)
        let (error, ok) = agreement(asymptotic.pValue, golden.mann_whitney_asymptotic.p)
        #expect(ok, "\(golden.name) asymptotic p: \(asymptotic.pValue) vs scipy \(golden.mann_whitney_asymptotic.p)")
        print("mwu \(golden.name) asymptotic p error \(error)")
        if let exact = golden.mann_whitney_exact {
            let test = try MannWhitneyU(golden.x, golden.y, method: .exact)
            #expect(test.u == exact.u)
            #expect(test.z == nil)
            let (error, ok) = agreement(test.pValue, exact.p)
            #expect(ok, "\(golden.name) exact p: \(test.pValue) vs scipy \(exact.p)")
            print("mwu \(golden.name) exact p error \(error)")
        } else {
            #expect(throws: TwoSampleTestError.self) { try MannWhitneyU(golden.x, golden.y, method: .exact) }
        }
    }

    @Test("effect sizes equal their numpy formulas (statistics.json)", arguments: StatisticsGolden.cases)
    func effectSizes(_ golden: StatisticsGolden.Case) throws {
        let ranks = try MannWhitneyU(golden.x, golden.y)
        #expect(agreement(ranks.rankBiserial, golden.effect_sizes["rank_biserial"]!).ok)
        #expect(agreement(ranks.commonLanguageEffectSize, golden.effect_sizes["common_language"]!).ok)
        guard let d = golden.effect_sizes["cohen_d"] else { return }
        let effect = try StandardizedMeanDifference(golden.x, golden.y)
        #expect(agreement(effect.cohenD, d).ok, "\(golden.name) d \(effect.cohenD) vs \(d)")
        print("effect \(golden.name) d relative error \(abs(effect.cohenD - d) / abs(d)), g \(abs(effect.hedgesG - golden.effect_sizes["hedges_g"]!) / abs(d))")
        #expect(agreement(effect.hedgesG, golden.effect_sizes["hedges_g"]!).ok, "\(golden.name) g")
        #expect(agreement(effect.pooledStandardDeviation, golden.effect_sizes["pooled_sd"]!).ok)
        let m = Double(golden.x.count + golden.y.count - 2)
        #expect(agreement(StandardizedMeanDifference.correction(m), golden.effect_sizes["hedges_j"]!, relative: 1e-12).ok)
    }
}
