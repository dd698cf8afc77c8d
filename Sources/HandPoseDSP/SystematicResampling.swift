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
        return [Int](unsafeUninitializedCapacity: weights.count) { buffer, initialized in
            weights.withUnsafeBufferPointer { resample(weights: $0, offset: u, into: buffer.baseAddress!) }
            initialized = weights.count
        }
    }

    /// Kernel: writes `weights.count` indices to `indices`.
    static func resample(weights: UnsafeBufferPointer<Double>, offset u: Double, into indices: UnsafeMutablePointer<Int>) {
        let n = weights.count
        let last = n - 1
        let scale = Double(n)
        var j = 0
        var cumulative = weights[0]
        for i in 0..<n {
            let position = (u + Double(i)) / scale
            while j < last && !(cumulative > position) {
                j += 1
                cumulative = j == last ? 1 : cumulative + weights[j]
            }
            indices[i] = j
        }
    }
}
