/// How a wavelet coefficient c is shrunk by a threshold λ ≥ 0 (`pywt.threshold(c, λ, mode)`).
///
/// | rule   | result                                   | at \|c\| = λ |
/// |--------|------------------------------------------|--------------|
/// | `soft` | c·(1 − λ/\|c\|) if \|c\| > λ, else 0 = sign(c)·max(\|c\| − λ, 0) | 0 |
/// | `hard` | c if \|c\| ≥ λ, else 0                    | c (kept)     |
///
/// Soft thresholding is continuous and biased by λ; hard thresholding keeps large coefficients
/// unbiased but jumps at λ (Donoho & Johnstone, *Biometrika* 81(3):425, 1994,
/// doi:10.1093/biomet/81.3.425). Soft uses PyWavelets' formula c·(1 − λ/|c|) so results agree to
/// the last bit; unlike PyWavelets, c = 0 with λ = 0 gives 0 rather than NaN (0/0).
public enum WaveletThreshold: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case soft
    case hard

    /// The rule spelled `name` (`soft`, `hard`, case-insensitive); throws a
    /// ``FilterConfigurationError`` otherwise.
    public init(name: String) throws {
        guard let rule = WaveletThreshold(rawValue: name.lowercased()) else {
            throw FilterConfigurationError(parameter: "threshold", "unknown threshold rule \"\(name)\"; known rules: soft, hard")
        }
        self = rule
    }

    public var description: String { rawValue }

    /// The coefficient `c` shrunk by `threshold` (≥ 0).
    @inlinable
    public func apply(_ c: Double, threshold: Double) -> Double {
        let magnitude = abs(c)
        switch self {
        case .soft: return magnitude > threshold ? c * (1 - threshold / magnitude) : 0
        case .hard: return magnitude < threshold ? 0 : c
        }
    }

    /// Shrinks every value of `values` in place by `threshold` (≥ 0). O(count).
    public func apply(to values: UnsafeMutableBufferPointer<Double>, threshold: Double) {
        switch self {
        case .soft:
            for i in values.indices { values[i] = WaveletThreshold.soft.apply(values[i], threshold: threshold) }
        case .hard:
            for i in values.indices { values[i] = WaveletThreshold.hard.apply(values[i], threshold: threshold) }
        }
    }
}
