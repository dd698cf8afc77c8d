/// The tremor-time windows of a band-passed signal: the mean square of every window of `W` samples
/// starting at `0, H, 2H, …` that fits in the signal (`W = round(T_w·fs)`, `H = max(1, round(T_h·fs))`).
///
/// A window counts as tremor when its RMS `√(mean square)` exceeds `k × noise floor`; the tremor
/// time is the share of such windows (ALGORITHMS.md §3, in the spirit of Luft et al.'s
/// window-by-window tremor detection, *Sensors* 19(19):4301, 2019, doi:10.3390/s19194301).
///
/// Complexity: O(n) per signal with running sums; no allocation beyond the appended results.
struct TremorTime {
    /// Window length `W`, samples.
    let window: Int
    /// Step `H` between windows, samples.
    let hop: Int

    init(windowSeconds: Double, hopSeconds: Double, sampleRate: Double) {
        window = max(1, Int((windowSeconds * sampleRate).rounded()))
        hop = max(1, Int((hopSeconds * sampleRate).rounded()))
    }

    /// Appends the mean square of every window of `signal` to `meanSquares`.
    func appendWindows(of signal: UnsafeBufferPointer<Double>, to meanSquares: inout [Double]) {
        let n = signal.count
        guard n >= window else { return }
        var sum = 0.0
        for t in 0..<window { sum += signal[t] * signal[t] }
        var start = 0
        while true {
            meanSquares.append(max(0, sum) / Double(window))
            let next = start + hop
            guard next + window <= n else { break }
            // Slide the window from `start` to `next`: add the new samples, drop the old ones; a
            // hop longer than the window recomputes the sum.
            if hop >= window {
                sum = 0
                for t in next..<(next + window) { sum += signal[t] * signal[t] }
            } else {
                for t in (start + window)..<(next + window) { sum += signal[t] * signal[t] }
                for t in start..<next { sum -= signal[t] * signal[t] }
            }
            start = next
        }
    }

    /// The share of `meanSquares` whose RMS exceeds `threshold`; `nil` when there is no window.
    static func fraction(_ meanSquares: [Double], above threshold: Double) -> Double? {
        guard !meanSquares.isEmpty else { return nil }
        let limit = threshold * threshold
        let count = meanSquares.reduce(0) { $0 + ($1 > limit ? 1 : 0) }
        return Double(count) / Double(meanSquares.count)
    }
}
