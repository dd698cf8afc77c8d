/// The four filters of an orthogonal wavelet, in PyWavelets' conventions (`pywt.Wavelet.filter_bank`).
///
/// Everything follows from the scaling filter h (`reconstructionLowPass`, Σh = √2, Σh² = 1,
/// Σₖ h[k]·h[k + 2m] = δₘ) by the quadrature-mirror relations, for filter length F:
///
/// | filter                   | PyWavelets | entry k (k = 0 … F − 1)          |
/// |--------------------------|------------|----------------------------------|
/// | `reconstructionLowPass`  | `rec_lo`   | h[k]                             |
/// | `reconstructionHighPass` | `rec_hi`   | (−1)ᵏ · h[F − 1 − k]             |
/// | `decompositionLowPass`   | `dec_lo`   | h[F − 1 − k]                     |
/// | `decompositionHighPass`  | `dec_hi`   | (−1)ᵏ⁺¹ · h[k] = rec_hi[F − 1 − k] |
///
/// Sign flips and reversals are exact, so all four equal PyWavelets' arrays bit for bit.
public struct WaveletFilterBank: Hashable, Sendable {
    /// `dec_lo`: the analysis low-pass filter.
    public let decompositionLowPass: [Double]
    /// `dec_hi`: the analysis high-pass filter.
    public let decompositionHighPass: [Double]
    /// `rec_lo`: the synthesis low-pass (scaling) filter h.
    public let reconstructionLowPass: [Double]
    /// `rec_hi`: the synthesis high-pass (wavelet) filter.
    public let reconstructionHighPass: [Double]

    /// Polyphase components of the synthesis filters for ``WaveletKernel/synthesize``: entry
    /// `i` of phase `p` (0 = even outputs, 1 = odd) is `rec[F − 2 − 2i + p]`.
    let lowPassEven: [Double]
    let lowPassOdd: [Double]
    let highPassEven: [Double]
    let highPassOdd: [Double]

    /// The filter length F (even, ≥ 2).
    public var count: Int { reconstructionLowPass.count }

    /// The filter bank of the scaling filter `h` (even length ≥ 2).
    public init(scalingFilter h: [Double]) {
        precondition(h.count >= 2 && h.count % 2 == 0, "a scaling filter has an even length ≥ 2, got \(h.count)")
        let length = h.count
        reconstructionLowPass = h
        reconstructionHighPass = (0..<length).map { k in k % 2 == 0 ? h[length - 1 - k] : -h[length - 1 - k] }
        decompositionLowPass = Array(h.reversed())
        decompositionHighPass = Array(reconstructionHighPass.reversed())
        let half = length / 2
        let low = reconstructionLowPass, high = reconstructionHighPass
        lowPassEven = (0..<half).map { low[length - 2 - 2 * $0] }
        lowPassOdd = (0..<half).map { low[length - 1 - 2 * $0] }
        highPassEven = (0..<half).map { high[length - 2 - 2 * $0] }
        highPassOdd = (0..<half).map { high[length - 1 - 2 * $0] }
    }
}
