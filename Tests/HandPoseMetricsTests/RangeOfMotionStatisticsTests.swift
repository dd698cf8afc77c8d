import HandPoseCore
import Testing
@testable import HandPoseMetrics

@Suite("RangeOfMotionStatistics")
struct RangeOfMotionStatisticsTests {
    /// numpy 2.4.6: `np.percentile([3,1,4,1,5,9,2,6,5,3,5], p)`.
    @Test("percentiles interpolate linearly like numpy", arguments: [(0.0, 1.0), (2, 1), (25, 2.5), (50, 4), (98, 8.400000000000002), (100, 9)])
    func numpy(p: Double, expected: Double) {
        let sorted = [3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5].sorted()
        #expect(abs({ var copy = sorted; return OrderStatistics.percentile(p, of: &copy) }() - expected) < 1e-12)
    }

    @Test("empty gives NaN, one value gives itself")
    func edges() {
        #expect({ var empty: [Double] = []; return OrderStatistics.percentile(50, of: &empty) }().isNaN)
        #expect({ var one: [Double] = [7]; return OrderStatistics.percentile(98, of: &one) }() == 7)
        #expect(RangeOfMotionStatistics.medianInterval([0]).isNaN)
        #expect(RangeOfMotionStatistics.medianInterval([0, 0.1, 0.2, 0.5]) == 0.1)
    }
}
