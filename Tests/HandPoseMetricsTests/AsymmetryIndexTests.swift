import HandPoseTestSupport
import Testing
@testable import HandPoseMetrics

@Suite("AsymmetryIndex")
struct AsymmetryIndexTests {
    /// golden.json `asymmetry`: golden.py::asym for (L, R) = (4, 5), (5, 4), (1, 3), (2.5, 2.5).
    @Test("matches golden.json asymmetry to 1e-12")
    func golden() {
        let cases = Golden.document["asymmetry"] as! [[String: Any]]
        #expect(cases.count == 4)
        for item in cases {
            let l = Golden.double(item["L"]), r = Golden.double(item["R"])
            let pairs: [(String, Double)] = [
                ("si_robinson_pct", AsymmetryIndex.symmetryIndexPercent(left: l, right: r)),
                ("normalised_diff_lr_over_sum", AsymmetryIndex.normalisedDifference(left: l, right: r)),
                ("ratio_max_norm", AsymmetryIndex.maxNormalised(left: l, right: r)),
                ("symmetry_ratio_l_over_r", AsymmetryIndex.ratio(left: l, right: r)),
                ("gait_asym_plotnik_pct", AsymmetryIndex.logRatioPercent(left: l, right: r)),
                ("symmetry_angle_zifchock_pct", AsymmetryIndex.symmetryAnglePercent(left: l, right: r)),
                // The bounded index is the normalised difference with the opposite sign.
                ("normalised_diff_lr_over_sum", -AsymmetryIndex.bounded(left: l, right: r)),
            ]
            for (key, actual) in pairs {
                expectClose([actual], [Golden.double(item[key])], relative: 0, absolute: 1e-12, "L=\(l) R=\(r) \(key)")
            }
        }
    }

    @Test("bounded index: sign, bounds and the SI relation")
    func bounded() {
        #expect(AsymmetryIndex.bounded(left: 0, right: 3) == 1)
        #expect(AsymmetryIndex.bounded(left: 3, right: 0) == -1)
        #expect(AsymmetryIndex.bounded(left: 2, right: 2) == 0)
        #expect(AsymmetryIndex.bounded(left: 1, right: 2) > 0)
        let si = AsymmetryIndex.symmetryIndexPercent(left: 1.3, right: 2.9)
        #expect(abs(si - 200 * AsymmetryIndex.bounded(left: 1.3, right: 2.9)) < 1e-12)
        #expect(AsymmetryIndex.symmetryAnglePercent(left: 1, right: 0) == -50)
    }

    @Test("outside the domain gives NaN", arguments: [(0.0, 0.0), (-1, 2), (2, -1), (.nan, 1), (.infinity, 1)])
    func domain(left: Double, right: Double) {
        #expect(AsymmetryIndex.bounded(left: left, right: right).isNaN)
        #expect(AsymmetryIndex.symmetryIndexPercent(left: left, right: right).isNaN)
        #expect(AsymmetryIndex.symmetryAnglePercent(left: left, right: right).isNaN)
    }

    @Test("log ratio and ratio need positive values")
    func logRatio() {
        #expect(AsymmetryIndex.logRatioPercent(left: 0, right: 2).isNaN)
        #expect(AsymmetryIndex.ratio(left: 2, right: 0).isNaN)
        #expect(AsymmetryIndex.ratio(left: 0, right: 2) == 0)
    }
}
