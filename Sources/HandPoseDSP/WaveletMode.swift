/// How a finite signal is extended past its ends before each discrete wavelet transform step,
/// exactly as PyWavelets' `MODE_*` of the same name.
///
/// For a signal x₀ … x₍ₙ₋₁₎ (here `a b c d`):
///
/// | mode             | extension                  | coefficients per level   |
/// |------------------|----------------------------|--------------------------|
/// | `symmetric`      | … c b a a │ a b c d │ d d c b … (half-sample, period 2n) | ⌊(n + F − 1)/2⌋ |
/// | `zero`           | … 0 0 │ a b c d │ 0 0 …      | ⌊(n + F − 1)/2⌋          |
/// | `constant`       | … a a │ a b c d │ d d …      | ⌊(n + F − 1)/2⌋          |
/// | `periodization`  | … c d │ a b c d │ a b …      | ⌈n/2⌉                    |
///
/// `symmetric` is PyWavelets' default and the least prone to edge artefacts on smooth signals.
/// `periodization` gives the non-redundant (orthogonal) transform; an odd-length signal is first
/// made even by repeating its last sample (a b c → a b c c, period n + 1), and the reconstruction
/// is cut back to n. Signals shorter than the filter are extended repeatedly (the symmetric and
/// periodic rules applied with their periods), as PyWavelets does.
public enum WaveletMode: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case symmetric
    case periodization
    case zero
    case constant

    /// The mode spelled `name` (PyWavelets' spelling, case-insensitive); throws a
    /// ``FilterConfigurationError`` listing the known modes otherwise.
    public init(name: String) throws {
        guard let mode = WaveletMode(rawValue: name.lowercased()) else {
            throw FilterConfigurationError(
                parameter: "mode",
                "unknown wavelet boundary mode \"\(name)\"; known modes: \(WaveletMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = mode
    }

    public var description: String { rawValue }

    /// The coefficient count of one transform step on `signalLength` samples with a filter of
    /// `filterLength` taps (`pywt.dwt_coeff_len`).
    public func coefficientCount(signalLength n: Int, filterLength f: Int) -> Int {
        precondition(n >= 1 && f >= 2, "a wavelet step needs at least one sample and two taps, got \(n) samples, \(f) taps")
        return self == .periodization ? (n + 1) / 2 : (n + f - 1) / 2
    }
}
