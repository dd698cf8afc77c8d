import Testing
@testable import HandPoseCore

@Suite("OrderStatistics")
struct OrderStatisticsTests {
    /// Percentile of a sorted copy, type 7, the reference.
    private func reference(_ p: Double, _ values: [Double]) -> Double {
        let sorted = values.sorted()
        let h = Double(sorted.count - 1) * p / 100
        let lower = Int(h.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }

    @Test("selection and percentiles equal a full sort on seeded random inputs", arguments: [1 as UInt64, 2, 3, 4])
    func random(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for count in [1, 2, 3, 10, 101, 1000] {
            let values = (0..<count).map { _ in (generator.nextUniform() * 20).rounded() - 10 }  // many ties
            for p in [0.0, 2, 25, 50, 97.5, 98, 100] {
                var copy = values
                #expect(OrderStatistics.percentile(p, of: &copy) == reference(p, values), "seed \(seed) n \(count) p \(p)")
            }
            for k in [0, count / 2, count - 1] {
                var copy = values
                #expect(OrderStatistics.select(k, in: &copy) == values.sorted()[k], "seed \(seed) n \(count) k \(k)")
            }
        }
    }

    @Test("the median equals the middle of a sorted copy, bit for bit, odd and even counts", arguments: [5 as UInt64, 6, 7])
    func median(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for count in [1, 2, 3, 4, 10, 11, 100, 1001, 1800] {
            for ties in [true, false] {
                let values = (0..<count).map { _ in ties ? (generator.nextUniform() * 20).rounded() - 10 : generator.nextUniform() * 0.1 + 0.03 }
                let sorted = values.sorted(), middle = count / 2
                let expected = count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
                var copy = values
                #expect(OrderStatistics.median(of: &copy).bitPattern == expected.bitPattern, "seed \(seed) n \(count)")
            }
        }
        var empty: [Double] = []
        #expect(OrderStatistics.median(of: &empty).isNaN)
    }

    @Test("sorted, reversed and constant inputs; empty is NaN")
    func edges() {
        var ascending = (0..<1000).map(Double.init), descending = Array(ascending.reversed()), constant = [Double](repeating: 4, count: 50)
        #expect(OrderStatistics.percentile(50, of: &ascending) == 499.5)
        #expect(OrderStatistics.percentile(98, of: &descending) == 979.02)
        #expect(OrderStatistics.percentile(2, of: &constant) == 4)
        var empty: [Double] = []
        #expect(OrderStatistics.percentile(50, of: &empty).isNaN)
    }

    @Test("selection puts the rank in place with no larger values before it and no smaller after")
    func partition() {
        var generator = SeededGenerator(seed: 42)
        for count in [1, 2, 7, 50] {
            for rank in [0, count / 2, count - 1] {
                var values = (0..<count).map { _ in (generator.nextUniform() * 10).rounded() }
                let sorted = values.sorted()
                let selected = OrderStatistics.select(rank, in: &values)
                #expect(selected == sorted[rank])
                #expect(values[..<rank].allSatisfy { $0 <= selected })
                #expect(values[(rank + 1)...].allSatisfy { $0 >= selected })
            }
        }
    }
}
