/// The discrete wavelet transform of a finite signal, single- and multilevel, with PyWavelets'
/// exact semantics (`pywt.dwt`, `idwt`, `wavedec`, `waverec`, `dwt_max_level`), on arrays.
///
/// One step with a filter bank of length F (see ``WaveletFilterBank``) and the boundary
/// extension x̃ of ``WaveletMode``:
///
///     cA[o] = Σⱼ dec_lo[j] · x̃[s + 2o − j],   cD[o] = Σⱼ dec_hi[j] · x̃[s + 2o − j],
///
/// with s = 1 and o = 0 … ⌊(n + F − 1)/2⌋ − 1, or, for `periodization`, s = F/2 and
/// o = 0 … ⌈n/2⌉ − 1. The inverse is the upsampled convolution
/// y[t] = Σₖ cA[k]·rec_lo[t − 2k] + cD[k]·rec_hi[t − 2k], of which PyWavelets keeps
/// t = F − 2 … 2·n_c − 1 (2·n_c − F + 2 samples), or, periodized (coefficients wrapped),
/// t = F/2 − 1 … 2·n_c + F/2 − 2 (2·n_c samples). Every mode reconstructs perfectly:
/// `reconstruct(decompose(x))` starts with x (and may have one sample more when n is odd).
///
/// Complexity O(n · F) for every call. Mallat, *IEEE TPAMI* 11(7):674 (1989),
/// doi:10.1109/34.192463; Lee et al., *J Open Source Softw* 4(36):1237 (2019),
/// doi:10.21105/joss.01237 (PyWavelets).
public enum WaveletTransform {
    /// The deepest useful decomposition level, ⌊log₂(n / (F − 1))⌋, or 0 when n < F − 1
    /// (`pywt.dwt_max_level`): beyond it every band is dominated by the boundary extension.
    public static func maximumLevel(signalLength n: Int, filterLength f: Int) -> Int {
        precondition(n >= 0 && f >= 2, "maximumLevel needs n ≥ 0 and F ≥ 2, got n = \(n), F = \(f)")
        guard n >= f - 1 else { return 0 }
        // ⌊log₂(n / (F − 1))⌋ in integers: the largest L with (F − 1)·2^L ≤ n.
        var level = 0
        while (f - 1) << (level + 1) <= n { level += 1 }
        return level
    }

    /// One analysis step (`pywt.dwt(x, wavelet, mode)`): the approximation and detail bands, each
    /// of ``WaveletMode/coefficientCount(signalLength:filterLength:)`` values. `x` is not empty.
    public static func forward(_ x: [Double], wavelet: Wavelet, mode: WaveletMode = .symmetric)
        -> (approximation: [Double], detail: [Double])
    {
        let bands = decompose(x, wavelet: wavelet, mode: mode, level: 1)
        return (bands[0], bands[1])
    }

    /// One synthesis step (`pywt.idwt(cA, cD, wavelet, mode)`): 2·n_c − F + 2 samples, or 2·n_c
    /// periodized. The bands have equal length n_c, at least F/2 (at least 1 periodized).
    public static func inverse(
        approximation: [Double], detail: [Double], wavelet: Wavelet, mode: WaveletMode = .symmetric
    ) -> [Double] {
        precondition(approximation.count == detail.count, "idwt needs bands of equal length, got \(approximation.count) and \(detail.count)")
        return reconstruct([approximation, detail], wavelet: wavelet, mode: mode)
    }

