import Testing
@testable import HandPoseMetrics

@Suite("RangeOfMotionStatistics")
struct RangeOfMotionStatisticsTests {
    /// numpy 2.4.6: `np.percentile([3,1,4,1,5,9,2,6,5,3,5], p)`.
    @Test("percentiles interpolate linearly like numpy", arguments: [(0.0, 1.0), (2, 1), (25, 2.5), (50, 4), (98, 8.400000000000002), (100, 9)])
    func numpy(p: Double, expected: Double) {
        let sorted = [3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5].sorted()
        #expect(abs(RangeOfMotionStatistics.percentile(sorted: sorted, p) - expected) < 1e-12)
    }

    @Test("empty gives NaN, one value gives itself")
    func edges() {
        #expect(RangeOfMotionStatistics.percentile(sorted: [], 50).isNaN)
        #expect(RangeOfMotionStatistics.percentile(sorted: [7], 98) == 7)
        #expect(RangeOfMotionStatistics.medianInterval([0]).isNaN)
        #expect(RangeOfMotionStatistics.medianInterval([0, 0.1, 0.2, 0.5]) == 0.1)
    }
}
