/// Percentiles and medians by selection (quickselect), O(n) on average instead of a full sort.
public enum OrderStatistics {
    /// Reorders `values` so that `values[k]` is the `k`-th smallest (0-based), everything before it
    /// no larger and everything after it no smaller; returns that value.
    ///
    /// Hoare partitioning around a median-of-three pivot. `values` must hold no NaN.
    /// Complexity: O(n) on average.
    @discardableResult
    public static func select(_ k: Int, in values: inout [Double]) -> Double {
        values.withUnsafeMutableBufferPointer { select(k, in: $0) }
    }

    /// ``select(_:in:)`` on a buffer (for kernels that keep their own scratch memory).
    @discardableResult
    public static func select(_ k: Int, in buffer: UnsafeMutableBufferPointer<Double>) -> Double {
        precondition(buffer.indices.contains(k), "rank \(k) outside 0..<\(buffer.count)")
        var low = 0, high = buffer.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            // Median of three as pivot, so sorted and reversed inputs stay linear.
            if buffer[middle] < buffer[low] { buffer.swapAt(middle, low) }
            if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
            if buffer[high] < buffer[middle] { buffer.swapAt(high, middle) }
            let pivot = buffer[middle]
            var i = low, j = high
            while i <= j {
                while buffer[i] < pivot { i += 1 }
                while pivot < buffer[j] { j -= 1 }
                if i <= j {
                    buffer.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return buffer[k]
    }

    /// The median: the middle value, or the mean `(a + b) / 2` of the two middle values for an even
    /// count (exactly what sorting and taking the middle gives). Reorders `values`; NaN when empty.
    /// `values` must hold no NaN. Complexity: O(n) on average.
    public static func median(of values: inout [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let middle = values.count / 2
        let upper = select(middle, in: &values)
        guard values.count % 2 == 0 else { return upper }
        // After selection everything before `middle` is no larger: the lower middle is their maximum.
        var lower = values[0]
        for index in 1..<middle where values[index] > lower { lower = values[index] }
        return (lower + upper) / 2
    }

    /// The `p`-th percentile (`p` in [0, 100]) with linear interpolation between order statistics,
    /// as numpy's default (`method='linear'`, Hyndman & Fan type 7): `h = (n − 1)·p/100`,
    /// `x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])`. Reorders `values`; NaN when empty.
    /// `values` must hold no NaN. Complexity: O(n) on average.
    public static func percentile(_ p: Double, of values: inout [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        return interpolated(atRank: Double(values.count - 1) * min(max(p, 0), 100) / 100, of: &values)
    }

    /// The value at fractional rank `h` in `[0, n − 1]`: `x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])`
    /// over the sorted values (linear interpolation between order statistics). Reorders `values`,
    /// which must be non-empty and hold no NaN. Complexity: O(n) on average.
    public static func interpolated(atRank h: Double, of values: inout [Double]) -> Double {
        precondition(!values.isEmpty && h >= 0 && h <= Double(values.count - 1), "rank \(h) outside 0...\(values.count - 1)")
        let lower = Int(h.rounded(.down))
        let value = select(lower, in: &values)
        let fraction = h - Double(lower)
        guard fraction > 0, lower + 1 < values.count else { return value }
        // After selection everything above `lower` is no smaller: the next order statistic is their minimum.
        var next = values[lower + 1]
        for index in (lower + 2)..<values.count where values[index] < next { next = values[index] }
        return value + fraction * (next - value)
    }
}
