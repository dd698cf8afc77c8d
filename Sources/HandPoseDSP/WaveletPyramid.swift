/// The shape of one multilevel wavelet decomposition (lengths, offsets, scratch size) and the two
/// passes over it, shared by ``WaveletTransform`` and ``WaveletDenoiser``.
///
/// Coefficients live in one contiguous buffer in PyWavelets' `wavedec` order
/// [cA_L, cD_L, cD_(L−1), …, cD_1]; level j has `lengths[j]` coefficients in each band, with
/// `lengths[0]` the signal length. Both passes take a scratch buffer of ``scratchCount``
/// doubles and allocate nothing.
struct WaveletPyramid {
    let mode: WaveletMode
    let filterLength: Int
    /// lengths[0] = signal length n; lengths[j] = coefficient count of level j (j = 1 … level).
    let lengths: [Int]
    /// Samples of padding kept on each side of every work buffer (≥ F + 1).
    let padding: Int

    var level: Int { lengths.count - 1 }
    var signalLength: Int { lengths[0] }

    /// The decomposition of `signalLength` samples to `level` levels (`level ≥ 1`).
    init(signalLength n: Int, filterLength f: Int, mode: WaveletMode, level: Int) {
        precondition(n >= 1 && level >= 1, "a wavelet decomposition needs n ≥ 1 and level ≥ 1, got n = \(n), level = \(level)")
        var lengths = [n]
        lengths.reserveCapacity(level + 1)
        for _ in 0..<level { lengths.append(mode.coefficientCount(signalLength: lengths.last!, filterLength: f)) }
        self.init(lengths: lengths, filterLength: f, mode: mode)
    }

    /// A pyramid with explicit lengths (for reconstructing coefficients that came from elsewhere).
    init(lengths: [Int], filterLength f: Int, mode: WaveletMode) {
        self.lengths = lengths
        self.filterLength = f
        self.mode = mode
        padding = f + 2
    }

    /// The number of coefficients across all bands: lengths[L] + Σⱼ lengths[j].
    var coefficientCount: Int { lengths[level] + lengths.dropFirst().reduce(0, +) }

    /// Where cD_j starts in the coefficient buffer (j = 1 … level).
    func detailOffset(level j: Int) -> Int {
        var offset = lengths[level]
        for i in stride(from: level, to: j, by: -1) { offset += lengths[i] }
        return offset
    }

    /// The length of the inverse transform of level j's bands before truncation: 2·n_j for
    /// periodization, 2·n_j − F + 2 otherwise (`pywt.idwt`).
    func fullReconstructionLength(level j: Int) -> Int {
        mode == .periodization ? 2 * lengths[j] : 2 * lengths[j] - filterLength + 2
    }

    /// Doubles in one work buffer: the longest band plus one (odd periodization) plus padding.
    private var workCount: Int { (lengths.max() ?? 0) + 2 + 2 * padding }

    /// The scratch size both passes need.
    var scratchCount: Int { 3 * workCount }

    /// Decomposes the `signalLength` samples at `signal` into `coefficients`
    /// (``coefficientCount`` doubles): PyWavelets' `wavedec`. O(n · F).
    func decompose(
        _ signal: UnsafePointer<Double>, into coefficients: UnsafeMutablePointer<Double>,
        filters: WaveletFilterBank, scratch: UnsafeMutablePointer<Double>
    ) {
        let f = filterLength
        let buffers = (scratch + padding, scratch + workCount + padding)
        var input = buffers.0
        input.update(from: signal, count: signalLength)
        // First sample of the window for output 0: x[1 − (F − 1)], or x[F/2 − (F − 1)] periodized.
        let start = mode == .periodization ? 1 - f / 2 : 2 - f
        filters.reconstructionLowPass.withUnsafeBufferPointer { low in
            filters.reconstructionHighPass.withUnsafeBufferPointer { high in
                for j in 1...level {
                    _ = WaveletKernel.extend(input, count: lengths[j - 1], padding: padding, mode: mode)
                    let next = input == buffers.0 ? buffers.1 : buffers.0
                    let approximation = j == level ? coefficients : next
                    WaveletKernel.analyze(
                        input + start, low: low.baseAddress!, high: high.baseAddress!, taps: f,
                        count: lengths[j], approximation: approximation,
                        detail: coefficients + detailOffset(level: j))
                    input = next
                }
            }
        }
    }

    /// Reconstructs the first `count` samples (≤ ``fullReconstructionLength(level:)`` of level 1)
    /// from `coefficients` into `output`: PyWavelets' `waverec`, including its truncation of each
    /// level's output to the next detail band's length. O(n · F).
    func reconstruct(
        from coefficients: UnsafePointer<Double>, into output: UnsafeMutablePointer<Double>, count: Int,
        filters bank: WaveletFilterBank, scratch: UnsafeMutablePointer<Double>
    ) {
        let f = filterLength
        let periodized = mode == .periodization
        let buffers = (scratch + padding, scratch + workCount + padding)
        let details = scratch + 2 * workCount + padding
        // y[t] is sample t − first of the output: first = F − 2, or F/2 − 1 periodized.
        let first = periodized ? f / 2 - 1 : f - 2
        let wrapPadding = f / 2 + 1
        bank.lowPassEven.withUnsafeBufferPointer { lowEven in
            bank.lowPassOdd.withUnsafeBufferPointer { lowOdd in
                bank.highPassEven.withUnsafeBufferPointer { highEven in
                    bank.highPassOdd.withUnsafeBufferPointer { highOdd in
                        let synthesis = WaveletKernel.Synthesis(
                            lowEven: lowEven.baseAddress!, lowOdd: lowOdd.baseAddress!,
                            highEven: highEven.baseAddress!, highOdd: highOdd.baseAddress!, half: f / 2)
                        var approximation = UnsafeMutablePointer(mutating: coefficients)
                        var holder = buffers.1  // the work buffer that does not hold `approximation`
                        for j in stride(from: level, through: 1, by: -1) {
                            let n = lengths[j]
                            var detail = UnsafeMutablePointer(mutating: coefficients + detailOffset(level: j))
                            if periodized {
                                if j == level {
                                    buffers.0.update(from: approximation, count: n)
                                    approximation = buffers.0
                                }
                                WaveletKernel.wrap(approximation, count: n, padding: wrapPadding)
                                details.update(from: detail, count: n)
                                WaveletKernel.wrap(details, count: n, padding: wrapPadding)
                                detail = details
                            }
                            let target = j == 1 ? output : holder
                            WaveletKernel.synthesize(
                                approximation: approximation, detail: detail, filters: synthesis,
                                first: first, count: j == 1 ? count : lengths[j - 1], output: target)
                            approximation = target
                            holder = target == buffers.1 ? buffers.0 : buffers.1
                        }
                    }
                }
            }
        }
    }
}
