/// Average ranks of pooled samples, as `scipy.stats.rankdata(method='average')`.
enum Ranking {
    /// The 1-based average rank of every value of `values` (tied values share the mean of their
    /// positions) and the size of every tie group of two or more. O(n log n).
    static func averageRanks(_ values: [Double]) -> (ranks: [Double], tieSizes: [Int]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieSizes: [Int] = []
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = rank }
            if end > start { tieSizes.append(end - start + 1) }
            start = end + 1
        }
        return (ranks, tieSizes)
    }
}