    /// The multilevel decomposition (`pywt.wavedec(x, wavelet, mode, level)`):
    /// [cA_L, cD_L, cD_(L−1), …, cD_1]. `level` defaults to
    /// ``maximumLevel(signalLength:filterLength:)``; deeper levels are allowed (as PyWavelets
    /// allows them with a warning), and level 0 returns [x]. `x` is not empty.
    public static func decompose(
        _ x: [Double], wavelet: Wavelet, mode: WaveletMode = .symmetric, level: Int? = nil
    ) -> [[Double]] {
        precondition(!x.isEmpty, "a wavelet decomposition needs at least one sample")
        let level = level ?? maximumLevel(signalLength: x.count, filterLength: wavelet.filterLength)
        precondition(level >= 0, "the decomposition level must be ≥ 0, got \(level)")
        guard level > 0 else { return [x] }
        let pyramid = WaveletPyramid(signalLength: x.count, filterLength: wavelet.filterLength, mode: mode, level: level)
        let flat = [Double](unsafeUninitializedCapacity: pyramid.coefficientCount) { coefficients, initialized in
            withScratch(pyramid.scratchCount) { scratch in
                x.withUnsafeBufferPointer { signal in
                    pyramid.decompose(
                        signal.baseAddress!, into: coefficients.baseAddress!, filters: wavelet.filterBank,
                        scratch: scratch)
                }
            }
            initialized = pyramid.coefficientCount
        }
        var bands = [Array(flat[0..<pyramid.lengths[level]])]
        for j in stride(from: level, through: 1, by: -1) {
            let offset = pyramid.detailOffset(level: j)
            bands.append(Array(flat[offset..<(offset + pyramid.lengths[j])]))
        }
        return bands
    }

    /// The multilevel reconstruction (`pywt.waverec(coefficients, wavelet, mode)`) from
    /// [cA_L, cD_L, …, cD_1]. As in PyWavelets, an approximation one longer than the next detail
    /// band loses its last value, and the result has the full length of the last inverse step
    /// (2·n₁ − F + 2, or 2·n₁ periodized), which is n + 1 for a decomposition of odd length n:
    /// truncate it to n. A single band is returned as it is.
    public static func reconstruct(_ coefficients: [[Double]], wavelet: Wavelet, mode: WaveletMode = .symmetric) -> [Double] {
        precondition(!coefficients.isEmpty, "waverec needs at least one band")
        guard coefficients.count > 1 else { return coefficients[0] }
        let f = wavelet.filterLength
        let level = coefficients.count - 1
        // lengths[j] = n_j (j = 1 … L) from the detail bands; lengths[0] = the full output length.
        var lengths = [Int](repeating: 0, count: level + 1)
        for j in 1...level { lengths[j] = coefficients[level + 1 - j].count }
        let approximationCount = coefficients[0].count
        precondition(
            approximationCount == lengths[level] || approximationCount == lengths[level] + 1,
            "waverec: the approximation has \(approximationCount) coefficients, the coarsest detail band \(lengths[level])")
        let minimum = mode == .periodization ? 1 : f / 2
        for j in 1...level {
            precondition(lengths[j] >= minimum, "waverec: level \(j) has \(lengths[j]) coefficients, \(wavelet) needs at least \(minimum)")
        }
        var pyramid = WaveletPyramid(lengths: lengths, filterLength: f, mode: mode)
        for j in stride(from: level, to: 1, by: -1) {
            let full = pyramid.fullReconstructionLength(level: j)
            precondition(
                full == lengths[j - 1] || full == lengths[j - 1] + 1,
                "waverec: level \(j) reconstructs \(full) samples, which does not fit level \(j - 1)'s \(lengths[j - 1]) coefficients")
        }
        lengths[0] = pyramid.fullReconstructionLength(level: 1)
        pyramid = WaveletPyramid(lengths: lengths, filterLength: f, mode: mode)
        var flat = [Double]()
        flat.reserveCapacity(pyramid.coefficientCount)
        flat += coefficients[0].prefix(lengths[level])
        for band in coefficients.dropFirst() { flat += band }
        let count = lengths[0]
        return [Double](unsafeUninitializedCapacity: count) { output, initialized in
            withScratch(pyramid.scratchCount) { scratch in
                flat.withUnsafeBufferPointer { coefficients in
                    pyramid.reconstruct(
                        from: coefficients.baseAddress!, into: output.baseAddress!, count: count,
                        filters: wavelet.filterBank, scratch: scratch)
                }
            }
            initialized = count
        }
    }

    /// Runs `body` with `count` uninitialised doubles of scratch, freed afterwards.
    static func withScratch<R>(_ count: Int, _ body: (UnsafeMutablePointer<Double>) -> R) -> R {
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
        defer { scratch.deallocate() }
        return body(scratch)
    }
}
