/// Systematic resampling (Kitagawa G, *J Comput Graph Stat* 5(1):1–25, 1996,
/// doi:10.1080/10618600.1996.10474692), as filterpy's `monte_carlo.systematic_resample` with the
/// offset supplied.
///
/// With N normalised weights and one offset `u ∈ [0, 1)`, the positions are `(u + i)/N`,
/// i = 0 … N−1, and particle i takes index `j` = the first j with `cumsum(w)[j] > (u + i)/N`
/// (numpy `searchsorted(cumsum, positions, side='right')`).
///
/// Edge case: round-off can leave `cumsum(w)[N−1]` just below 1 (or below a position close to 1);
/// filterpy's loop would then index past the end. Here the last cumulative weight is taken as
/// exactly 1, so every index is in `0..<N`. O(N) time, no allocation.
public enum SystematicResampling {
    /// The N resampled indices (non-decreasing) for normalised `weights` and offset `u ∈ [0, 1)`.
    public static func indices(weights: [Double], offset u: Double) -> [Int] {
        precondition(!weights.isEmpty, "systematic resampling of no weights")
        precondition(u >= 0 && u < 1, "systematic resampling offset \(u) must be in [0, 1)")
        let workspace = UnsafeMutablePointer<Double>.allocate(capacity: 2 * weights.count)
        defer { workspace.deallocate() }
        return [Int](unsafeUninitializedCapacity: weights.count) { buffer, initialized in
            weights.withUnsafeBufferPointer {
                resample(weights: $0, offset: u, into: buffer.baseAddress!, workspace: workspace)
            }
            initialized = weights.count
        }
    }

    /// Kernel: writes `weights.count` indices to `indices`, using `2 · weights.count` doubles of
    /// `workspace`: ``mark(weights:offset:into:workspace:)``, then the running maximum.
    static func resample(
        weights: UnsafeBufferPointer<Double>, offset u: Double, into indices: UnsafeMutablePointer<Int>,
        workspace: UnsafeMutablePointer<Double>
    ) {
        mark(weights: weights, offset: u, into: indices, workspace: workspace)
        var current = 0
        for i in 0..<weights.count {
            current = max(current, indices[i])
            indices[i] = current
        }
    }

    /// The marks whose running maximum is the resampled index of each position: `marks[i]` is the
    /// largest `j + 1` with `mⱼ = i`, or 0 (see below); `2 · weights.count` doubles of `workspace`.
    ///
    /// The same comparisons as the merge of positions and cumulative weights, arranged without
    /// data-dependent branches (a merge mispredicts about once per particle, and that was most of
    /// the particle filter's resampling time): with positions `pᵢ = (u + i)/N` and cumulative
    /// weights `cⱼ`, `mⱼ = #{i : pᵢ < cⱼ}` is estimated as `⌈cⱼN − u⌉` and corrected against the
    /// stored positions (so it is exact), every position from `mⱼ` on maps past `j`, and the index
    /// of position `i` is the running maximum of the marks `j + 1` left at slot `mⱼ`. The caller
    /// takes the running maximum, so that it can use each index as it is formed.
    static func mark(
        weights: UnsafeBufferPointer<Double>, offset u: Double, into marks: UnsafeMutablePointer<Int>,
        workspace: UnsafeMutablePointer<Double>
    ) {
        let n = weights.count
        let last = n - 1
        let scale = Double(n)
        let positions = workspace, cumulative = workspace + n
        // One loop: the divisions and stores fill the latency of the cumulative sum's dependent additions.
        var sum = 0.0
        for j in 0..<last {
            sum += weights[j]
            cumulative[j] = sum
            positions[j] = (u + Double(j)) / scale
            marks[j] = 0
        }
        positions[last] = (u + Double(last)) / scale
        marks[last] = 0
        for j in 0..<last {
            let c = cumulative[j]
            let estimate = c * scale - u
            let x = estimate > 0 ? (estimate < scale ? estimate : scale) : 0  // NaN → 0, never a trap
            let truncated = Int(x)
            var m = truncated + (Double(truncated) < x ? 1 : 0)
            while m > 0 && !(positions[m - 1] < c) { m -= 1 }
            while m < n && positions[m] < c { m += 1 }
            if m < n { marks[m] = j + 1 }
        }
    }
}
