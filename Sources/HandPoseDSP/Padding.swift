/// How a zero-phase (forward-backward) filter extends a run past its ends before filtering, so the
/// start-up transients fall in the extension and are cut away (scipy `filtfilt`/`sosfiltfilt`
/// `padtype`).
///
/// For a run `x[0] … x[N−1]` extended by `n` samples on each side (`n < N`):
///
/// | case        | before `x[0]` (`k = n … 1`) | after `x[N−1]` (`k = 1 … n`) | scipy            |
/// |-------------|-----------------------------|------------------------------|------------------|
/// | `odd`       | `2·x[0] − x[k]`             | `2·x[N−1] − x[N−1−k]`        | `padtype='odd'`  |
/// | `even`      | `x[k]`                      | `x[N−1−k]`                   | `'even'`         |
/// | `constant`  | `x[0]`                      | `x[N−1]`                     | `'constant'`     |
/// | `unpadded`  | nothing (`n = 0`)           | nothing                      | `padtype=None`   |
///
/// `odd` (the default) preserves the value and slope at each end, so a linear trend passes a
/// low-pass filter without an edge transient.
public enum Padding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case odd
    case even
    case constant
    case unpadded

    public var description: String { rawValue }

    /// Writes the `prefix.count` samples that precede `x[0]` in the extended run, in order
    /// (`prefix[0]` is the outermost). Needs `prefix.count < x.count`; nothing for `unpadded`.
    public func fillPrefix(of x: UnsafeBufferPointer<Double>, into prefix: UnsafeMutableBufferPointer<Double>) {
        let n = prefix.count
        guard n > 0 else { return }
        precondition(n < x.count, "padding of \(n) samples needs a run longer than \(n), got \(x.count)")
        let first = x[0]
        switch self {
        case .odd: for i in 0..<n { prefix[i] = 2 * first - x[n - i] }
        case .even: for i in 0..<n { prefix[i] = x[n - i] }
        case .constant: for i in 0..<n { prefix[i] = first }
        case .unpadded: preconditionFailure("unpadded runs have no prefix, asked for \(n) samples")
        }
    }

    /// Writes the `suffix.count` samples that follow `x[N−1]` in the extended run, in order
    /// (`suffix[0]` is the innermost). Needs `suffix.count < x.count`; nothing for `unpadded`.
    public func fillSuffix(of x: UnsafeBufferPointer<Double>, into suffix: UnsafeMutableBufferPointer<Double>) {
        let n = suffix.count
        guard n > 0 else { return }
        precondition(n < x.count, "padding of \(n) samples needs a run longer than \(n), got \(x.count)")
        let lastIndex = x.count - 1
        let last = x[lastIndex]
        switch self {
        case .odd: for i in 0..<n { suffix[i] = 2 * last - x[lastIndex - 1 - i] }
        case .even: for i in 0..<n { suffix[i] = x[lastIndex - 1 - i] }
        case .constant: for i in 0..<n { suffix[i] = last }
        case .unpadded: preconditionFailure("unpadded runs have no suffix, asked for \(n) samples")
        }
    }
}
