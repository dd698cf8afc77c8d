/// A filter for one channel of uniformly sampled data: the shape every handpose filter shares, so the
/// gap-aware runner, the command line and the benchmarks treat all nine alike.
///
/// A filter is configured once (sample rate in Hz and its parameters, validated by its initializer)
/// and then applied to any number of contiguous runs, from any number of threads: `apply` must not
/// mutate shared state. Design is separate from application: coefficient design lives in the
/// filter's design type (`Butterworth`, `SavitzkyGolay.coefficients`, …), application here.
public protocol ChannelFilter: Sendable {
    /// A stable, versioned identifier of the algorithm, e.g. `butterworth-sosfiltfilt/1`, recorded
    /// in every output that these numbers shape.
    var algorithmID: String { get }

    /// Every parameter that shapes the output, as printable key/value pairs (`cutoffHz: 6`, …).
    var parameters: [String: String] { get }

    /// The shortest run this filter can process (for example filtfilt's padding + 1, or the
    /// Savitzky-Golay window). Shorter runs are left unfiltered and reported by the caller.
    var minimumLength: Int { get }

    /// Filters `input` into `output` (same count, `count ≥ minimumLength`, every value finite).
    ///
    /// Allocates at most a few scratch buffers per call, never per sample.
    func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>)
}

extension ChannelFilter {
    /// Filters a whole array (`count ≥ minimumLength`, every value finite).
    public func apply(_ input: [Double]) -> [Double] {
        precondition(input.count >= minimumLength, "\(algorithmID) needs at least \(minimumLength) samples, got \(input.count)")
        return [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
            input.withUnsafeBufferPointer { apply($0, into: output) }
            initialized = input.count
        }
    }
}
