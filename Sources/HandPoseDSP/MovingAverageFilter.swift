/// A moving average of one channel over `window` samples, centred or trailing.
///
/// | alignment    | output `i` averages                      | past the ends                       | reference |
/// |--------------|------------------------------------------|-------------------------------------|-----------|
/// | `.centered`  | `x[i − ⌊W/2⌋] … x[i − ⌊W/2⌋ + W − 1]`      | reflect: `d c b a \| a b c d \| d c b a` | `scipy.ndimage.uniform_filter1d(x, W, mode='reflect')` |
/// | `.trailing`  | `x[max(0, i − W + 1)] … x[i]`              | partial windows (fewer samples)     | pandas `rolling(W, min_periods=1).mean()` |
///
/// The centred average has zero phase for odd `W` (an even `W` leans half a sample into the
/// past, as ndimage does); the trailing one is causal with a delay of `(W − 1)/2` samples.
/// The frequency response of the full window is `|sin(πfW/fs) / (W sin(πf/fs))|`.
/// For the `'valid'` part only (no edge handling, `n − W + 1` outputs) see ``MovingAverage/valid(_:window:)``.
///
/// Complexity: O(n) time (running sums, see ``MovingAverage``), independent of `W`; no allocation.
/// Any `count ≥ 1`; a NaN spoils every output whose window holds it and the rest of its block.
public struct MovingAverageFilter: ChannelFilter {
    /// Where the window sits relative to the output sample.
    public enum Alignment: String, Hashable, Sendable, CaseIterable {
        /// Centred on the sample, reflect edges.
        case centered
        /// Ending at the sample, partial windows at the start.
        case trailing
    }

    /// Window length in samples (≥ 1).
    public let window: Int
    /// Window placement.
    public let alignment: Alignment

    /// - Throws: ``FilterConfigurationError`` when `window < 1`.
    public init(window: Int, alignment: Alignment = .centered) throws(FilterConfigurationError) {
        guard window >= 1 else {
            throw FilterConfigurationError(parameter: "window", "moving average window \(window) must be at least 1 sample")
        }
        self.window = window
        self.alignment = alignment
    }

    public var algorithmID: String { "moving-average/1" }

    public var parameters: [String: String] { ["window": "\(window)", "alignment": alignment.rawValue] }

    /// 1: both alignments define every output of any non-empty run.
    public var minimumLength: Int { 1 }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let n = input.count
        precondition(output.count == n, "output has \(output.count) samples, input \(n)")
        guard n > 0, let x = input.baseAddress, let y = output.baseAddress else { return }
        switch alignment {
        case .centered: MovingAverage.centered(x, count: n, window: window, into: y)
        case .trailing: MovingAverage.trailing(x, count: n, window: window, into: y)
        }
    }
}
